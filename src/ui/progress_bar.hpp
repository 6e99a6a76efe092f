// A progress bar whose label stays readable wherever it sits: over the filled part it is drawn in the
// colour that contrasts with the fill, over the rest in the theme's text colour. ImGui's own bar draws one
// colour over both, so the dark theme's white label vanished on its yellow fill.
#pragma once

#include <string>

#include <imgui.h>

namespace retain::ui {

// Returns the WCAG 2 relative luminance of colour (its alpha ignored), 0..1.
double relativeLuminance(const ImVec4& colour);
// Returns the WCAG 2 contrast ratio of two opaque colours, 1..21.
double contrastRatio(const ImVec4& a, const ImVec4& b);
// Returns colour drawn over background by its alpha (the result is opaque).
ImVec4 blendOver(const ImVec4& colour, const ImVec4& background);
// Returns near-black or white, whichever contrasts more with background.
ImVec4 readableTextOn(const ImVec4& background);
// Returns the colour the bar's label is drawn in over its fill (readableTextOn the style's fill).
ImVec4 progressLabelOnFill();
// Returns the colour the bar's label is drawn in over its empty part (the style's text colour).
ImVec4 progressLabelOnFrame();

// Draws a bar fraction (0..1) full, size in pixels as ImGui::ProgressBar takes it (width -1 = the whole
// line, a negative width = up to that far from the right edge, height 0 = a frame's height), with label
// centred on it, readable over the fill (ImGuiCol_PlotHistogram) and over the frame.
void labelledProgressBar(float fraction, const std::string& label, ImVec2 size = ImVec2(-1.0f, 0.0f));

}  // namespace retain::ui
