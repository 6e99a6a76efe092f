// The font atlas: a TTF from a Debian font package with glyph ranges for the typography banks use
// (curly quotes, dashes, ellipsis, €, arrows, check marks, Cyrillic names).
#pragma once

#include <string>

struct ImFontAtlas;

namespace retain::ui {

// Base font size in pixels at 100 % font scale and a content scale of 1.
constexpr float kBaseFontPixels = 18.0f;

// Returns the glyph ranges Retain loads: Latin-1, Latin Extended-A, Cyrillic, General Punctuation,
// currency symbols, arrows, check marks (a static, zero-terminated array).
const unsigned short* retainGlyphRanges();

// Returns the first TTF found: $RETAIN_FONT, then the DejaVu Sans paths of fonts-dejavu-core; "" if none.
std::string findUiFont();

// Rebuilds atlas with the UI font at pixelSize. Returns false, after logging a warning to stderr and
// falling back to ImGui's built-in font (which lacks curly quotes and dashes), when no TTF is found.
bool buildFontAtlas(ImFontAtlas& atlas, float pixelSize);

}  // namespace retain::ui
