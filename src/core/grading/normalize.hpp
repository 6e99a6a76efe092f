// Text normalisation for grading: two spellings that a reader would call the same answer become the same
// string. Uses utf8proc (NFKC, case folding, accent stripping) and never fails: invalid UTF-8 is repaired.
#pragma once

#include <string>
#include <string_view>

#include "core/text/utf8.hpp"

namespace retain {

struct NormalizeOptions {
    bool caseFold = true;       // false for case-sensitive answers
    bool answerMode = false;    // also drop surrounding punctuation and one leading article (the/a/an)
};

// Returns text normalised for comparison: NFKC, accents stripped, case folded (unless options say not),
// every dash kind as '-', every single quote kind as '\'', every double quote kind as '"', control and
// invisible characters dropped, runs of white space collapsed to one space, no space at either end.
// In answer mode, punctuation at either end and one leading "the ", "a " or "an " are dropped too
// (never down to an empty string).
std::string normalizeText(std::string_view text, const NormalizeOptions& options = {});

// Shorthand for normalizeText in answer mode.
std::string normalizeAnswer(std::string_view text, bool caseSensitive = false);

}  // namespace retain
