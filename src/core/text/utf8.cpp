// UTF-8 repair and conversion (see utf8.hpp).
#include "core/text/utf8.hpp"

#include <utf8proc.h>

namespace retain {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at text[pos]; returns its byte length (>= 1) and sets out (U+FFFD when invalid).
std::size_t decodeOne(std::string_view text, std::size_t pos, char32_t& out) {
    utf8proc_int32_t cp = 0;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos);
    const auto length = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (length <= 0 || cp < 0) {
        out = kReplacement;
        return 1;
    }
    out = static_cast<char32_t>(cp);
    return static_cast<std::size_t>(length);
}

void appendUtf8(std::string& out, char32_t cp) {
    if (!utf8proc_codepoint_valid(static_cast<utf8proc_int32_t>(cp))) cp = kReplacement;
    utf8proc_uint8_t buffer[4];
    const auto length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

}  // namespace

std::string repairUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decodeOne(text, pos, cp);
        if (cp == kReplacement && length == 1) {
            appendUtf8(out, kReplacement);
        } else {
            out.append(text, pos, length);
        }
        pos += length;
    }
    return out;
}

std::u32string toCodePoints(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    for (std::size_t pos = 0; pos < utf8.size();) {
        char32_t cp = 0;
        pos += decodeOne(utf8, pos, cp);
        out += cp;
    }
    return out;
}

std::string toUtf8(std::u32string_view codePoints) {
    std::string out;
    out.reserve(codePoints.size());
    for (char32_t cp : codePoints) appendUtf8(out, cp);
    return out;
}

}  // namespace retain
