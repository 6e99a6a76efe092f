// Matching a typed text against accepted answers, with a typo tolerance that grows with length.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace retain {

// Returns the Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
// substitutions and swaps of two neighbouring code points) between a and b, or limit + 1 as soon as it is
// known to exceed limit (so long inputs cost O(length * limit)).
std::size_t damerauLevenshtein(std::u32string_view a, std::u32string_view b, std::size_t limit);

// Returns the typos tolerated in an answer of this many code points (after normalisation): none up to
// 4, one from 5 to 8, two from 9 up.
std::size_t typoTolerance(std::size_t length);

enum class TextMatchKind {
    Exact,      // equal after normalisation
    Typo,       // within the typo tolerance: counts as right
    NearMiss,   // one edit beyond the tolerance: reported, but no credit
    None,
};

struct TextMatch {
    TextMatchKind kind = TextMatchKind::None;
    int acceptedIndex = -1;     // which accepted answer matched (or came closest); -1 when none
    std::size_t distance = 0;   // edits to that answer, code points
};

struct TextMatchOptions {
    bool typos = true;          // false: no tolerance (a one-edit difference is still a near miss)
    bool caseSensitive = false;
};

// Matches given against each accepted answer, both normalised in answer mode. An exact match wins over
// a typo match, a smaller distance over a larger one, an earlier answer over a later one. Edits that
// change digits are never typos ("2017" is not a misspelling of "2018"): a pair whose digit sequences
// differ only matches exactly or not at all.
TextMatch matchText(std::string_view given, const std::vector<std::string>& accepted, const TextMatchOptions& options);

}  // namespace retain
