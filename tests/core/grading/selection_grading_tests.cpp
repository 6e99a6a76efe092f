// Choice, multi and true/false: reading typed selections and the partial-credit rule for multi.
#include <doctest/doctest.h>

#include "grading_test_questions.hpp"

using namespace retain;
using retain::test::gradeLine;

namespace {

struct SelectionCase {
    const char* line;
    std::vector<int> selected;   // expected parse
};

const SelectionCase kChoiceParses[] = {
    {"2", {1}},        {"B", {1}},          {"b", {1}},           {"b)", {1}},        {"2.", {1}},
    {"Tokyo", {1}},    {"tokyo", {1}},      {" TOKYO ", {1}},     {"Tokio", {1}},     {"Osaka", {0}},
    {"4", {}},         {"E", {}},           {"0", {}},            {"Paris", {}},      {"", {}},
    {"1 2", {}},       {"Kyoto", {2}},
};

}  // namespace

TEST_CASE("choice answers read as number, letter or text") {
    const Question question = retain::test::choiceQuestion({"Osaka", "Tokyo", "Kyoto"}, 1);
    for (const SelectionCase& row : kChoiceParses) {
        const std::string shown = row.line;
        CAPTURE(shown);
        CHECK(parseAnswerText(question, row.line).selected == row.selected);
    }
}

TEST_CASE("choice grading") {
    const Question question = retain::test::choiceQuestion({"Osaka", "Tokyo", "Kyoto"}, 1);
    CHECK(gradeLine(question, "2").verdict == Verdict::Correct);
    CHECK(gradeLine(question, "Tokyo").verdict == Verdict::Correct);
    const GradeResult wrong = gradeLine(question, "A");
    CHECK(wrong.verdict == Verdict::Wrong);
    CHECK(wrong.feedback == "Wrong: you chose 'Osaka'; the answer is 'Tokyo'.");
    CHECK(gradeLine(question, "Paris").verdict == Verdict::Refused);
    CHECK(gradeLine(question, "").verdict == Verdict::Wrong);
    LearnerAnswer outOfRange;
    outOfRange.selected = {7};
    CHECK(gradeAnswer(question, outOfRange, 3).verdict == Verdict::Refused);
    LearnerAnswer two;
    two.selected = {0, 1};
    CHECK(gradeAnswer(question, two, 3).verdict == Verdict::Refused);
}

TEST_CASE("a number that is also another choice's text is ambiguous") {
    const Question question = retain::test::choiceQuestion({"3", "1", "2"}, 0);
    CHECK(parseAnswerText(question, "3").selected.empty());   // position 3 is "2", text "3" is choice 1
    CHECK(gradeLine(question, "3").verdict == Verdict::Refused);
    CHECK(parseAnswerText(question, "A").selected == std::vector<int>{0});
}

namespace {

const SelectionCase kMultiParses[] = {
    {"1,3", {0, 2}},           {"1 3", {0, 2}},          {"A C", {0, 2}},         {"a,c", {0, 2}},
    {"ac", {0, 2}},            {"3, 1", {0, 2}},         {"1 and 3", {0, 2}},     {"1,1,3", {0, 2}},
    {"Russia; China", {0, 2}}, {"russia, china", {0, 2}}, {"Rusia; Chna", {0, 2}}, {"Japan", {1}},
    {"1,5", {}},               {"Russia; Paris", {}},     {"", {}},
};

}  // namespace

TEST_CASE("multi answers read as numbers, letters or texts") {
    const Question question = retain::test::multiQuestion({"Russia", "Japan", "China", "India"}, {0, 2});
    for (const SelectionCase& row : kMultiParses) {
        const std::string shown = row.line;
        CAPTURE(shown);
        CHECK(parseAnswerText(question, row.line).selected == row.selected);
    }
}

