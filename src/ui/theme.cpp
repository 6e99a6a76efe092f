#include "ui/theme.hpp"

#include <imgui.h>

namespace retain::ui {

void applyTheme(Theme theme, float sizeScale) {
    ImGuiStyle style;  // start from the defaults so repeated calls do not compound the scaling
    if (theme == Theme::Light) {
        ImGui::StyleColorsLight(&style);
    } else {
        ImGui::StyleColorsDark(&style);
    }
    style.WindowRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.TabRounding = 4.0f;
    style.FramePadding = ImVec2(8.0f, 5.0f);
    style.ItemSpacing = ImVec2(10.0f, 8.0f);
    style.WindowPadding = ImVec2(14.0f, 12.0f);
    style.ScaleAllSizes(sizeScale);
    ImGui::GetStyle() = style;
}

}  // namespace retain::ui
