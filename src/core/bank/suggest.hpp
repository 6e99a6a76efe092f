// "Did you mean ...?" for misspelt keys, types and answers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace retain {

// Returns the optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
// neighbouring bytes) between a and b.
std::size_t editDistance(std::string_view a, std::string_view b);

// Returns the candidate closest to word when it is close enough to be a likely misspelling (compared
// ignoring ASCII case and treating '-' as '_'), or an empty string.
std::string closestMatch(std::string_view word, const std::vector<std::string_view>& candidates);

// Returns " (did you mean 'x'?)" for the closest candidate, or an empty string when none is close.
std::string didYouMean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace retain
