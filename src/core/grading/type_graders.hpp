// One grader per question type, used by gradeAnswer (grader.cpp). Each fills score, verdict, feedback and
// parts; gradeAnswer adds the expected text, the correct flag and the suggested rating.
#pragma once

#include <string>

#include "core/grading/grader.hpp"

namespace retain {

GradeResult gradeChoice(const ChoiceAnswer& spec, const LearnerAnswer& answer);
GradeResult gradeMulti(const MultiAnswer& spec, const LearnerAnswer& answer);
GradeResult gradeTrueFalse(const TrueFalseAnswer& spec, const LearnerAnswer& answer);
GradeResult gradeNumeric(const Question& question, const NumericAnswer& spec, const LearnerAnswer& answer);
GradeResult gradeDate(const Question& question, const DateAnswer& spec, const LearnerAnswer& answer);
GradeResult gradeText(const TextAnswer& spec, const LearnerAnswer& answer);
GradeResult gradeOrdering(const OrderingAnswer& spec, const LearnerAnswer& answer);
GradeResult gradeMatching(const MatchingAnswer& spec, const LearnerAnswer& answer);
GradeResult gradeCloze(const ClozeAnswer& spec, const LearnerAnswer& answer);

// Returns a result with this verdict, score and feedback.
GradeResult makeResult(Verdict verdict, double score, std::string feedback);

// Returns Correct at full credit, Wrong at none, PartlyCorrect between.
Verdict verdictForScore(double score);

// Returns "'text'" shortened to at most 60 characters (whole code points), for feedback sentences.
std::string quoteForFeedback(std::string_view text);

}  // namespace retain
