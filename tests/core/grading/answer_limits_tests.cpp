// Limits on typed answers (issue 19, case 3): at most 2,000 characters, at most 8 combining marks on one
// character. "A" + 20,000 combining marks + "be" used to grade as "Abe".
#include <doctest/doctest.h>

#include "core/grading/answer_limits.hpp"
#include "core/grading/grader.hpp"
#include "grading_test_questions.hpp"

using namespace retain;
using retain::test::clozeQuestion;
using retain::test::gradeLine;
using retain::test::textQuestion;

namespace {

std::string repeated(const std::string& piece, int count) {
    std::string out;
    for (int i = 0; i < count; ++i) out += piece;
    return out;
}

}  // namespace

TEST_CASE("answer limits: 'A' + 20,000 combining marks + 'be' is refused, not graded as 'Abe'") {
    const Question question = textQuestion({"Abe"});
    const GradeResult result = gradeLine(question, "A" + repeated("\u0301", 20000) + "be");
    CHECK(result.verdict == Verdict::Refused);
    CHECK_FALSE(result.correct);
    CHECK(result.score == 0.0);
    CHECK(result.feedback.find("combining marks") != std::string::npos);
    CHECK(result.feedback.find("at most 8") != std::string::npos);
    CHECK(result.feedback.size() < 300);

    // A few marks are writing, not an attack: "Abé", and Vietnamese with two marks on one letter.
    CHECK(gradeLine(question, "Ab\u00e9").verdict != Verdict::Refused);
    CHECK(gradeLine(question, "A" + repeated("\u0301", kMaxCombiningMarksPerCharacter) + "be").verdict != Verdict::Refused);
    CHECK(gradeLine(question, "A" + repeated("\u0301", kMaxCombiningMarksPerCharacter + 1) + "be").verdict == Verdict::Refused);
}

TEST_CASE("answer limits: a typed answer over 2,000 characters is refused with its length") {
    const Question question = textQuestion({"Abe"});
    const GradeResult longer = gradeLine(question, std::string(kMaxTypedAnswerCodePoints + 1, 'a'));
    CHECK(longer.verdict == Verdict::Refused);
    CHECK(longer.feedback.find("2001 characters") != std::string::npos);
    CHECK(longer.feedback.find("2000") != std::string::npos);
    CHECK(gradeLine(question, std::string(kMaxTypedAnswerCodePoints, 'a')).verdict == Verdict::Wrong);
    // Counted in characters, not bytes: 2,000 Cyrillic letters are 4,000 bytes and fine.
    CHECK(gradeLine(question, repeated("\u0436", kMaxTypedAnswerCodePoints)).verdict == Verdict::Wrong);
}

TEST_CASE("answer limits: cloze gaps are checked too") {
    const Question question = clozeQuestion("{{1}} met {{2}}", {{"Abe"}, {"Putin"}});
    const GradeResult result = gradeLine(question, "A" + repeated("\u0301", 50) + "be | Putin");
    CHECK(result.verdict == Verdict::Refused);
    CHECK(result.feedback.find("combining marks") != std::string::npos);
}
