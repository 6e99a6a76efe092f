// Answers written out in the bank's terms, whatever order the options were shown in.
#include <doctest/doctest.h>

#include "classroom_test_support.hpp"
#include "core/classroom/answer_text.hpp"
#include "core/session/shown_order.hpp"

using namespace retain;

TEST_CASE("classroom: a shown choice number is stored as the choice's text") {
    const Question question = classroom_test::makeChoiceQuestion("q", "t");
    const ShownOrder order = makeShownOrder(question, 42);
    REQUIRE(order.choices.size() == 4);
    // Typing "1" picks whatever was shown first; the stored text is that choice, not "1" or "A".
    const LearnerAnswer answer = parseShownAnswer(question, order, "1");
    const auto& choices = std::get<ChoiceAnswer>(question.answer).choices;
    CHECK(answerInBankTerms(question, answer) == choices[static_cast<std::size_t>(order.choices[0])]);
    CHECK(answerInBankTerms(question, LearnerAnswer{}) == "");
}

TEST_CASE("classroom: multi, matching and typed answers in the bank's terms") {
    Question multi;
    multi.answer = MultiAnswer{{"red", "green", "blue"}, {0, 2}, true};
    LearnerAnswer picked;
    picked.selected = {2, 0, 7};
    CHECK(answerInBankTerms(multi, picked) == "blue; red");

    Question matching;
    matching.answer = MatchingAnswer{{{"Tokyo", "Japan"}, {"Moscow", "Russia"}}};
    LearnerAnswer matched;
    matched.matches = {1, -1};
    CHECK(answerInBankTerms(matching, matched) == "Tokyo = Russia");

    Question numeric;
    numeric.answer = NumericAnswer{};
    LearnerAnswer typed;
    typed.text = "18 bn";
    CHECK(answerInBankTerms(numeric, typed) == "18 bn");
}