TEST_CASE("multi partial credit: +1/k per right choice, -1/k per wrong, floored at 0") {
    // Right: Russia, China (k = 2) among four.
    const Question question = retain::test::multiQuestion({"Russia", "Japan", "China", "India"}, {0, 2});
    struct Row {
        const char* line;
        double score;
        Verdict verdict;
    };
    const Row rows[] = {
        {"1,3", 1.0, Verdict::Correct},       {"1", 0.5, Verdict::PartlyCorrect}, {"3", 0.5, Verdict::PartlyCorrect},
        {"1,2", 0.0, Verdict::Wrong},         {"1,2,3", 0.5, Verdict::PartlyCorrect}, {"1,2,3,4", 0.0, Verdict::Wrong},
        {"2,4", 0.0, Verdict::Wrong},         {"2", 0.0, Verdict::Wrong},         {"", 0.0, Verdict::Wrong},
        {"Paris", 0.0, Verdict::Refused},
    };
    for (const Row& row : rows) {
        const std::string shown = row.line;
        CAPTURE(shown);
        const GradeResult result = gradeLine(question, row.line);
        CHECK(result.score == doctest::Approx(row.score));
        CHECK(result.verdict == row.verdict);
    }
    const GradeResult partial = gradeLine(question, "1,2,3");
    REQUIRE(partial.parts.size() == 3);  // India, neither picked nor right, has no row
    CHECK(partial.parts[1].note == "not one of the answers");
    CHECK_FALSE(partial.parts[1].correct);
    CHECK(partial.parts[0].correct);
    CHECK(partial.expected == "Russia, China");
    // Three right choices: each is worth a third.
    const Question three = retain::test::multiQuestion({"a1", "b2", "c3", "d4"}, {0, 1, 2});
    CHECK(gradeLine(three, "1,2").score == doctest::Approx(2.0 / 3.0));
    CHECK(gradeLine(three, "1,2,4").score == doctest::Approx(1.0 / 3.0));
}

TEST_CASE("multi: ticking every box scores 0 unless every choice is right (docs/grading.md)") {
    struct Row {
        std::vector<std::string> choices;
        std::vector<int> right;
        const char* line;
        double score;
        Verdict verdict;
    };
    const Row rows[] = {
        {{"a1", "b2", "c3", "d4"}, {0, 1, 2}, "1,2,3,4", 0.0, Verdict::Wrong},          // would be 2/3 by the sum
        {{"a1", "b2", "c3"}, {0, 1}, "1,2,3", 0.0, Verdict::Wrong},                    // would be 1/2
        {{"a1", "b2", "c3", "d4"}, {0, 1, 2}, "1,2,3", 1.0, Verdict::Correct},         // the right set
        {{"a1", "b2", "c3", "d4"}, {0, 1, 2}, "1,2", 2.0 / 3.0, Verdict::PartlyCorrect},
        {{"a1", "b2"}, {0, 1}, "1,2", 1.0, Verdict::Correct},                          // every choice right
    };
    for (const Row& row : rows) {
        const std::string shown = row.line;
        CAPTURE(shown);
        const GradeResult result = gradeLine(retain::test::multiQuestion(row.choices, row.right), row.line);
        CHECK(result.score == doctest::Approx(row.score));
        CHECK(result.verdict == row.verdict);
    }
}

TEST_CASE("true/false answers") {
    struct Row {
        const char* line;
        Verdict whenTrue;   // verdict when the statement is true
    };
    const Row rows[] = {
        {"true", Verdict::Correct}, {"True", Verdict::Correct}, {"T", Verdict::Correct},   {"yes", Verdict::Correct},
        {"y", Verdict::Correct},    {"correct", Verdict::Correct}, {" TRUE. ", Verdict::Correct}, {"false", Verdict::Wrong},
        {"f", Verdict::Wrong},      {"no", Verdict::Wrong},     {"N", Verdict::Wrong},      {"incorrect", Verdict::Wrong},
        {"maybe", Verdict::Refused}, {"", Verdict::Wrong},       {"truth", Verdict::Refused},
    };
    const Question isTrue = retain::test::trueFalseQuestion(true);
    const Question isFalse = retain::test::trueFalseQuestion(false);
    for (const Row& row : rows) {
        const std::string shown = row.line;
        CAPTURE(shown);
        CHECK(gradeLine(isTrue, row.line).verdict == row.whenTrue);
        Verdict whenFalse = row.whenTrue;
        if (row.whenTrue == Verdict::Correct) whenFalse = Verdict::Wrong;
        else if (row.whenTrue == Verdict::Wrong && std::string(row.line) != "") whenFalse = Verdict::Correct;
        CHECK(gradeLine(isFalse, row.line).verdict == whenFalse);
    }
    LearnerAnswer clicked;
    clicked.selected = {1};  // "False" clicked
    CHECK(gradeAnswer(isFalse, clicked, 3).verdict == Verdict::Correct);
    CHECK(gradeAnswer(isTrue, clicked, 3).verdict == Verdict::Wrong);
    CHECK(gradeLine(isTrue, "no").expected == "True");
}
