// The join QR code (see qr_code.hpp): libqrencode's symbol copied into a matrix with a quiet zone.
#include "core/classroom/qr_code.hpp"

#include <memory>
#include <string>

#include <qrencode.h>

namespace retain {

std::optional<QrMatrix> encodeQrMatrix(std::string_view text) {
    if (text.empty()) return std::nullopt;
    const std::string owned(text);  // libqrencode wants a NUL-terminated string
    // Level M survives about 15 % damage: enough for a projector seen from the back row.
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(QRcode_encodeString(owned.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
    if (!code) return std::nullopt;
    QrMatrix matrix;
    matrix.symbolSize = code->width;
    const int side = matrix.side();
    matrix.modules.assign(static_cast<std::size_t>(side * side), 0);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            // Bit 0 of each byte is the module's colour; the other bits say what kind of module it is.
            matrix.modules[static_cast<std::size_t>((y + matrix.quietZone) * side + x + matrix.quietZone)] =
                code->data[y * code->width + x] & 1;
    return matrix;
}

}  // namespace retain
