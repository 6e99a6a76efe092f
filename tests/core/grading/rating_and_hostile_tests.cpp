// Suggested ratings from score, time and hints; self-rated flashcards; hostile input for every type
// (empty, 10 kB, control characters, invalid UTF-8, NaN, 1e999) never crashes and never scores.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "grading_test_questions.hpp"

using namespace retain;

TEST_CASE("suggested rating from score, time and hint") {
    const GradingOptions options;  // Hard after 20 s, Easy within 5 s
    struct Row {
        double score;
        bool hint;
        double seconds;
        Rating rating;
    };
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const Row rows[] = {
        {0.0, false, 3, Rating::Again},  {0.0, true, 3, Rating::Again},   {0.2, false, 3, Rating::Again},
        {0.49, false, 3, Rating::Again}, {0.5, false, 3, Rating::Hard},   {0.9, false, 3, Rating::Hard},
        {1.0, false, 3, Rating::Easy},   {1.0, false, 5, Rating::Easy},   {1.0, false, 5.1, Rating::Good},
        {1.0, false, 20, Rating::Good},  {1.0, false, 20.5, Rating::Hard}, {1.0, true, 3, Rating::Hard},
        {1.0, false, nan, Rating::Good}, {1.0, false, -1, Rating::Good},  {nan, false, 3, Rating::Again},
    };
    for (const Row& row : rows) {
        CAPTURE(row.score);
        CAPTURE(row.seconds);
        CHECK(suggestRating(row.score, row.hint, row.seconds, options) == row.rating);
    }
    GradingOptions strict;
    strict.hardAfterSeconds = 8;
    strict.easyWithinSeconds = 2;
    CHECK(suggestRating(1.0, false, 9, strict) == Rating::Hard);
    CHECK(suggestRating(1.0, false, 3, strict) == Rating::Good);
}

TEST_CASE("gradeAnswer suggests the rating and honours the hint") {
    const Question question = retain::test::tradeQuestion();
    LearnerAnswer answer = parseAnswerText(question, "$18bn");
    CHECK(gradeAnswer(question, answer, 2).suggested == Rating::Easy);
    CHECK(gradeAnswer(question, answer, 12).suggested == Rating::Good);
    CHECK(gradeAnswer(question, answer, 40).suggested == Rating::Hard);
    answer.usedHint = true;
    CHECK(gradeAnswer(question, answer, 2).suggested == Rating::Hard);
    CHECK(gradeAnswer(question, parseAnswerText(question, "19 billion"), 2).suggested == Rating::Again);
    CHECK(gradeAnswer(question, parseAnswerText(question, "NaN"), 2).suggested == Rating::Again);
}

TEST_CASE("self-rated flashcards are not graded") {
    const Question question = retain::test::textQuestion({"Shinzo Abe"});
    LearnerAnswer answer;
    answer.selfRated = true;
    const GradeResult result = gradeAnswer(question, answer, 4);
    CHECK(result.verdict == Verdict::Refused);
    CHECK(result.suggested == Rating::Good);
    CHECK(result.score == 0);
    CHECK(result.expected == "Shinzo Abe");
}

TEST_CASE("verdict names") {
    CHECK(std::string(verdictName(Verdict::Correct)) == "correct");
    CHECK(std::string(verdictName(Verdict::PartlyCorrect)) == "partly_correct");
    CHECK(std::string(verdictName(Verdict::NearMiss)) == "near_miss");
    CHECK(std::string(verdictName(Verdict::Wrong)) == "wrong");
    CHECK(std::string(verdictName(Verdict::Refused)) == "refused");
}

