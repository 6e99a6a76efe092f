// The feedback after an answer: the verdict as a mark and a word (never colour alone), the learner's
// answer beside the expected one with the differences marked, the grader's sentence, the explanation and
// the citation (paragraph, evidence phrase, and the source's title and author). The rows of the answer's
// parts are the question type's own (its AnswerView's drawFeedbackParts), drawn with drawPartRows.
#pragma once

#include <string>

#include "core/bank/question.hpp"
#include "core/grading/grader.hpp"

namespace retain::ui {

class PictureProvider;

class AnswerView;

// Returns the verdict as mark and word: "✓ Correct", "◐ Partly correct", "≈ Near miss", "✗ Wrong",
// "? Not graded".
std::string verdictLabel(Verdict verdict);

// Draws the whole feedback of grade for the question of view, which is in bank; pictures draws the
// explanation's picture (null: its alt text).
void drawFeedback(const AnswerView& view, const Bank& bank, const GradeResult& grade, PictureProvider* pictures = nullptr);

// Draws the answer of a flashcard the learner revealed: the expected answer, explanation, citation.
void drawRevealedAnswer(const Question& question, const Bank& bank, PictureProvider* pictures = nullptr);

// What names a row of the part table.
enum class PartLabel {
    None,    // nothing: one part, or parts named by their answers (choices)
    Number,  // the part's number, 1 to N (positions, gaps)
    Note,    // the part's note (matching: the left item), which is then not repeated below the row
};

// How a question type lays out the rows of its parts.
struct PartRows {
    PartLabel label = PartLabel::None;
    const char* labelHeader = "";  // heading of the label column, e.g. "Gap"
    bool markDifferences = false;  // typed words: the letters that differ are marked in both columns
};

// Draws one table row per part of grade: ✓ or ✗, the label, the learner's answer and the expected one,
// and the part's note below it.
void drawPartRows(const GradeResult& grade, const PartRows& rows);

// Draws the explanation, its picture and the citation of question (shared by both of the above).
void drawExplanation(const Question& question, const Bank& bank, PictureProvider* pictures = nullptr);

}  // namespace retain::ui
