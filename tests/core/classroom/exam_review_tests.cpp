// The review page before handing in an exam: every question with its answer or "(blank)", a number goes
// back, Enter alone never submits, and a paper with blanks needs "submit" twice in a row.
#include <doctest/doctest.h>

#include "classroom_test_support.hpp"
#include "core/classroom/exam_review.hpp"

using namespace retain;
using namespace retain::classroom_test;

namespace {

ExamAttempt threeQuestionAttempt(const Bank& bank) {
    return ExamAttempt(makeExam("Check", QuestionPick{{&bank}, {}, 3, 9, false}, 0), "Ana", kNoon);
}

}  // namespace

TEST_CASE("exam review: each question in the student's order, with the answer given or (blank)") {
    const Bank bank = makeChoiceBank("rev", 3, {"t"});
    ExamAttempt attempt = threeQuestionAttempt(bank);
    REQUIRE(attempt.answer(1, "rev beta", 1.0, kNoon + 1000));
    const std::vector<ExamReviewLine> lines = examReview(attempt);
    REQUIRE(lines.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(lines[static_cast<std::size_t>(i)].position == i);
        CHECK(lines[static_cast<std::size_t>(i)].prompt == attempt.questionAt(i).prompt);
    }
    CHECK(lines[0].answer == "(blank)");
    CHECK(lines[0].blank);
    CHECK(lines[1].answer == "rev beta");
    CHECK_FALSE(lines[1].blank);
    CHECK(lines[2].blank);
}

TEST_CASE("exam review: Enter alone never submits; numbers go back; blanks need submit twice") {
    const Bank bank = makeChoiceBank("rev", 3, {"t"});
    ExamAttempt attempt = threeQuestionAttempt(bank);
    CHECK(parseReviewCommand("", attempt, false).action == ReviewAction::ShowAgain);
    CHECK(parseReviewCommand("   ", attempt, true).action == ReviewAction::ShowAgain);  // not even after a warning

    const ReviewCommand back = parseReviewCommand(" 3 ", attempt, false);
    CHECK(back.action == ReviewAction::GoTo);
    CHECK(back.position == 2);
    const ReviewCommand outside = parseReviewCommand("4", attempt, false);
    CHECK(outside.action == ReviewAction::ShowAgain);
    CHECK(outside.message == "There is no question 4: the numbers go from 1 to 3.");
    CHECK(parseReviewCommand("0", attempt, false).action == ReviewAction::ShowAgain);
    CHECK(parseReviewCommand("sbumit", attempt, false).message == "'sbumit' is not a question number or 'submit'.");

    // A blank paper: the first submit only warns, the one right after it hands in.
    const ReviewCommand warn = parseReviewCommand("submit", attempt, false);
    CHECK(warn.action == ReviewAction::ConfirmBlank);
    CHECK(warn.message == "3 questions are blank. Type 'submit' again to hand in anyway, or a number to go back.");
    CHECK(parseReviewCommand("SUBMIT", attempt, true).action == ReviewAction::Submit);

    for (int position = 0; position < 3; ++position) REQUIRE(attempt.answer(position, "x", 0.0, kNoon + 1000));
    CHECK(parseReviewCommand("submit", attempt, false).action == ReviewAction::Submit);  // nothing blank: at once
}
