#include "ui/app_shell.hpp"

#include <imgui.h>

namespace retain::ui {

AppShell::AppShell() : m_views(makeViews()) {}

void AppShell::draw(UiContext& context) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Retain###main", nullptr, flags);
    if (ImGui::BeginTabBar("views")) {
        for (const auto& view : m_views) {
            if (ImGui::BeginTabItem(view->title())) {
                ImGui::BeginChild("content", ImVec2(0.0f, 0.0f), false);
                view->drawContent(context);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
}

}  // namespace retain::ui
