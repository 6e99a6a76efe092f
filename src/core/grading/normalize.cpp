// Text normalisation for grading (see normalize.hpp).
//
// [SECTION] character kinds
// [SECTION] normalisation
#include "core/grading/normalize.hpp"

#include <cstdlib>
#include <utf8proc.h>

namespace retain {

// [SECTION] character kinds ----------------------------------------------------------------------

namespace {

bool isSingleQuote(char32_t cp) {
    switch (cp) {
        case 0x0060: case 0x00B4: case 0x02B9: case 0x02BB: case 0x02BC: case 0x02BD:
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
        case 0x2039: case 0x203A: case 0xFF07:
            return true;
        default: return false;
    }
}

bool isDoubleQuote(char32_t cp) {
    switch (cp) {
        case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
        case 0x2033: case 0x2036: case 0x301D: case 0x301E: case 0x301F: case 0xFF02:
            return true;
        default: return false;
    }
}

utf8proc_category_t categoryOf(char32_t cp) { return utf8proc_category(static_cast<utf8proc_int32_t>(cp)); }

bool isDash(char32_t cp) {
    return cp == 0x2212 || cp == 0x2043 || cp == 0xFE63 || cp == 0xFF0D || categoryOf(cp) == UTF8PROC_CATEGORY_PD;
}

bool isSpace(char32_t cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x85) return true;
    const auto category = categoryOf(cp);
    return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL || category == UTF8PROC_CATEGORY_ZP;
}

bool isPunctuation(char32_t cp) {
    const auto category = categoryOf(cp);
    return category >= UTF8PROC_CATEGORY_PC && category <= UTF8PROC_CATEGORY_PO;
}

// Maps dash, quote and space kinds to their ASCII form and drops control and format characters, so that
// utf8proc sees (and the comparison later sees) one spelling of each.
std::u32string unifyKinds(std::u32string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (char32_t cp : text) {
        if (isSpace(cp)) {
            out += U' ';
        } else if (isDash(cp)) {
            out += U'-';
        } else if (isSingleQuote(cp)) {
            out += U'\'';
        } else if (isDoubleQuote(cp)) {
            out += U'"';
        } else {
            const auto category = categoryOf(cp);
            if (category == UTF8PROC_CATEGORY_CC || category == UTF8PROC_CATEGORY_CF) continue;
            out += cp;
        }
    }
    return out;
}

// NFKC with accents stripped and, optionally, case folded. Input must be valid UTF-8.
std::string utf8procMap(const std::string& text, bool caseFold) {
    int flags = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_IGNORE | UTF8PROC_STRIPMARK;
    if (caseFold) flags |= UTF8PROC_CASEFOLD;
    utf8proc_uint8_t* mapped = nullptr;
    const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                     static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                                     static_cast<utf8proc_option_t>(flags));
    if (length < 0 || mapped == nullptr) {
        std::free(mapped);
        return text;  // cannot happen for repaired input; keep the text rather than lose the answer
    }
    std::string out(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
    std::free(mapped);
    return out;
}

// Collapses white space runs to one space and trims both ends.
std::u32string collapseSpaces(std::u32string_view text) {
    std::u32string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (char32_t cp : text) {
        if (isSpace(cp)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out += U' ';
        pendingSpace = false;
        out += cp;
    }
    return out;
}

// Drops punctuation and spaces at both ends.
std::u32string trimPunctuation(std::u32string_view text) {
    std::size_t first = 0;
    std::size_t last = text.size();
    while (first < last && (isPunctuation(text[first]) || text[first] == U' ')) ++first;
    while (last > first && (isPunctuation(text[last - 1]) || text[last - 1] == U' ')) --last;
    return std::u32string(text.substr(first, last - first));
}

// Drops one leading English article, compared ignoring ASCII case.
std::u32string dropArticle(const std::u32string& text) {
    for (std::u32string_view article : {U"the ", U"an ", U"a "}) {
        if (text.size() <= article.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < article.size() && same; ++i) {
            char32_t c = text[i];
            if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
            same = c == article[i];
        }
        if (same) return text.substr(article.size());
    }
    return text;
}

}  // namespace

// [SECTION] normalisation ------------------------------------------------------------------------

std::string normalizeText(std::string_view text, const NormalizeOptions& options) {
    // Kinds are unified before NFKC (which would split U+00B4 into a space and an accent) and again
    // after it (which can produce new ones: U+0149 becomes U+02BC n).
    const std::string unified = toUtf8(unifyKinds(toCodePoints(text)));
    std::u32string collapsed = collapseSpaces(unifyKinds(toCodePoints(utf8procMap(unified, options.caseFold))));
    if (options.answerMode) {
        std::u32string trimmed = trimPunctuation(collapsed);
        if (!trimmed.empty()) {
            std::u32string withoutArticle = trimPunctuation(dropArticle(trimmed));
            collapsed = withoutArticle.empty() ? std::move(trimmed) : std::move(withoutArticle);
        }
    }
    return toUtf8(collapsed);
}

std::string normalizeAnswer(std::string_view text, bool caseSensitive) {
    NormalizeOptions options;
    options.caseFold = !caseSensitive;
    options.answerMode = true;
    return normalizeText(text, options);
}

}  // namespace retain
