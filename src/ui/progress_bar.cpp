// The labelled progress bar (see progress_bar.hpp).
#include "ui/progress_bar.hpp"

#include <algorithm>
#include <cmath>

namespace retain::ui {

namespace {

// Returns one sRGB channel (0..1) in linear light, as WCAG 2 defines it.
double linearChannel(float channel) {
    const double c = std::clamp(static_cast<double>(channel), 0.0, 1.0);
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

const ImVec4 kDarkLabel(0.08f, 0.08f, 0.08f, 1.0f);
const ImVec4 kLightLabel(1.0f, 1.0f, 1.0f, 1.0f);

}  // namespace

double relativeLuminance(const ImVec4& colour) {
    return 0.2126 * linearChannel(colour.x) + 0.7152 * linearChannel(colour.y) + 0.0722 * linearChannel(colour.z);
}

double contrastRatio(const ImVec4& a, const ImVec4& b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImVec4 blendOver(const ImVec4& colour, const ImVec4& background) {
    const float a = std::clamp(colour.w, 0.0f, 1.0f);
    return ImVec4(colour.x * a + background.x * (1.0f - a), colour.y * a + background.y * (1.0f - a),
                  colour.z * a + background.z * (1.0f - a), 1.0f);
}

ImVec4 readableTextOn(const ImVec4& background) {
    return contrastRatio(kDarkLabel, background) >= contrastRatio(kLightLabel, background) ? kDarkLabel : kLightLabel;
}

ImVec4 progressLabelOnFill() { return readableTextOn(ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram)); }

ImVec4 progressLabelOnFrame() { return ImGui::GetStyleColorVec4(ImGuiCol_Text); }

void labelledProgressBar(float fraction, const std::string& label, ImVec2 size) {
    const float share = std::clamp(fraction, 0.0f, 1.0f);
    ImGui::ProgressBar(share, size, "");
    if (label.empty()) return;
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const ImVec2 text = ImGui::CalcTextSize(label.c_str());
    const ImVec2 at(std::max(min.x + ImGui::GetStyle().FramePadding.x, (min.x + max.x - text.x) * 0.5f),
                    (min.y + max.y - text.y) * 0.5f);
    const float border = ImGui::GetStyle().FrameBorderSize;
    const float fillEnd = min.x + border + (max.x - min.x - 2.0f * border) * share;
    ImDrawList* list = ImGui::GetWindowDrawList();
    // The same text twice, each clipped to its half: the dark-on-fill part, then the frame part.
    list->PushClipRect(min, ImVec2(fillEnd, max.y), true);
    list->AddText(at, ImGui::GetColorU32(progressLabelOnFill()), label.c_str());
    list->PopClipRect();
    list->PushClipRect(ImVec2(fillEnd, min.y), max, true);
    list->AddText(at, ImGui::GetColorU32(progressLabelOnFrame()), label.c_str());
    list->PopClipRect();
}

}  // namespace retain::ui
