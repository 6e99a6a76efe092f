// Quoting values in messages (see message_text.hpp).
#include "core/text/message_text.hpp"

#include "core/text/utf8.hpp"

namespace retain {

std::string quoteValue(std::string_view text) {
    const std::u32string codePoints = toCodePoints(repairUtf8(text));
    if (codePoints.size() <= kMaxQuotedCodePoints) return "'" + std::string(text) + "'";
    std::string out(1, '\'');
    out += toUtf8(codePoints.substr(0, kMaxQuotedCodePoints - 20));
    out += "\u2026' (";
    out += std::to_string(codePoints.size());
    out += " characters)";
    return out;
}

}  // namespace retain
