#include "core/bank/suggest.hpp"

#include <algorithm>

namespace retain {

std::size_t editDistance(std::string_view a, std::string_view b) {
    // Three rolling rows of the dynamic-programming table: i-2, i-1 and i.
    const std::size_t n = b.size();
    std::vector<std::size_t> before(n + 1), previous(n + 1), current(n + 1);
    for (std::size_t j = 0; j <= n; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= n; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before[j - 2] + 1);
            }
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[n];
}

namespace {

std::string foldForMatch(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == '-' || c == ' ') c = '_';
    }
    return out;
}

}  // namespace

std::string closestMatch(std::string_view word, const std::vector<std::string_view>& candidates) {
    if (word.size() > 200) return {};  // no real key or choice is that long; keeps the table small
    const std::string folded = foldForMatch(word);
    std::string_view best;
    std::size_t bestDistance = static_cast<std::size_t>(-1);
    for (std::string_view candidate : candidates) {
        if (candidate.size() > 200) continue;
        const std::size_t distance = editDistance(folded, foldForMatch(candidate));
        // Allow one edit per three letters, at least one: "promt" -> "prompt", "explaination" -> "explanation".
        const std::size_t allowed = std::max<std::size_t>(1, std::max(candidate.size(), word.size()) / 3);
        if (distance <= allowed && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return std::string(best);
}

std::string didYouMean(std::string_view word, const std::vector<std::string_view>& candidates) {
    const std::string match = closestMatch(word, candidates);
    return match.empty() ? std::string() : " (did you mean '" + match + "'?)";
}

}  // namespace retain
