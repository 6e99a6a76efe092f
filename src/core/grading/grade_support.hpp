// Pieces every question type's grader uses: building a result, the verdict for a score, quoting the
// learner's text in feedback, and the results for an answer that is empty or could not be read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/grading/grader.hpp"

namespace retain {

// Returns a result with this verdict, score and feedback.
GradeResult makeResult(Verdict verdict, double score, std::string feedback);

// Returns Correct at full credit, Wrong at none, PartlyCorrect between.
Verdict verdictForScore(double score);

// Returns "'text'" shortened to at most 60 characters (whole code points), for feedback sentences.
std::string quoteForFeedback(std::string_view text);

// True when text is empty after normalisation.
bool isBlankAnswer(std::string_view text);

// The result for a selection that is empty: wrong when nothing was typed either, refused when a typed
// line could not be read as `what` (e.g. "a choice").
GradeResult emptySelection(const LearnerAnswer& answer, const char* what);

// The result when an arrangement is empty: wrong when nothing was typed, refused when a typed line could
// not be read; how says how to type it.
GradeResult emptyArrangement(const LearnerAnswer& answer, const std::string& how);

// True when index points into a list of size entries.
inline bool inRange(int index, std::size_t size) { return index >= 0 && static_cast<std::size_t>(index) < size; }

// Returns choices[index] (index checked by the caller).
inline const std::string& choiceAt(const std::vector<std::string>& choices, int index) {
    return choices[static_cast<std::size_t>(index)];
}

}  // namespace retain
