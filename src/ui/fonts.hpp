// The font atlas: a TTF from a Debian font package with glyph ranges for the typography banks use
// (curly quotes, dashes, ellipsis, €, arrows, check marks, Cyrillic names).
#pragma once

#include <string>

struct ImFont;
struct ImFontAtlas;

namespace retain::ui {

// Base font size in pixels at 100 % font scale and a content scale of 1.
constexpr float kBaseFontPixels = 18.0f;
// The projector font (the live host's big text) is this many times the base size, so text scaled up to it
// is drawn from real glyphs rather than stretched ones.
constexpr float kProjectorFontFactor = 2.5f;

// Returns the glyph ranges Retain loads: Latin-1, Latin Extended-A, Cyrillic, General Punctuation,
// currency symbols, arrows, check marks (a static, zero-terminated array).
const unsigned short* retainGlyphRanges();

// Returns the first TTF found: $RETAIN_FONT, then the DejaVu Sans paths of fonts-dejavu-core; "" if none.
std::string findUiFont();

// Returns the projector font (atlas font 1, kProjectorFontFactor times the UI font), or null when the
// atlas has only the UI font.
ImFont* projectorFont();

// Rebuilds atlas with the UI font at pixelSize (font 0, the default) and the projector font (font 1). Returns false, after logging a warning to stderr and
// falling back to ImGui's built-in font (which lacks curly quotes and dashes), when no TTF is found.
bool buildFontAtlas(ImFontAtlas& atlas, float pixelSize);

}  // namespace retain::ui
