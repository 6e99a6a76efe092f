#include "ui/text_diff.hpp"

#include <algorithm>
#include <cwctype>

#include "core/grading/normalize.hpp"

namespace retain::ui {

namespace {

char32_t folded(char32_t c) { return static_cast<char32_t>(std::towlower(static_cast<wint_t>(c))); }

// Appends code point c to runs, starting a new run when its marking changes.
void append(std::vector<DiffSegment>& runs, char32_t c, bool marked) {
    if (runs.empty() || runs.back().marked != marked) runs.push_back(DiffSegment{std::string(), marked});
    runs.back().text += toUtf8(std::u32string_view(&c, 1));
}

}  // namespace

TextDiff diffTexts(const std::string& given, const std::string& expected, std::size_t maxCodePoints) {
    const std::u32string a = toCodePoints(given);
    const std::u32string b = toCodePoints(expected);
    TextDiff diff;
    if (a.size() > maxCodePoints || b.size() > maxCodePoints) {
        const bool same = given == expected;
        if (!given.empty()) diff.given.push_back(DiffSegment{given, !same});
        if (!expected.empty()) diff.expected.push_back(DiffSegment{expected, !same});
        return diff;
    }
    // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..].
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<unsigned short>> lcs(n + 1, std::vector<unsigned short>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            lcs[i][j] = folded(a[i]) == folded(b[j]) ? static_cast<unsigned short>(lcs[i + 1][j + 1] + 1)
                                                     : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && folded(a[i]) == folded(b[j])) {
            append(diff.given, a[i++], false);
            append(diff.expected, b[j++], false);
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            append(diff.expected, b[j++], true);
        } else {
            append(diff.given, a[i++], true);
        }
    }
    return diff;
}

}  // namespace retain::ui
