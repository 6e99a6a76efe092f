// Ordering (share of item pairs in the right relative order), matching (share of right pairs) and cloze
// (share of right gaps, each graded like a text answer).
#include <doctest/doctest.h>

#include "grading_test_questions.hpp"

using namespace retain;
using retain::test::gradeLine;

namespace {

struct ArrangementCase {
    const char* line;
    double score;
    Verdict verdict;
};

const ArrangementCase kOrderingCases[] = {
    {"1 2 3 4", 1.0, Verdict::Correct},
    {"1,2,3,4", 1.0, Verdict::Correct},
    {"1>2>3>4", 1.0, Verdict::Correct},
    {"2 1 3 4", 5.0 / 6.0, Verdict::PartlyCorrect},   // one neighbour swap: 5 of 6 pairs
    {"1 2 4 3", 5.0 / 6.0, Verdict::PartlyCorrect},
    {"4 1 2 3", 3.0 / 6.0, Verdict::PartlyCorrect},   // last moved first
    {"4 3 2 1", 0.0, Verdict::Wrong},                 // reversed
    {"3 4 1 2", 2.0 / 6.0, Verdict::PartlyCorrect},
    {"treaty 1956; visit 2016; summit 2018; forum 2018 (Sept)", 1.0, Verdict::Correct},
    {"visit 2016; treaty 1956; summit 2018; forum 2018 (Sept)", 5.0 / 6.0, Verdict::PartlyCorrect},
    {"1 2 3", 0.0, Verdict::Refused},                 // an item missing
    {"1 1 2 3", 0.0, Verdict::Refused},               // an item twice
    {"1 2 3 5", 0.0, Verdict::Refused},
    {"first; second", 0.0, Verdict::Refused},
    {"", 0.0, Verdict::Wrong},
};

}  // namespace

TEST_CASE("ordering: share of item pairs in the right relative order") {
    const Question question = retain::test::orderingQuestion({"Treaty 1956", "Visit 2016", "Summit 2018", "Forum 2018 (Sept)"});
    for (const ArrangementCase& row : kOrderingCases) {
        const std::string shown = row.line;
        CAPTURE(shown);
        const GradeResult result = gradeLine(question, row.line);
        CHECK(result.score == doctest::Approx(row.score));
        CHECK(result.verdict == row.verdict);
    }
    const GradeResult swapped = gradeLine(question, "2 1 3 4");
    REQUIRE(swapped.parts.size() == 4);
    CHECK(swapped.parts[0].given == "Visit 2016");
    CHECK(swapped.parts[0].expected == "Treaty 1956");
    CHECK_FALSE(swapped.parts[0].correct);
    CHECK(swapped.parts[2].correct);
    CHECK(swapped.suggested == Rating::Hard);   // partial credit of 5/6
    CHECK(gradeLine(question, "3 4 1 2").suggested == Rating::Again);  // partial credit of 1/3
}

namespace {

const ArrangementCase kMatchingCases[] = {
    {"1=1;2=2;3=3", 1.0, Verdict::Correct},
    {"1a 2b 3c", 1.0, Verdict::Correct},
    {"1-a, 2-b, 3-c", 1.0, Verdict::Correct},
    {"1->a; 2->b; 3->c", 1.0, Verdict::Correct},
    {"1:1; 2:2; 3:3", 1.0, Verdict::Correct},
    {"Abe = Prime Minister of Japan; Putin = President of Russia; Lavrov = Foreign Minister", 1.0, Verdict::Correct},
    {"1=2;2=1;3=3", 1.0 / 3.0, Verdict::PartlyCorrect},
    {"1b 2a 3c", 1.0 / 3.0, Verdict::PartlyCorrect},
    {"1=2;2=3;3=1", 0.0, Verdict::Wrong},
    {"1=1;2=2", 2.0 / 3.0, Verdict::PartlyCorrect},   // the third left unmatched
    {"1=1", 1.0 / 3.0, Verdict::PartlyCorrect},
    {"1=1;2=1;3=1", 1.0 / 3.0, Verdict::PartlyCorrect},
    {"1=9", 0.0, Verdict::Refused},
    {"abe is pm", 0.0, Verdict::Refused},
    {"", 0.0, Verdict::Wrong},
};

}  // namespace

