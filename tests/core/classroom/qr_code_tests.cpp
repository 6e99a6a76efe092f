// The lobby's join QR code: the matrix holds libqrencode's symbol module for module inside a light quiet
// zone of 4 modules, with the three finder patterns where a scanner looks for them. (That a phone can read
// it off the screen is checked by the window's GUI test, which decodes its screenshot with zbarimg.)
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include <qrencode.h>

#include "core/classroom/qr_code.hpp"

using namespace retain;

namespace {

// Returns true when the 7x7 finder pattern (dark ring, light ring, dark 3x3 centre) starts at x, y.
bool finderAt(const QrMatrix& qr, int x0, int y0) {
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (qr.dark(x0 + x, y0 + y) != (ring || centre)) return false;
        }
    return true;
}

}  // namespace

TEST_CASE("classroom qr: the matrix is libqrencode's symbol inside a light quiet zone") {
    const std::string url = "http://192.168.1.23:8080/?pin=482913";
    const auto qr = encodeQrMatrix(url);
    REQUIRE(qr.has_value());
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(QRcode_encodeString(url.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
    REQUIRE(code);
    CHECK(qr->symbolSize == code->width);
    CHECK(qr->symbolSize == 29);  // 37 bytes at level M need version 3: 21 + 2 * 4 modules
    CHECK(qr->quietZone == 4);
    CHECK(qr->side() == 37);
    REQUIRE(qr->modules.size() == 37u * 37u);
    int dark = 0;
    for (int y = 0; y < qr->side(); ++y)
        for (int x = 0; x < qr->side(); ++x) {
            const bool inSymbol = x >= 4 && y >= 4 && x < 4 + code->width && y < 4 + code->width;
            const bool expected = inSymbol && (code->data[(y - 4) * code->width + (x - 4)] & 1) != 0;
            if (qr->dark(x, y) != expected) FAIL_CHECK("module " << x << "," << y << " differs");
            dark += qr->dark(x, y) ? 1 : 0;
        }
    // A real symbol is roughly half dark; an all-light or all-dark matrix would pass the loop above only
    // if libqrencode produced one, which it never does.
    CHECK(dark > 29 * 29 / 3);
    CHECK(dark < 29 * 29 * 2 / 3);
    CHECK(finderAt(*qr, 4, 4));
    CHECK(finderAt(*qr, 4 + 29 - 7, 4));
    CHECK(finderAt(*qr, 4, 4 + 29 - 7));
    CHECK_FALSE(finderAt(*qr, 4 + 29 - 7, 4 + 29 - 7));  // the fourth corner has none
}

TEST_CASE("classroom qr: longer text takes a larger version; empty or oversized text gives nothing") {
    const auto small = encodeQrMatrix("http://10.0.0.5:80/?pin=1");
    const auto large = encodeQrMatrix("http://10.0.0.5:8080/?pin=123456&" + std::string(100, 'x'));
    REQUIRE(small);
    REQUIRE(large);
    CHECK(large->symbolSize > small->symbolSize);
    CHECK((large->symbolSize - 21) % 4 == 0);
    CHECK_FALSE(encodeQrMatrix(""));
    CHECK_FALSE(encodeQrMatrix(std::string(5000, 'x')));  // over a version 40 symbol's 2331 bytes at level M
}
