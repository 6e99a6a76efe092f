// The feedback after an answer: the verdict as a mark and a word (never colour alone), the learner's
// answer beside the expected one with the differences marked, the grader's sentence, the explanation and
// the citation (paragraph, evidence phrase, and the source's title and author).
#pragma once

#include <string>

#include "core/bank/question.hpp"
#include "core/grading/grader.hpp"

namespace retain::ui {

// Returns the verdict as mark and word: "✓ Correct", "◐ Partly correct", "≈ Near miss", "✗ Wrong",
// "? Not graded".
std::string verdictLabel(Verdict verdict);

// Draws the whole feedback of grade for question of bank.
void drawFeedback(const Question& question, const Bank& bank, const GradeResult& grade);

// Draws the answer of a flashcard the learner revealed: the expected answer, explanation, citation.
void drawRevealedAnswer(const Question& question, const Bank& bank);

// Draws the explanation and the citation of question (shared by both of the above).
void drawExplanation(const Question& question, const Bank& bank);

}  // namespace retain::ui