TEST_CASE("matching: right pairs over all pairs") {
    const Question question = retain::test::matchingQuestion(
        {{"Abe", "Prime Minister of Japan"}, {"Putin", "President of Russia"}, {"Lavrov", "Foreign Minister"}});
    for (const ArrangementCase& row : kMatchingCases) {
        const std::string shown = row.line;
        CAPTURE(shown);
        const GradeResult result = gradeLine(question, row.line);
        CHECK(result.score == doctest::Approx(row.score));
        CHECK(result.verdict == row.verdict);
    }
    const GradeResult swapped = gradeLine(question, "1=2;2=1;3=3");
    REQUIRE(swapped.parts.size() == 3);
    CHECK(swapped.parts[0].note == "Abe");
    CHECK(swapped.parts[0].given == "President of Russia");
    CHECK(swapped.parts[0].expected == "Prime Minister of Japan");
    LearnerAnswer tooMany;
    tooMany.matches = {0, 1, 2, 0};
    CHECK(gradeAnswer(question, tooMany, 3).verdict == Verdict::Refused);
}

namespace {

const ArrangementCase kClozeCases[] = {
    {"USD 18 billion | 2017", 1.0, Verdict::Correct},
    {"18 billion|2017", 1.0, Verdict::Correct},
    {"$18bn; 2017", 1.0, Verdict::Correct},           // the same amount as an accepted answer
    {"18|2017", 1.0, Verdict::Correct},               // bare number in the scale of "18 billion"
    {"eighteen billion | 2017", 1.0, Verdict::Correct},
    {"19 billion | 2017", 0.5, Verdict::PartlyCorrect},
    {"18 billion | 2018", 0.5, Verdict::PartlyCorrect},
    {"18 billion", 0.5, Verdict::PartlyCorrect},      // second gap missing
    {"| 2017", 0.5, Verdict::PartlyCorrect},
    {"19 billion | 2016", 0.0, Verdict::Wrong},
    {"EUR 18 billion | 2017", 0.5, Verdict::PartlyCorrect},
    {"a | b | c", 0.0, Verdict::Refused},
    {"", 0.0, Verdict::Wrong},
};

}  // namespace

TEST_CASE("cloze: right gaps over all gaps") {
    const Question question =
        retain::test::clozeQuestion("Trade reached {{0}} in {{1}}.", {{"USD 18 billion", "18 billion"}, {"2017"}});
    for (const ArrangementCase& row : kClozeCases) {
        const std::string shown = row.line;
        CAPTURE(shown);
        const GradeResult result = gradeLine(question, row.line);
        CHECK(result.score == doctest::Approx(row.score));
        CHECK(result.verdict == row.verdict);
    }
    CHECK(gradeLine(question, "18 billion | 2017").expected == "Trade reached USD 18 billion in 2017.");
}

TEST_CASE("cloze gaps get typo tolerance and near misses like text answers") {
    const Question question = retain::test::clozeQuestion("Abe imagined the {{0}} as a {{1}}.",
                                                          {{"Sea of Japan", "Japan Sea"}, {"logistics highway"}});
    const GradeResult typo = gradeLine(question, "Sea of Japn | logistic highway");
    CHECK(typo.verdict == Verdict::Correct);
    CHECK(typo.parts[0].note.find("Sea of Japan") != std::string::npos);
    CHECK(gradeLine(question, "Japan Sea; logistics highway").verdict == Verdict::Correct);
    CHECK(gradeLine(question, "Sea of Japan | railway").verdict == Verdict::PartlyCorrect);
    const Question single = retain::test::clozeQuestion("Putin called for a {{0}} search.", {{"patient"}});
    CHECK(gradeLine(single, "patient").verdict == Verdict::Correct);
    CHECK(gradeLine(single, "pateint").verdict == Verdict::Correct);    // 7 letters: one edit tolerated
    CHECK(gradeLine(single, "paitent").verdict == Verdict::Correct);    // one swap
    CHECK(gradeLine(single, "patents").verdict == Verdict::NearMiss);   // two edits
    CHECK(gradeLine(single, "quick").verdict == Verdict::Wrong);
    // A single gap takes the whole line, separators included.
    const Question dated = retain::test::clozeQuestion("Signed in {{0}}.", {{"May 2018"}});
    CHECK(gradeLine(dated, "2018-05").verdict == Verdict::Correct);     // the same month
    CHECK(gradeLine(dated, "2018").verdict == Verdict::Wrong);
}
