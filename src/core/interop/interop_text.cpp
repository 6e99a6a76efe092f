// Text tools of the interop module.
//
// [SECTION] slugs and ids
// [SECTION] HTML
#include "core/interop/interop_text.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include <utf8proc.h>

#include "core/interop/sha1.hpp"
#include "core/text/trim.hpp"

namespace retain {

// [SECTION] slugs and ids ------------------------------------------------------------------------

std::string slugify(std::string_view text, std::size_t maxLength) {
    // Decompose and drop marks so accented Latin letters keep their base letter; case-fold to lower case.
    const std::string valid = repairUtf8(text);
    utf8proc_uint8_t* folded = nullptr;
    const utf8proc_ssize_t length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()), static_cast<utf8proc_ssize_t>(valid.size()),
                     &folded, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
    std::string plain = length >= 0 ? std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length)) : valid;
    std::free(folded);

    std::string slug;
    bool pendingDash = false;
    for (char c : plain) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (pendingDash) slug += '-';
            pendingDash = false;
            slug += c;
        } else {
            pendingDash = !slug.empty();
        }
    }
    if (slug.size() > maxLength) {
        // Cut back to the last whole word that fits.
        const bool cutInWord = slug[maxLength] != '-';
        slug.resize(maxLength);
        const std::size_t dash = slug.rfind('-');
        if (cutInWord && dash != std::string::npos) slug.resize(dash);
        while (!slug.empty() && slug.back() == '-') slug.pop_back();
    }
    return slug;
}

std::string QuestionIdAllocator::allocate(std::string_view title, std::string_view text) {
    // A title that already is a valid id (Retain's own GIFT export writes ids as titles) is kept as it is.
    const std::string cleanTitle = trimmedCopy(title);
    const bool titleIsId = !cleanTitle.empty() && cleanTitle.size() <= 80 &&
                           cleanTitle.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos;
    std::string base = titleIsId ? cleanTitle : slugify(title, 60);
    if (base.empty()) {
        const std::string words = slugify(text, 40);
        const std::string hash = sha1Hex(text).substr(0, 6);
        base = words.empty() ? "q-" + hash : words + "-" + hash;
    }
    std::string id = base;
    for (int suffix = 2; m_used.count(id) != 0; ++suffix) id = base + "-" + std::to_string(suffix);
    m_used.insert(id);
    return id;
}

// [SECTION] HTML ---------------------------------------------------------------------------------

namespace {

void appendCodepoint(std::string& out, std::uint32_t codepoint) {
    std::array<utf8proc_uint8_t, 4> buffer{};
    if (codepoint == 0 || !utf8proc_codepoint_valid(static_cast<utf8proc_int32_t>(codepoint))) codepoint = 0xFFFD;
    const utf8proc_ssize_t length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(codepoint), buffer.data());
    out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(length));
}

// Decodes the entity that starts at html[pos] ('&'); returns the bytes consumed, 0 when it is not one.
std::size_t decodeEntity(std::string_view html, std::size_t pos, std::string& out) {
    const std::size_t semicolon = html.find(';', pos);
    if (semicolon == std::string_view::npos || semicolon - pos > 12) return 0;
    const std::string_view name = html.substr(pos + 1, semicolon - pos - 1);
    if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        const std::string_view digits = name.substr(hex ? 2 : 1);
        std::uint32_t codepoint = 0;
        const auto parsed = std::from_chars(digits.data(), digits.data() + digits.size(), codepoint, hex ? 16 : 10);
        if (parsed.ec != std::errc() || parsed.ptr != digits.data() + digits.size() || digits.empty()) return 0;
        // &#27; and the like: a control character becomes U+FFFD, never itself (tab and line feed kept).
        const bool control = (codepoint < 0x20 && codepoint != '\t' && codepoint != '\n') || (codepoint >= 0x7F && codepoint <= 0x9F);
        appendCodepoint(out, control ? 0xFFFD : codepoint);
        return semicolon - pos + 1;
    }
    struct Named {
        std::string_view name;
        const char* text;
    };
    static constexpr std::array<Named, 11> kNamed = {{{"amp", "&"},
                                                      {"lt", "<"},
                                                      {"gt", ">"},
                                                      {"quot", "\""},
                                                      {"apos", "'"},
                                                      {"nbsp", " "},
                                                      {"ndash", "\u2013"},
                                                      {"mdash", "\u2014"},
                                                      {"hellip", "\u2026"},
                                                      {"rarr", "\u2192"},
                                                      {"shy", ""}}};
    for (const Named& entity : kNamed) {
        if (name == entity.name) {
            out += entity.text;
            return semicolon - pos + 1;
        }
    }
    return 0;
}

// True when the tag (text between '<' and '>') ends a line: br, p, div, li, tr, hr, h1..h6.
bool tagBreaksLine(std::string_view tag) {
    std::size_t start = tag.empty() ? 0 : (tag[0] == '/' ? 1 : 0);
    std::string name;
    while (start < tag.size() && ((tag[start] >= 'a' && tag[start] <= 'z') || (tag[start] >= 'A' && tag[start] <= 'Z') ||
                                  (tag[start] >= '0' && tag[start] <= '9'))) {
        name += static_cast<char>(tag[start] | 0x20);
        ++start;
    }
    return name == "br" || name == "p" || name == "div" || name == "li" || name == "tr" || name == "hr" ||
           (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6');
}

// Folds runs of spaces inside each line, trims each line and drops blank lines (in HTML, one block
// boundary after another shows as one line break).
std::string foldBlanks(std::string_view text) {
    std::string out;
    std::string line;
    auto flushLine = [&]() {
        const std::string clean = trimmedCopy(line);
        line.clear();
        if (clean.empty()) return;
        if (!out.empty()) out += '\n';
        out += clean;
    };
    for (char c : text) {
        if (c == '\n') {
            flushLine();
        } else if (c == ' ' || c == '\t' || c == '\r') {
            if (!line.empty() && line.back() != ' ') line += ' ';
        } else {
            line += c;
        }
    }
    flushLine();
    return out;
}

}  // namespace

std::string htmlToText(std::string_view html) {
    std::string out;
    out.reserve(html.size());
    std::size_t pos = 0;
    while (pos < html.size()) {
        const char c = html[pos];
        if (c == '<') {
            const std::size_t close = html.find('>', pos + 1);
            if (close == std::string_view::npos) {
                out.append(html.substr(pos));
                break;
            }
            const std::string_view tag = html.substr(pos + 1, close - pos - 1);
            if (tagBreaksLine(tag)) out += '\n';
            pos = close + 1;
            continue;
        }
        if (c == '&') {
            const std::size_t used = decodeEntity(html, pos, out);
            if (used > 0) {
                pos += used;
                continue;
            }
        }
        out += c;
        ++pos;
    }
    return foldBlanks(repairUtf8(out));
}

std::string textToHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\n': out += "<br>"; break;
            case '\r': break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace retain
