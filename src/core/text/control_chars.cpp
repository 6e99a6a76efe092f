// Finding, stripping and showing control characters (see control_chars.hpp).
#include "core/text/control_chars.hpp"

#include <cstdio>

#include "core/text/utf8.hpp"

namespace retain {

namespace {

// Returns the byte length of the control character at text[pos] (1 for C0/DEL, 2 for C1 in UTF-8), or
// 0 when there is none there; sets codePoint.
std::size_t controlAt(std::string_view text, std::size_t pos, LineBreaks lineBreaks, char32_t& codePoint) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x20 || byte == 0x7F) {
        const bool lineFeed = byte == '\n' && lineBreaks != LineBreaks::Refused;
        const bool carriageReturn = byte == '\r' && lineBreaks == LineBreaks::AnyStyle;
        if (byte == '\t' || lineFeed || carriageReturn) return 0;
        codePoint = byte;
        return 1;
    }
    // C1 controls are U+0080..U+009F, in UTF-8 the two bytes C2 80..C2 9F.
    if (byte == 0xC2 && pos + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[pos + 1]);
        if (next >= 0x80 && next <= 0x9F) {
            codePoint = next;
            return 2;
        }
    }
    return 0;
}

// Copies text, calling onControl(out, codePoint, nextPos) for each control character instead of copying
// it (nextPos: the byte after it), so the caller decides what, if anything, stands in its place.
template <typename OnControl>
std::string mapControls(std::string_view text, LineBreaks lineBreaks, OnControl onControl) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = 0;
        const std::size_t length = controlAt(text, pos, lineBreaks, cp);
        if (length == 0) {
            out += text[pos++];
            continue;
        }
        pos += length;
        onControl(out, cp, pos);
    }
    return out;
}

}  // namespace

std::optional<ControlCharacter> findControlCharacter(std::string_view text, LineBreaks lineBreaks) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        char32_t cp = 0;
        if (controlAt(text, pos, lineBreaks, cp) > 0) return ControlCharacter{pos, cp};
    }
    return std::nullopt;
}

std::string stripControlCharacters(std::string_view text, LineBreaks lineBreaks, std::size_t* removed) {
    std::size_t dropped = 0;
    std::string out = mapControls(text, lineBreaks, [&](std::string&, char32_t cp, std::size_t next) {
        // CR before LF is the other half of a line break, not a stray control.
        const bool crlf = cp == '\r' && next < text.size() && text[next] == '\n' && lineBreaks == LineBreaks::Allowed;
        if (!crlf) ++dropped;
    });
    if (removed) *removed = dropped;
    return out;
}

std::string terminalSafe(std::string_view text) {
    return mapControls(text, LineBreaks::Allowed, [](std::string& out, char32_t cp, std::size_t) {
        const char32_t standIn = cp < 0x20 ? 0x2400 + cp : cp == 0x7F ? 0x2421 : 0xFFFD;
        out += toUtf8(std::u32string_view(&standIn, 1));
    });
}

std::string controlCharacterName(char32_t codePoint) {
    static const char* const kC0Names[32] = {
        "null", "start of heading", "start of text", "end of text", "end of transmission", "enquiry",
        "acknowledge", "bell", "backspace", "tab", "line feed", "vertical tab", "form feed", "carriage return",
        "shift out", "shift in", "data link escape", "device control 1", "device control 2", "device control 3",
        "device control 4", "negative acknowledge", "synchronous idle", "end of transmission block", "cancel",
        "end of medium", "substitute", "escape", "file separator", "group separator", "record separator",
        "unit separator"};
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(codePoint));
    const char* name = codePoint < 0x20 ? kC0Names[codePoint] : codePoint == 0x7F ? "delete" : "a C1 control";
    return std::string(code) + " (" + name + ")";
}

}  // namespace retain
