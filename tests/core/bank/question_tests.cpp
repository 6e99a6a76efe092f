// The question model's own functions: type names, lookup, problem format and the written-out answers.
#include <doctest/doctest.h>

#include "core/bank/problem.hpp"
#include "core/bank/question.hpp"

using namespace retain;

TEST_CASE("question type names round-trip and unknown names are refused") {
    for (std::size_t t = 0; t < kQuestionTypeCount; ++t) {
        const auto type = static_cast<QuestionType>(t);
        QuestionType parsed = QuestionType::Choice;
        CHECK(parseQuestionType(questionTypeName(type), parsed));
        CHECK(parsed == type);
    }
    QuestionType parsed = QuestionType::Date;
    CHECK_FALSE(parseQuestionType("truefalse", parsed));
    CHECK_FALSE(parseQuestionType("Choice", parsed));
    CHECK(parsed == QuestionType::Date);
    CHECK(std::string(questionTypeName(QuestionType::TrueFalse)) == "true_false");
}

TEST_CASE("each QuestionType names the answer alternative of its own type") {
    // The enum and the variant are two lists in registry.hpp; a type written at different positions in
    // them would give a question of one type the answer of another.
    CHECK(std::holds_alternative<ChoiceAnswer>(emptyAnswerOf(QuestionType::Choice)));
    CHECK(std::holds_alternative<MultiAnswer>(emptyAnswerOf(QuestionType::Multi)));
    CHECK(std::holds_alternative<TrueFalseAnswer>(emptyAnswerOf(QuestionType::TrueFalse)));
    CHECK(std::holds_alternative<NumericAnswer>(emptyAnswerOf(QuestionType::Numeric)));
    CHECK(std::holds_alternative<DateAnswer>(emptyAnswerOf(QuestionType::Date)));
    CHECK(std::holds_alternative<TextAnswer>(emptyAnswerOf(QuestionType::Text)));
    CHECK(std::holds_alternative<OrderingAnswer>(emptyAnswerOf(QuestionType::Ordering)));
    CHECK(std::holds_alternative<MatchingAnswer>(emptyAnswerOf(QuestionType::Matching)));
    CHECK(std::holds_alternative<ClozeAnswer>(emptyAnswerOf(QuestionType::Cloze)));
    for (std::size_t t = 0; t < kQuestionTypeCount; ++t) {
        const auto type = static_cast<QuestionType>(t);
        const AnswerSpec answer = emptyAnswerOf(type);
        CHECK(answer.index() == t);
        Question question;
        question.answer = answer;
        CHECK(question.type() == type);
    }
    CHECK(std::string(questionTypeName(QuestionType::Cloze)) == "cloze");
    CHECK(std::string(questionTypeName(QuestionType::Numeric)) == "numeric");
}

TEST_CASE("Bank::find returns the question with that id or nullptr") {
    Bank bank;
    bank.questions.resize(2);
    bank.questions[0].id = "a";
    bank.questions[1].id = "b";
    REQUIRE(bank.find("b") != nullptr);
    CHECK(bank.find("b") == &bank.questions[1]);
    CHECK(bank.find("c") == nullptr);
}

TEST_CASE("Problem::format leaves out a zero line or column") {
    Problem problem{"bank.yaml", 12, 5, Severity::Error, "unknown key 'x'"};
    CHECK(problem.format() == "bank.yaml:12:5: error: unknown key 'x'");
    problem.column = 0;
    problem.severity = Severity::Warning;
    CHECK(problem.format() == "bank.yaml:12: warning: unknown key 'x'");
    problem.line = 0;
    CHECK(problem.format() == "bank.yaml: warning: unknown key 'x'");
}

namespace {

Question withAnswer(AnswerSpec answer) {
    Question question;
    question.answer = std::move(answer);
    return question;
}

NumericAnswer numeric(double value, std::string unit) {
    NumericAnswer answer;
    answer.value = value;
    answer.unit = std::move(unit);
    return answer;
}

DateAnswer date(CalendarDate from, CalendarDate to, DatePrecision precision) {
    DateAnswer answer;
    answer.from = from;
    answer.to = to;
    answer.precision = precision;
    return answer;
}

}  // namespace

TEST_CASE("expectedAnswerText writes numbers with scale words, grouping and units") {
    struct Case {
        double value;
        const char* unit;
        const char* expected;
    };
    const Case cases[] = {
        {18e9, "USD", "USD 18 billion"},   {11, "documents", "11 documents"}, {1.5e9, "USD", "USD 1.5 billion"},
        {2.5e6, "", "2.5 million"},         {1234567, "", "1,234,567"},        {12500, "tonnes", "12,500 tonnes"},
        {1956, "", "1956"},                 {0.25, "", "0.25"},                {30, "%", "30%"},
        {-4e12, "JPY", "JPY -4 trillion"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.expected);
        CHECK(expectedAnswerText(withAnswer(numeric(c.value, c.unit))) == c.expected);
    }
}

TEST_CASE("expectedAnswerText writes dates and ranges at their precision") {
    using P = DatePrecision;
    CHECK(expectedAnswerText(withAnswer(date({2018, 5, 26}, {2018, 5, 26}, P::Day))) == "May 26, 2018");
    CHECK(expectedAnswerText(withAnswer(date({2018, 5, 25}, {2018, 5, 26}, P::Day))) == "May 25\u201326, 2018");
    CHECK(expectedAnswerText(withAnswer(date({2018, 5, 30}, {2018, 6, 2}, P::Day))) == "May 30 \u2013 June 2, 2018");
    CHECK(expectedAnswerText(withAnswer(date({2018, 12, 30}, {2019, 1, 2}, P::Day))) ==
          "December 30, 2018 \u2013 January 2, 2019");
    CHECK(expectedAnswerText(withAnswer(date({2018, 5, 0}, {2018, 5, 0}, P::Month))) == "May 2018");
    CHECK(expectedAnswerText(withAnswer(date({2018, 5, 0}, {2018, 6, 0}, P::Month))) == "May\u2013June 2018");
    CHECK(expectedAnswerText(withAnswer(date({2018, 0, 0}, {2018, 0, 0}, P::Year))) == "2018");
    CHECK(expectedAnswerText(withAnswer(date({2016, 0, 0}, {2018, 0, 0}, P::Year))) == "2016\u20132018");
}

TEST_CASE("expectedAnswerText writes every other type") {
    CHECK(expectedAnswerText(withAnswer(ChoiceAnswer{{"Osaka", "Tokyo"}, 1, true})) == "Tokyo");
    CHECK(expectedAnswerText(withAnswer(MultiAnswer{{"A", "B", "C"}, {0, 2}, true})) == "A, C");
    CHECK(expectedAnswerText(withAnswer(TrueFalseAnswer{false})) == "False");
    CHECK(expectedAnswerText(withAnswer(TextAnswer{{"Shinzo Abe", "Abe"}, true, false})) == "Shinzo Abe");
    CHECK(expectedAnswerText(withAnswer(OrderingAnswer{{"A", "B", "C"}})) == "1. A  2. B  3. C");
    CHECK(expectedAnswerText(withAnswer(MatchingAnswer{{{"A", "B"}, {"C", "D"}}})) == "A \u2192 B; C \u2192 D");
    ClozeAnswer cloze{"Trade reached {{0}} in {{1}}.", {ClozeGap{{"USD 18 billion", "18 billion"}}, ClozeGap{{"2017"}}}};
    CHECK(expectedAnswerText(withAnswer(cloze)) == "Trade reached USD 18 billion in 2017.");
}
