// The Live tab's self-paced paper: the setup choice and the progress screen (see paper_progress_view.hpp).
#include "ui/paper_progress_view.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

#include <imgui.h>

#include "ui/live_projector.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

std::string minutesSeconds(std::int64_t ms) {
    const std::int64_t seconds = (std::max<std::int64_t>(ms, 0) + 999) / 1000;
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld", static_cast<long long>(seconds / 60), static_cast<long long>(seconds % 60));
    return text;
}

void drawPaperModeChoice(bool& selfPaced, int& timeLimitMinutes, float field) {
    ImGui::SameLine();
    if (ImGui::RadioButton("Live game", !selfPaced)) selfPaced = false;
    ImGui::SameLine();
    if (ImGui::RadioButton("Self-paced paper", selfPaced)) selfPaced = true;
    if (!selfPaced) return;
    ImGui::SetNextItemWidth(field);
    ImGui::InputInt("Time limit, minutes (0 = none)", &timeLimitMinutes, 5);
    timeLimitMinutes = std::clamp(timeLimitMinutes, 0, kSelfPacedMaxTimeLimitSeconds / 60);
    noteText("Each student gets their own shuffled paper, answers at their own pace and may change answers until "
             "they hand it in; they see their score and which questions were right only then.");
}

void drawPaperProgress(UiContext& context, LiveControls& live, const SelfPacedGame& paper) {
    const float scale = projectorScale();
    const UnixMs now = live.nowMs();
    const std::vector<PaperProgress> lines = paper.progress(now);
    const int handedIn = static_cast<int>(std::count_if(lines.begin(), lines.end(), [](const PaperProgress& p) { return p.submitted; }));
    const bool over = paper.phase() == SelfPacedPhase::Over;
    const int questions = static_cast<int>(paper.questions().size());
    std::string header = (paper.settings().title.empty() ? std::string("Paper") : paper.settings().title) + "   \u00B7   " +
                         std::to_string(questions) + (questions == 1 ? " question" : " questions") + "   \u00B7   " +
                         std::to_string(handedIn) + " of " + std::to_string(lines.size()) + " handed in";
    if (over) header += "   \u00B7   over";
    bigText(header, scale * 0.8f);
    if (!over) {
        noteText("PIN " + paper.pin() + "  \u00B7  " + live.joinUrl() + "  (late students can still join)");
        // Time left counts down in whole seconds: redraw when the next one begins.
        if (paper.settings().timeLimitSeconds > 0) context.redrawWithinSeconds = 1.0;
    }

    std::optional<ProjectorText> big(std::in_place, scale * 0.7f);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("paper progress", 5, flags)) {
        ImGui::TableSetupColumn("Student", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("Answered", ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("Handed in", ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("Time left", ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableHeadersRow();
        for (const PaperProgress& line : lines) {
            ImGui::TableNextRow();
            // Each text cell is aligned with the progress bar's frame, so a row reads on one line.
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            // "Away" matters while writing (a phone that dropped); after hand-in the phone may go.
            ImGui::TextUnformatted((line.name + (line.connected || line.submitted ? "" : " (away)")).c_str());
            ImGui::TableNextColumn();
            const std::string answered = std::to_string(line.answered) + " / " + std::to_string(line.total);
            ImGui::ProgressBar(line.total > 0 ? static_cast<float>(line.answered) / static_cast<float>(line.total) : 0.0f,
                               ImVec2(-1.0f, 0.0f), answered.c_str());
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            // A word as well as the colour: never colour alone.
            if (line.submitted) ImGui::TextColored(rightColour(), "\u2713 yes");
            else ImGui::TextUnformatted(line.hasPaper ? "writing" : "no paper");
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(line.remainingMs ? minutesSeconds(*line.remainingMs).c_str() : "\u2013");
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            if (line.score) ImGui::Text("%.1f / %d", *line.score, line.total);
            else ImGui::TextUnformatted("\u2013");
        }
        ImGui::EndTable();
    }
    big.reset();
    if (lines.empty()) noteText("Nobody has joined yet.");
    ImGui::Spacing();
    if (over) {
        if (!live.resultStatus().empty()) noteText(live.resultStatus());
        if (ImGui::Button("New game")) live.close();
        return;
    }
    if (ImGui::Button("End now")) ImGui::OpenPopup("end paper");
    if (ImGui::BeginPopup("end paper")) {
        ImGui::TextUnformatted("Hand in every paper now, with what each student has answered?");
        if (ImGui::Button("End now")) {
            live.act(LiveHostAction::End);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

}  // namespace retain::ui
