// Layout for big fonts and small windows, and the window's own report of where its key widgets landed.
// A window is "compact" when it holds few lines of text (200–300 % font scale, 800x600, a projector at
// 1366x768): then headers and rating bars shrink so the question and its feedback keep the room.
#pragma once

#include <string>

#include <imgui.h>

namespace retain::ui {

// Returns true when the display holds fewer than kCompactLines lines of the current font.
bool compactLayout();
constexpr float kCompactLines = 22.0f;

// Returns the font scale for "big" projector text (wanted, e.g. 2.0), lowered so that a line of
// minChars average characters still fits the content width, and never below 1; 1 in a compact layout.
float bigTextScale(float wanted, float minChars = 24.0f);

// Clears the layout report; the shell calls it at the start of each frame.
void beginLayoutReport();
// Records the last item's rectangle under name (screen pixels, replacing an earlier one of that name).
void noteLayout(const char* name);
// Records a rectangle (screen pixels) under name.
void noteLayoutRect(const char* name, ImVec2 min, ImVec2 max);
// Returns the report of the last frame: "display W H" then one "name x0 y0 x1 y1" line per rectangle,
// in pixels, rounded down; the app writes it to $RETAIN_LAYOUT_REPORT for the GUI tests.
std::string layoutReport();

}  // namespace retain::ui
