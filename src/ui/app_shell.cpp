#include "ui/app_shell.hpp"

#include <string>

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
        // A view may ask for another tab (Home's Study button); the request lasts one frame.
        std::string requested = std::move(context.showView);
        context.showView.clear();
        // Ctrl+1..Ctrl+9 bring tab 1..9 to the front, Ctrl+comma the settings (as in most desktop apps).
        // The GLFW backend files digit and punctuation keys under their ASCII codes in io.KeysDown.
        if (ImGui::GetIO().KeyCtrl) {
            for (std::size_t i = 0; i < m_views.size() && i < 9; ++i) {
                if (ImGui::IsKeyPressed(static_cast<int>('1' + i), false)) requested = m_views[i]->title();
            }
            if (ImGui::IsKeyPressed(',', false)) requested = "Settings";
        }
        for (const auto& view : m_views) {
            const ImGuiTabItemFlags tabFlags = requested == view->title() ? ImGuiTabItemFlags_SetSelected : 0;
            if (ImGui::BeginTabItem(view->title(), nullptr, tabFlags)) {
                const std::size_t index = static_cast<std::size_t>(&view - m_views.data());
                if (index != m_front) {
                    if (m_front < m_views.size()) m_views[m_front]->onHidden(context);
                    view->onShown(context);
                    m_front = index;
                }
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
