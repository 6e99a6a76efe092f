#include "ui/fonts.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <imgui.h>

namespace retain::ui {

const unsigned short* retainGlyphRanges() {
    static const unsigned short ranges[] = {
        0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement
        0x0100, 0x017F,  // Latin Extended-A
        0x0400, 0x04FF,  // Cyrillic (Russian names and places)
        0x2000, 0x206F,  // General Punctuation: – — ‘ ’ “ ” … and spaces
        0x20A0, 0x20CF,  // Currency symbols: € ₽
        0x2190, 0x21FF,  // Arrows: → for matching pairs
        0x2248, 0x2248,  // ≈ for the "near miss" verdict
        0x2713, 0x2718,  // Check and cross marks for verdicts
        0x25A0, 0x25FF,  // Geometric shapes: ● ▲ ▼ for markers
        0,
    };
    return ranges;
}

std::string findUiFont() {
    if (const char* fromEnv = std::getenv("RETAIN_FONT"); fromEnv && *fromEnv) {
        if (std::filesystem::exists(fromEnv)) return fromEnv;
        std::fprintf(stderr, "retain: warning: RETAIN_FONT=%s does not exist; looking for DejaVu Sans\n", fromEnv);
    }
    const char* candidates[] = {
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    };
    for (const char* path : candidates) {
        if (std::filesystem::exists(path)) return path;
    }
    return {};
}

ImFont* projectorFont() {
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    return atlas.Fonts.Size > 1 ? atlas.Fonts[1] : nullptr;
}

bool buildFontAtlas(ImFontAtlas& atlas, float pixelSize) {
    atlas.Clear();
    const std::string path = findUiFont();
    if (!path.empty()) {
        ImFontConfig config;
        config.OversampleH = 2;
        config.OversampleV = 1;
        if (atlas.AddFontFromFileTTF(path.c_str(), pixelSize, &config, retainGlyphRanges()) != nullptr) {
            // No horizontal oversampling at this size: it would double the atlas for no visible gain.
            ImFontConfig big;
            big.OversampleH = 1;
            big.OversampleV = 1;
            atlas.AddFontFromFileTTF(path.c_str(), pixelSize * kProjectorFontFactor, &big, retainGlyphRanges());
            return true;
        }
        std::fprintf(stderr, "retain: warning: could not load font %s\n", path.c_str());
    } else {
        std::fprintf(stderr,
                     "retain: warning: no TTF font found (install fonts-dejavu-core or set RETAIN_FONT); "
                     "curly quotes and dashes will show as '?'\n");
    }
    ImFontConfig fallback;
    fallback.SizePixels = pixelSize;
    atlas.AddFontDefault(&fallback);
    return false;
}

}  // namespace retain::ui
