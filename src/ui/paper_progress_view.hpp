// The Live tab's setup choice between a live game and a self-paced paper, and the host screen of a running
// or finished paper: one line per student (name, answered n/N, handed in, time left, score after hand-in),
// the count handed in, "End now" (with a confirmation) and, once over, where the results went.
#pragma once

#include "core/classroom/self_paced_game.hpp"
#include "ui/live_controls.hpp"
#include "ui/ui_context.hpp"

namespace retain::ui {

// Draws the "Live game" / "Self-paced paper" choice on the current row (after the last item) and, for a
// paper, its time limit in minutes on the next (0 = none, clamped to 0..kSelfPacedMaxTimeLimitSeconds /
// 60); field is the input width, pixels.
void drawPaperModeChoice(bool& selfPaced, int& timeLimitMinutes, float field);

// Draws paper's progress table and the host's buttons (End now; New game once over).
void drawPaperProgress(UiContext& context, LiveControls& live, const SelfPacedGame& paper);

// Returns "12:05" for ms (rounded up to whole seconds; hours shown as more minutes, "75:00").
std::string minutesSeconds(std::int64_t ms);

}  // namespace retain::ui
