// A learner's answer written out in the bank's own terms (choice texts, item texts, "left = right"), so
// class report rows read the same whatever order a student's options were shown in.
#pragma once

#include <string>

#include "core/bank/question.hpp"
#include "core/grading/grader.hpp"

namespace retain {

// Returns answer as text in question's terms: choice/multi the chosen choice texts, ordering the item
// texts in the learner's order, matching "left = right" per answered pair, cloze the gap texts; lists are
// "; "-separated (cloze " | "). Typed types (true_false, numeric, date, text) give answer.text. "" when
// nothing was given. Indices out of range are skipped.
std::string answerInBankTerms(const Question& question, const LearnerAnswer& answer);

}  // namespace retain
