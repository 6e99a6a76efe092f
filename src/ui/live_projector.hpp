// The pieces of the live host's projector screens (ui/live_view.cpp): big text that scales with the
// window, the QR code as rectangles, choice tiles with shape + letter + colour, the reveal's bars, the
// standings and the podium. Everything drawn comes from the LiveGame; nothing is computed here.
#pragma once

#include <string>
#include <vector>

#include "core/classroom/live_game.hpp"
#include "core/classroom/qr_code.hpp"

namespace retain::ui {

// While alive, text is drawn at scale times the UI font size, from the projector font when the atlas has
// one (sharp) or the UI font stretched.
class ProjectorText {
public:
    explicit ProjectorText(float scale);
    ~ProjectorText();
    ProjectorText(const ProjectorText&) = delete;
    ProjectorText& operator=(const ProjectorText&) = delete;

private:
    bool m_pushed = false;
};

// Returns the font scale of projector text for the current content width: 1 in a small window or at a
// large font scale, up to 2.5 on a wide one.
float projectorScale();
// Draws text wrapped, at scale times the current font size.
void bigText(const std::string& text, float scale);
// Draws the QR code as dark rectangles on a light square (its quiet zone included) at most sidePixels
// wide; each module gets a whole number of pixels so a phone can read it.
void drawQrCode(const QrMatrix& qr, float sidePixels);
// Draws the options as 2-column tiles: shape, letter and colour (the phones show the same), text wrapped.
void drawChoiceTiles(const std::vector<std::string>& options, float scale);
// Draws the reveal's bars (one per choice, with its count; the right ones marked ✓) or the spread of
// typed answers.
void drawRevealBars(const LiveReveal& reveal, float scale);
// Draws standings as a table: rank, name (team), points, correct answers, streak.
void drawStandings(const char* id, const std::vector<LiveStanding>& standings, const std::vector<std::string>& teams, float scale);
// Draws the team board: rank, team, members, average points.
void drawTeamBoard(const std::vector<LiveTeamStanding>& teams, float scale);
// Draws the top three on steps (2nd, 1st, 3rd), names and points above them.
void drawPodiumSteps(const std::vector<LiveStanding>& board, float scale);

}  // namespace retain::ui
