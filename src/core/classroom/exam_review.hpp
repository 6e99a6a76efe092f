// The "review your answers" page of an exam: before handing in, the student sees every question with the
// answer given or "(blank)" and may go back to one. Submitting is always a deliberate command: Enter
// alone (as after the last question) shows the page again, and a paper with blanks needs "submit" twice
// in a row, so an Enter too many never hands in a blank paper. Used by `retain exam`; rules in
// docs/classroom_lists.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/classroom/exam.hpp"

namespace retain {

// One line of the review page.
struct ExamReviewLine {
    int position = 0;    // shown position, 0-based (printed 1-based)
    std::string prompt;  // the question's prompt
    std::string answer;  // the answer in the bank's terms, or "(blank)"
    bool blank = true;   // no answer given
};

// Returns the review page of attempt: one line per question in the student's (shown) order.
std::vector<ExamReviewLine> examReview(const ExamAttempt& attempt);

// What a line typed on the review page asks for.
enum class ReviewAction {
    ShowAgain,     // Enter alone, or an unknown word: show the page (with message) again
    GoTo,          // go back to the question at position
    ConfirmBlank,  // "submit" with blanks, not yet confirmed: say how many are blank and ask again
    Submit         // hand the paper in
};

struct ReviewCommand {
    ReviewAction action = ReviewAction::ShowAgain;
    int position = -1;     // GoTo: shown position, 0-based
    std::string message;   // what to tell the student ("" for Submit and GoTo)
};

// Reads line (surrounding blanks ignored): a question number 1..size goes back to it; "submit" (any case)
// submits when nothing is blank or when blankConfirmPending (the previous command was a ConfirmBlank),
// else asks for confirmation; anything else, including an empty line, shows the page again.
ReviewCommand parseReviewCommand(std::string_view line, const ExamAttempt& attempt, bool blankConfirmPending);

}  // namespace retain
