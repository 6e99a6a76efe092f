#include "ui/settings_view.hpp"

#include <imgui.h>

namespace retain::ui {

void SettingsView::drawContent(UiContext& context) {
    if (context.settings == nullptr) return;
    AppSettings& settings = *context.settings;

    ImGui::TextUnformatted("Appearance");
    ImGui::Separator();
    int theme = settings.theme == Theme::Light ? 1 : 0;
    bool changed = ImGui::RadioButton("Dark", &theme, 0);
    ImGui::SameLine();
    changed |= ImGui::RadioButton("Light", &theme, 1);
    if (changed) settings.theme = theme == 1 ? Theme::Light : Theme::Dark;

    // Edited as a percentage because that is how people talk about projector text size.
    // Applied when the slider is released, so the font atlas is rebuilt once rather than on every drag step.
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    ImGui::SliderInt("Font scale", &m_fontPercent, static_cast<int>(kMinFontScale * 100),
                     static_cast<int>(kMaxFontScale * 100), "%d %%", ImGuiSliderFlags_AlwaysClamp);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        settings.fontScale = m_fontPercent / 100.0;
        changed = true;
    } else if (!ImGui::IsItemActive()) {
        m_fontPercent = static_cast<int>(settings.fontScale * 100.0 + 0.5);
    }
    ImGui::SameLine();
    if (ImGui::Button("100 %")) {
        settings.fontScale = 1.0;
        changed = true;
    }
    ImGui::TextDisabled("F11 toggles full screen.");
    if (changed) context.settingsChanged = true;
}

}  // namespace retain::ui
