#include "ui/home_view.hpp"

#include <imgui.h>

namespace retain::ui {

void HomeView::drawContent(UiContext& context) {
    if (context.library == nullptr) {
        ImGui::TextUnformatted("No library loaded.");
        return;
    }
    ImGui::Text("Question banks in %s", context.banksDir.c_str());
    ImGui::Spacing();
    drawBanks(*context.library);
    ImGui::Spacing();
    drawProblems(*context.library);
}

void HomeView::drawBanks(const Library& library) {
    if (library.banks.empty()) {
        ImGui::TextWrapped("No banks found. Put .yaml banks in the banks folder (see questions/README.md).");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("banks", 3, flags)) return;
    ImGui::TableSetupColumn("Bank", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Questions", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (const Bank& bank : library.banks) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextWrapped("%s", bank.title.empty() ? bank.id.c_str() : bank.title.c_str());
        if (!bank.description.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", bank.description.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::TableSetColumnIndex(1);
        if (!bank.source.title.empty()) {
            ImGui::TextWrapped("%s", bank.source.title.c_str());
            ImGui::TextWrapped("%s, %s, %s", bank.source.author.c_str(), bank.source.publisher.c_str(),
                               bank.source.date.c_str());
        }
        ImGui::TableSetColumnIndex(2);
        ImGui::Text("%zu", bank.questions.size());
    }
    ImGui::EndTable();
}

void HomeView::drawProblems(const Library& library) {
    const std::string header = "Problems (" + std::to_string(library.problems.size()) + ")###problems";
    const ImGuiTreeNodeFlags flags = library.problems.empty() ? 0 : ImGuiTreeNodeFlags_DefaultOpen;
    if (!ImGui::CollapsingHeader(header.c_str(), flags)) return;
    if (library.problems.empty()) {
        ImGui::TextUnformatted("No problems: every bank passed the linter.");
        return;
    }
    for (const Problem& problem : library.problems) {
        const bool isError = problem.severity == Severity::Error;
        ImGui::PushStyleColor(ImGuiCol_Text, isError ? ImVec4(0.95f, 0.45f, 0.40f, 1.0f) : ImVec4(0.95f, 0.75f, 0.30f, 1.0f));
        ImGui::TextWrapped("%s", problem.format().c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace retain::ui
