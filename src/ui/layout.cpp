#include "ui/layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace retain::ui {

namespace {

struct Rect {
    ImVec2 min, max;
};

// The report of the frame being drawn (UI thread only).
std::map<std::string, Rect>& reported() {
    static std::map<std::string, Rect> rects;
    return rects;
}

}  // namespace

bool compactLayout() { return ImGui::GetIO().DisplaySize.y < kCompactLines * ImGui::GetTextLineHeightWithSpacing(); }

float bigTextScale(float wanted, float minChars) {
    if (compactLayout()) return 1.0f;  // the font is already big for the window: the question needs the room
    const float charWidth = ImGui::CalcTextSize("abcdefghijklmnopqrstuvwxyz").x / 26.0f;
    const float available = ImGui::GetContentRegionAvail().x;
    if (charWidth <= 0.0f || available <= 0.0f) return wanted;
    const float fits = available / (charWidth * minChars);
    return std::clamp(std::min(wanted, fits), 1.0f, wanted);
}

void beginLayoutReport() { reported().clear(); }

void noteLayout(const char* name) { noteLayoutRect(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()); }

void noteLayoutRect(const char* name, ImVec2 min, ImVec2 max) { reported()[name] = Rect{min, max}; }

std::string layoutReport() {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    std::string text = "display " + std::to_string(static_cast<int>(display.x)) + " " + std::to_string(static_cast<int>(display.y)) + "\n";
    for (const auto& [name, rect] : reported()) {
        text += name;
        for (float v : {rect.min.x, rect.min.y, rect.max.x, rect.max.y}) text += " " + std::to_string(static_cast<int>(std::floor(v)));
        text += "\n";
    }
    return text;
}

}  // namespace retain::ui
