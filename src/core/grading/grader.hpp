// Grading: a learner's typed or clicked answer in, a verdict, a score, feedback and a suggested rating
// out, for every question type. The rules (tolerances, partial credit, ratings) are documented for
// teachers in docs/grading.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bank/question.hpp"
#include "core/types.hpp"

namespace retain {

// What the learner gave. Indices always refer to the question's original (unshuffled) order.
struct LearnerAnswer {
    std::string text;               // typed answer (numeric, date, text, true_false "true/false/yes/no/t/f");
                                    // parseAnswerText also keeps the raw line here for the other types
    std::vector<int> selected;      // choice/multi: indices into Question choices (original, unshuffled order)
    std::vector<int> order;         // ordering: item indices (original order) as the learner arranged them
    std::vector<int> matches;       // matching: for left i, index of the chosen right item (original order), -1 = none
    std::vector<std::string> gaps;  // cloze: one typed text per gap
    bool usedHint = false;
    bool selfRated = false;         // flashcard mode: learner revealed the answer and rates themself (score not graded)
};

// Parses a typed line into a LearnerAnswer for any type (CLI and terminal study): choice "2" (1-based) or
// "B" or the choice text; multi "1,3" or "A C"; ordering "3 1 2" (1-based item numbers as SHOWN in
// original order) or item texts split on ";"; matching "1=2;2=1" or "1b 2a"; cloze gaps split on "|" or
// ";"; true_false/numeric/date/text: the text as is. A line that cannot be read leaves the structured
// field empty (the grader then refuses it, since text is not empty).
LearnerAnswer parseAnswerText(const Question& question, std::string_view line);

struct PartFeedback {
    std::string given;
    std::string expected;
    bool correct = false;
    std::string note;
    std::string matched;  // the accepted form a right typed answer matched (an alias, say); "" otherwise.
                          // The feedback marks differences against it, not against the canonical answer.
};

// Refused: the grader gave no verdict: unreadable or ambiguous input (e.g. 05/06/2018), which the caller
// should ask again for, or a self-rated flashcard.
enum class Verdict { Correct, PartlyCorrect, NearMiss, Wrong, Refused };

// Returns "correct", "partly_correct", "near_miss", "wrong" or "refused".
const char* verdictName(Verdict verdict);

struct GradeResult {
    double score = 0;               // 0..1
    bool correct = false;           // score >= 1 (full credit)
    Verdict verdict = Verdict::Wrong;
    std::string feedback;           // one sentence for the learner ("Near miss: check the spelling of 'Kireeva'.")
    std::vector<PartFeedback> parts;// per gap/pair/item/choice
    std::string expected;           // the canonical answer written out for display
    Rating suggested = Rating::Again;  // Again / Hard / Good / Easy
    bool misspelled = false;        // credit given for a text within the typo tolerance: caps the suggestion at Good
};

struct GradingOptions {
    double hardAfterSeconds = 20;   // right but slower than this → Hard (seconds)
    double easyWithinSeconds = 5;   // right and at most this fast → Easy (seconds)
};

// Returns the rating to suggest: score 0 → Again; partial credit → Again below 0.5, else Hard; full credit
// → Hard after a hint or when slower than hardAfterSeconds, Easy within easyWithinSeconds, else Good.
// An unknown time (NaN or negative elapsedSeconds) is neither fast nor slow. gradeAnswer caps the
// suggestion at Good when the answer was misspelled (GradeResult::misspelled).
Rating suggestRating(double score, bool usedHint, double elapsedSeconds, const GradingOptions& options = {});

// Grades an answer; elapsedSeconds = time from showing the question to submitting it (seconds).
GradeResult gradeAnswer(const Question& question, const LearnerAnswer& answer, double elapsedSeconds,
                        const GradingOptions& options = {});

}  // namespace retain
