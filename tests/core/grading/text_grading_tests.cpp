// Normalisation, Damerau–Levenshtein, typo tolerance and text answers: aliases, typos that grow with
// length, near misses, case-sensitive and exact answers, the wrong person.
#include <doctest/doctest.h>

#include "core/grading/normalize.hpp"
#include "core/grading/text_match.hpp"
#include "grading_test_questions.hpp"

using namespace retain;
using retain::test::gradeLine;

TEST_CASE("normalisation unifies what readers call the same") {
    struct Row {
        const char* text;
        const char* plain;    // normalizeText
        const char* answer;   // normalizeAnswer
    };
    const Row rows[] = {
        {"Shinz\u014d Abe", "shinzo abe", "shinzo abe"},
        {"  SHINZO   ABE ", "shinzo abe", "shinzo abe"},
        {"Russia\u2013Japan", "russia-japan", "russia-japan"},
        {"Russia\u2014Japan", "russia-japan", "russia-japan"},
        {"Russia\u2212Japan", "russia-japan", "russia-japan"},
        {"\u201cgigantic\u201d", "\"gigantic\"", "gigantic"},
        {"\u00abgigantic\u00bb", "\"gigantic\"", "gigantic"},
        {"Putin\u2019s", "putin's", "putin's"},
        {"The Bolshoi", "the bolshoi", "bolshoi"},
        {"the Bolshoi Theatre.", "the bolshoi theatre.", "bolshoi theatre"},
        {"An apple", "an apple", "apple"},
        {"a", "a", "a"},
        {"The", "the", "the"},
        {"Thea", "thea", "thea"},
        {"\uff21\uff22\uff23", "abc", "abc"},                // full-width letters (NFKC)
        {"\ufb01nance", "finance", "finance"},               // ligature (NFKC)
        {"Stra\u00dfe", "strasse", "strasse"},               // case folding of sharp s
        {"tab\there\nnewline", "tab here newline", "tab here newline"},
        {"zero\u200bwidth", "zerowidth", "zerowidth"},
        {"soft\u00adhyphen", "softhyphen", "softhyphen"},
        {"\u0415\u0301\u043b\u044c\u0446\u0438\u043d", "\u0435\u043b\u044c\u0446\u0438\u043d", "\u0435\u043b\u044c\u0446\u0438\u043d"},
        {"...?!", "...?!", "...?!"},
        {"", "", ""},
    };
    for (const Row& row : rows) {
        const std::string shown = row.text;
        CAPTURE(shown);
        CHECK(normalizeText(row.text) == row.plain);
        CHECK(normalizeAnswer(row.text) == row.answer);
    }
    CHECK(normalizeAnswer("The Hague", true) == "Hague");
    // Found by the fuzz target: NFKC turns U+0149 into U+02BC n, a quote kind that must be unified too,
    // so that normalising twice changes nothing.
    const std::string apostropheN = normalizeText("Shinz\u0149 Abe");
    CHECK(apostropheN == "shinz'n abe");
    CHECK(normalizeText(apostropheN) == apostropheN);
    CHECK(normalizeText("MGIMO", NormalizeOptions{false, false}) == "MGIMO");
}

TEST_CASE("invalid UTF-8 is repaired, not passed on") {
    const std::string broken = std::string("ab\xff\xfe") + "c\xc3";
    const std::string repaired = repairUtf8(broken);
    CHECK(repaired == "ab\ufffd\ufffdc\ufffd");
    CHECK(normalizeText(broken) == "ab\ufffd\ufffdc\ufffd");
    CHECK(toUtf8(toCodePoints(repaired)) == repaired);
}

TEST_CASE("Damerau-Levenshtein distance with a limit") {
    struct Row {
        const char32_t* a;
        const char32_t* b;
        std::size_t limit;
        std::size_t distance;
    };
    const Row rows[] = {
        {U"kireeva", U"kireeva", 2, 0}, {U"kireeva", U"kireva", 2, 1},  {U"kireeva", U"kiraeve", 2, 2},
        {U"abe", U"aeb", 2, 1},         {U"abe", U"abbe", 2, 1},        {U"ca", U"abc", 3, 3},
        {U"", U"abc", 5, 3},            {U"abc", U"", 5, 3},            {U"putin", U"medvedev", 2, 3},
        {U"abcdef", U"abcdefghij", 2, 3}, {U"\u00e9t\u00e9", U"ete", 3, 2}, {U"kitten", U"sitting", 5, 3},
    };
    for (const Row& row : rows) {
        CAPTURE(row.limit);
        CHECK(damerauLevenshtein(row.a, row.b, row.limit) == row.distance);
        CHECK(damerauLevenshtein(row.b, row.a, row.limit) == row.distance);
    }
}

TEST_CASE("typo tolerance grows with length") {
    CHECK(typoTolerance(1) == 0);
    CHECK(typoTolerance(4) == 0);
    CHECK(typoTolerance(5) == 1);
    CHECK(typoTolerance(8) == 1);
    CHECK(typoTolerance(9) == 2);
    CHECK(typoTolerance(400) == 2);
}

