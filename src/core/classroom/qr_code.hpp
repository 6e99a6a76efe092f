// The join QR code of the live classroom's lobby: libqrencode turns the join URL into a module matrix,
// which the window draws as filled rectangles. Computed here (no drawing), so tests can check it.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace retain {

constexpr int kQrQuietZoneModules = 4;  // light border the QR standard asks for around the symbol, modules

// A QR symbol as dark/light modules, with its quiet zone included.
struct QrMatrix {
    int symbolSize = 0;                  // modules per side of the symbol itself (21 for version 1, +4 per version)
    int quietZone = kQrQuietZoneModules; // light modules on each side
    std::vector<std::uint8_t> modules;   // side() * side() values, row by row; 1 = dark

    // Returns the modules per side with the quiet zone (symbolSize + 2 * quietZone).
    int side() const { return symbolSize + 2 * quietZone; }
    // Returns true when the module at column x, row y (0-based, quiet zone included) is dark.
    bool dark(int x, int y) const { return modules[static_cast<std::size_t>(y * side() + x)] != 0; }
};

// Returns the QR code of text (8-bit mode, error correction level M, the smallest version that fits),
// or nothing when text is empty or too long for a QR code.
std::optional<QrMatrix> encodeQrMatrix(std::string_view text);

}  // namespace retain
