// Typo-tolerant text matching (see text_match.hpp).
#include "core/grading/text_match.hpp"

#include <algorithm>

#include "core/grading/normalize.hpp"

namespace retain {

std::size_t damerauLevenshtein(std::u32string_view a, std::u32string_view b, std::size_t limit) {
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    const std::size_t over = limit + 1;
    if ((n > m ? n - m : m - n) > limit) return over;
    if (n == 0) return m;
    if (m == 0) return n;
    // Three rolling rows of the edit table; cells outside the band |i - j| <= limit are "over".
    std::vector<std::size_t> previous2(m + 1, over), previous(m + 1, over), current(m + 1, over);
    for (std::size_t j = 0; j <= std::min(m, limit); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        std::fill(current.begin(), current.end(), over);
        const std::size_t from = i > limit ? i - limit : 1;
        const std::size_t to = std::min(m, i + limit);
        if (i <= limit) current[0] = i;
        std::size_t rowBest = current[0];
        for (std::size_t j = from; j <= to; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = std::min(best, previous2[j - 2] + 1);
            current[j] = std::min(best, over);
            rowBest = std::min(rowBest, current[j]);
        }
        if (rowBest > limit) return over;
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], over);
}

std::size_t typoTolerance(std::size_t length) {
    if (length <= 4) return 0;
    if (length <= 8) return 1;
    return 2;
}

namespace {

std::u32string digitsOf(std::u32string_view text) {
    std::u32string out;
    for (char32_t c : text) {
        if (c >= U'0' && c <= U'9') out += c;
    }
    return out;
}

}  // namespace

TextMatch matchText(std::string_view given, const std::vector<std::string>& accepted, const TextMatchOptions& options) {
    TextMatch best;
    const std::u32string typed = toCodePoints(normalizeAnswer(given, options.caseSensitive));
    const std::u32string typedDigits = digitsOf(typed);
    for (std::size_t i = 0; i < accepted.size(); ++i) {
        const std::u32string target = toCodePoints(normalizeAnswer(accepted[i], options.caseSensitive));
        if (typed == target) return TextMatch{TextMatchKind::Exact, static_cast<int>(i), 0};
        if (typed.empty() || target.empty() || digitsOf(target) != typedDigits) continue;
        const std::size_t tolerance = options.typos ? typoTolerance(target.size()) : 0;
        const std::size_t distance = damerauLevenshtein(typed, target, tolerance + 1);
        const TextMatchKind kind = distance <= tolerance       ? TextMatchKind::Typo
                                   : distance == tolerance + 1 ? TextMatchKind::NearMiss
                                                               : TextMatchKind::None;
        if (kind == TextMatchKind::None) continue;
        const bool better = best.kind == TextMatchKind::None || (kind == TextMatchKind::Typo && best.kind != TextMatchKind::Typo) ||
                            (kind == best.kind && distance < best.distance);
        if (better) best = TextMatch{kind, static_cast<int>(i), distance};
    }
    return best;
}

}  // namespace retain