namespace {

std::vector<Question> everyType() {
    using namespace retain::test;
    return {choiceQuestion({"Osaka", "Tokyo", "Kyoto"}, 1),
            multiQuestion({"Russia", "Japan", "China"}, {0, 2}),
            trueFalseQuestion(true),
            tradeQuestion(),
            dayQuestion(2018, 5, 25),
            textQuestion({"Shinzo Abe", "Abe"}),
            orderingQuestion({"one", "two", "three"}),
            matchingQuestion({{"a", "x"}, {"b", "y"}}),
            clozeQuestion("{{0}} and {{1}}", {{"alpha"}, {"beta"}})};
}

std::vector<std::string> hostileInputs() {
    std::string tenKb;
    for (int i = 0; i < 1000; ++i) tenKb += "abcdefghi ";
    std::string digits(10240, '9');
    std::string controls;
    for (char c = 1; c < 32; ++c) controls += c;
    return {"",
            tenKb,
            digits,
            controls,
            std::string("\xff\xfe\xc3\x28\xe2\x82", 6),
            std::string("\0\0\0", 3),
            "NaN",
            "nan billion",
            "-inf",
            "1e999",
            "1e-999",
            "\u202enoillib 81",
            "|||||||;;;;;;",
            "=;=;->",
            "99999999999999999999999999999999999999",
            "0x1p4",
            "\xf0\x9f\x98\x80\xf0\x9f\x98\x80"};
}

}  // namespace

TEST_CASE("hostile input never crashes and never earns credit") {
    for (const Question& question : everyType()) {
        CAPTURE(std::string(questionTypeName(question.type())));
        for (const std::string& input : hostileInputs()) {
            CAPTURE(input.size());
            const GradeResult result = gradeAnswer(question, parseAnswerText(question, input), 10);
            CHECK(result.score == 0.0);
            CHECK_FALSE(result.correct);
            CHECK(result.verdict != Verdict::Correct);
            CHECK_FALSE(result.feedback.empty());
            CHECK(result.feedback.size() < 400);   // quoted input is shortened
            CHECK(result.feedback.find('\n') == std::string::npos);
        }
    }
}

TEST_CASE("structured answers with indices out of range are refused") {
    const std::vector<Question> questions = everyType();
    LearnerAnswer wild;
    wild.selected = {-5, 1000};
    wild.order = {-1, 7, 7};
    wild.matches = {99, -7};
    wild.gaps = std::vector<std::string>(50, "x");
    wild.text = "x";
    for (const Question& question : questions) {
        CAPTURE(std::string(questionTypeName(question.type())));
        const GradeResult result = gradeAnswer(question, wild, 10);
        CHECK(result.score == 0.0);
        CHECK(result.score >= 0.0);
    }
}

TEST_CASE("a misspelled but accepted answer is suggested Good at most, never Easy") {
    const Question text = retain::test::textQuestion({"Shinzo Abe", "Abe Shinzo"});
    const Question cloze = retain::test::clozeQuestion("{{Vladivostok}} and {{Kurils}}", {{"Vladivostok"}, {"Kurils"}});
    struct Row {
        const Question* question;
        LearnerAnswer answer;
        double seconds;
        Rating suggested;
        bool misspelled;
    };
    LearnerAnswer exact;
    exact.text = "Shinzo Abe";
    LearnerAnswer typo;
    typo.text = "Shinzo Abbe";
    LearnerAnswer aliasTypo;
    aliasTypo.text = "Abe Shinzzo";
    LearnerAnswer gapsExact;
    gapsExact.gaps = {"Vladivostok", "Kurils"};
    LearnerAnswer gapsTypo;
    gapsTypo.gaps = {"Vladivostock", "Kurils"};
    const Row rows[] = {
        {&text, exact, 2.0, Rating::Easy, false},        // fast and exact: Easy
        {&text, typo, 2.0, Rating::Good, true},          // fast with a typo: capped at Good
        {&text, aliasTypo, 2.0, Rating::Good, true},
        {&text, typo, 10.0, Rating::Good, true},         // neither fast nor slow: Good anyway
        {&text, typo, 30.0, Rating::Hard, true},         // slow stays Hard (the cap only lowers)
        {&cloze, gapsExact, 2.0, Rating::Easy, false},
        {&cloze, gapsTypo, 2.0, Rating::Good, true},
    };
    for (const Row& row : rows) {
        const std::string shown = row.answer.text + "|" + (row.answer.gaps.empty() ? "" : row.answer.gaps.front());
        CAPTURE(shown);
        CAPTURE(row.seconds);
        const GradeResult result = gradeAnswer(*row.question, row.answer, row.seconds);
        CHECK(result.correct);
        CHECK(result.misspelled == row.misspelled);
        CHECK(result.suggested == row.suggested);
    }
}
