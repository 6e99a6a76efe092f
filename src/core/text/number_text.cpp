// Number texts (see number_text.hpp).
#include "core/text/number_text.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace retain {

std::string exactNumberText(double value) {
    // Plain digits where people would write them, exponent form far out; both read back exactly.
    std::array<char, 400> buffer{};
    const double magnitude = std::fabs(value);
    const bool plain = magnitude == 0.0 || (magnitude >= 1e-4 && magnitude < 1e21);
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                      plain ? std::chars_format::fixed : std::chars_format::scientific);
    if (result.ec != std::errc()) return "0";
    return std::string(buffer.data(), result.ptr);
}

namespace {

// Shortest decimal form that reads back as the same double ("18", "0.5", "1.25"); exponent form only for
// values people would not write out (below 1e-6 or from 1e15 up).
std::string shortestDecimal(double value) {
    std::array<char, 128> buffer{};
    const double magnitude = std::fabs(value);
    const bool plain = magnitude == 0.0 || (magnitude >= 1e-6 && magnitude < 1e15);
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                      plain ? std::chars_format::fixed : std::chars_format::general);
    if (result.ec != std::errc()) return std::to_string(value);
    return std::string(buffer.data(), result.ptr);
}

// Groups the digits of a whole number in thousands: 1234567 -> "1,234,567".
std::string groupThousands(const std::string& digits) {
    std::string out;
    const std::size_t start = (!digits.empty() && digits[0] == '-') ? 1 : 0;
    out.append(digits, 0, start);
    const std::size_t count = digits.size() - start;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0 && (count - i) % 3 == 0) out += ',';
        out += digits[start + i];
    }
    return out;
}

}  // namespace

std::string humanNumber(double value) {
    if (!std::isfinite(value)) return shortestDecimal(value);
    struct Scale {
        double factor;
        const char* word;
    };
    constexpr std::array<Scale, 3> scales = {{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}}};
    for (const Scale& scale : scales) {
        const double scaled = value / scale.factor;
        // Round to three decimals; use the word only when that loses nothing ("1.5 billion", not "1.234567 million").
        const double rounded = std::round(scaled * 1000.0) / 1000.0;
        if (std::fabs(scaled) >= 1.0 && std::fabs(rounded - scaled) <= 1e-9 * std::fabs(scaled)) {
            return shortestDecimal(rounded) + " " + scale.word;
        }
    }
    if (std::fabs(value) >= 10000.0 && std::fabs(value) < 1e15 && value == std::floor(value)) {
        return groupThousands(shortestDecimal(value));
    }
    return shortestDecimal(value);
}

}  // namespace retain