namespace {

struct TextCase {
    const char* answer;
    Verdict verdict;
};

// accepted: Anna Kireeva (canonical), Kireeva, Kireeva Anna, A. Kireeva
const TextCase kKireevaCases[] = {
    {"Anna Kireeva", Verdict::Correct},  {"anna kireeva", Verdict::Correct},  {"Kireeva", Verdict::Correct},
    {"Kireeva Anna", Verdict::Correct},  {"A. Kireeva", Verdict::Correct},    {"  ANNA   KIREEVA. ", Verdict::Correct},
    {"Kireva", Verdict::Correct},        {"Kirreva", Verdict::Correct},       {"Anna Kirewa", Verdict::Correct},
    {"Ana Kirieva", Verdict::Correct},   {"Kirejeva", Verdict::Correct},      {"Kirejewa", Verdict::NearMiss},
    {"Kiriyeva", Verdict::NearMiss},     {"Anna Karenina", Verdict::Wrong},   {"Kireev", Verdict::Correct},
    {"Dmitry Trenin", Verdict::Wrong},   {"", Verdict::Wrong},                {"Anna", Verdict::Wrong},
};

// accepted: Shinzo Abe, Abe, Abe Shinzo, Shinzō Abe
const TextCase kAbeCases[] = {
    {"Shinzo Abe", Verdict::Correct}, {"Abe", Verdict::Correct},        {"abe", Verdict::Correct},
    {"Abe Shinzo", Verdict::Correct}, {"Shinz\u014d Abe", Verdict::Correct}, {"Shinzo Abé", Verdict::Correct},
    {"Abbe", Verdict::NearMiss},      {"Ab", Verdict::NearMiss},        {"Shinzo Abbe", Verdict::Correct},
    {"Vladimir Putin", Verdict::Wrong}, {"Fumio Kishida", Verdict::Wrong}, {"Aso", Verdict::Wrong},
    {"the Abe", Verdict::Correct},    {"Mr Abe", Verdict::Correct},  // a title is set aside (answer_forms)
};

void checkText(const Question& question, const TextCase* first, const TextCase* last) {
    for (const TextCase* row = first; row != last; ++row) {
        const std::string shown = row->answer;
        CAPTURE(shown);
        const GradeResult result = gradeLine(question, row->answer);
        CHECK(result.verdict == row->verdict);
        CHECK(result.score == (row->verdict == Verdict::Correct ? 1.0 : 0.0));
    }
}

}  // namespace

TEST_CASE("text grading: aliases, typos and near misses") {
    checkText(retain::test::textQuestion({"Anna Kireeva", "Kireeva", "Kireeva Anna", "A. Kireeva"}), std::begin(kKireevaCases),
              std::end(kKireevaCases));
    checkText(retain::test::textQuestion({"Shinzo Abe", "Abe", "Abe Shinzo", "Shinz\u014d Abe"}), std::begin(kAbeCases),
              std::end(kAbeCases));
}

TEST_CASE("text feedback names the right spelling") {
    const Question question = retain::test::textQuestion({"Anna Kireeva", "Kireeva"});
    const GradeResult typo = gradeLine(question, "Kireva");
    CHECK(typo.correct);
    CHECK(typo.feedback == "Correct, but check the spelling: 'Kireeva'.");
    const GradeResult near = gradeLine(question, "Kiriyeva");
    CHECK_FALSE(near.correct);
    CHECK(near.feedback == "Near miss: check the spelling of 'Kireeva'.");
    CHECK(gradeLine(question, "Trenin").feedback == "Wrong: the answer is 'Anna Kireeva'.");
    CHECK(gradeLine(question, "Trenin").expected == "Anna Kireeva");
}

TEST_CASE("a right answer carries the accepted form it matched, so feedback is compared with that form") {
    const Question question = retain::test::textQuestion({"Shinzo Abe", "Abe Shinzo", "Abe"});
    struct Row {
        const char* answer;
        bool correct;
        const char* matched;  // "" when the answer earned nothing
    };
    const Row rows[] = {
        {"Shinzo Abe", true, "Shinzo Abe"},  {"Abe Shinzo", true, "Abe Shinzo"}, {"abe shinzo", true, "Abe Shinzo"},
        {"Abe Shinzzo", true, "Abe Shinzo"}, {"Abe", true, "Abe"},               {"Putin", false, ""},
    };
    for (const Row& row : rows) {
        const std::string shown = row.answer;
        CAPTURE(shown);
        const GradeResult result = gradeLine(question, row.answer);
        CHECK(result.correct == row.correct);
        REQUIRE(result.parts.size() == 1);
        CHECK(result.parts[0].matched == row.matched);
        CHECK(result.parts[0].expected == "Shinzo Abe");  // the canonical answer is still named
    }
    const Question cloze = retain::test::clozeQuestion("{{St Petersburg}}", {{"St Petersburg", "Saint Petersburg"}});
    const GradeResult gap = gradeLine(cloze, "Saint Petersburg");
    REQUIRE(gap.parts.size() == 1);
    CHECK(gap.parts[0].matched == "Saint Petersburg");
}

TEST_CASE("text answers without typo tolerance and case-sensitive ones") {
    const Question exact = retain::test::textQuestion({"Yamal LNG"}, false);
    CHECK(gradeLine(exact, "yamal lng").verdict == Verdict::Correct);
    CHECK(gradeLine(exact, "Yamal LGN").verdict == Verdict::NearMiss);
    CHECK(gradeLine(exact, "Yamel LGN").verdict == Verdict::Wrong);

    const Question cased = retain::test::textQuestion({"pH"}, true, true);
    CHECK(gradeLine(cased, "pH").verdict == Verdict::Correct);
    const GradeResult capitals = gradeLine(cased, "PH");
    CHECK(capitals.verdict == Verdict::NearMiss);
    CHECK(capitals.feedback.find("capitals") != std::string::npos);
}

TEST_CASE("digits are never typos") {
    const Question question = retain::test::textQuestion({"G7 summit"});
    CHECK(gradeLine(question, "G7 sumit").verdict == Verdict::Correct);
    CHECK(gradeLine(question, "G8 summit").verdict == Verdict::Wrong);
    const Question year = retain::test::textQuestion({"in the year 2018"});
    CHECK(gradeLine(year, "in the year 2017").verdict == Verdict::Wrong);
}
