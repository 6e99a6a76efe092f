// Limits on what a learner types, checked before any grading: a pasted essay or a character buried
// under thousands of combining marks ("A" + 20,000 U+0301 + "be", which NFKC and accent stripping used
// to turn into "Abe") is refused with a sentence that says why. Documented in docs/grading.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace retain {

// The longest typed answer read, in Unicode code points (a gap of a cloze counts on its own).
constexpr std::size_t kMaxTypedAnswerCodePoints = 2000;
// The most combining marks (categories Mn, Mc, Me) read on one character; Vietnamese needs two.
constexpr std::size_t kMaxCombiningMarksPerCharacter = 8;

// Returns the feedback sentence refusing text, or nullopt when text is within both limits.
std::optional<std::string> typedAnswerProblem(std::string_view text);

}  // namespace retain
