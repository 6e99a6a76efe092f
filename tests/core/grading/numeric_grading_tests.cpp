// The numeric reader and grader: every equivalent form of "USD 18 billion" is right, near-but-wrong
// figures, scales and currencies are wrong, and unreadable input is refused.
#include <doctest/doctest.h>

#include <cmath>

#include "core/grading/numeric_parser.hpp"
#include "grading_test_questions.hpp"

using namespace retain;
using retain::test::gradeLine;

namespace {

struct NumberCase {
    const char* text;
    NumberStatus status;
    double value;           // checked when status is Ok
    const char* currency;   // checked when status is Ok
};

const NumberCase kNumbers[] = {
    {"18", NumberStatus::Ok, 18, ""},
    {"18 billion", NumberStatus::Ok, 18e9, ""},
    {"USD 18 billion", NumberStatus::Ok, 18e9, "USD"},
    {"$18bn", NumberStatus::Ok, 18e9, "USD"},
    {"US$ 18 bn", NumberStatus::Ok, 18e9, "USD"},
    {"18 bln", NumberStatus::Ok, 18e9, ""},
    {"18,000,000,000", NumberStatus::Ok, 18e9, ""},
    {"18 000 000 000", NumberStatus::Ok, 18e9, ""},
    {"18\u00a0000\u00a0000\u00a0000", NumberStatus::Ok, 18e9, ""},
    {"18'000'000'000", NumberStatus::Ok, 18e9, ""},
    {"18.000.000.000", NumberStatus::Ok, 18e9, ""},
    {"1.8e10", NumberStatus::Ok, 18e9, ""},
    {"18e9", NumberStatus::Ok, 18e9, ""},
    {"eighteen billion", NumberStatus::Ok, 18e9, ""},
    {"Eighteen Billion Dollars", NumberStatus::Ok, 18e9, "USD"},
    {"eleven", NumberStatus::Ok, 11, ""},
    {"11", NumberStatus::Ok, 11, ""},
    {"one hundred and twenty", NumberStatus::Ok, 120, ""},
    {"twenty-five", NumberStatus::Ok, 25, ""},
    {"twenty five thousand", NumberStatus::Ok, 25000, ""},
    {"two billion five hundred million", NumberStatus::Ok, 2.5e9, ""},
    {"a billion", NumberStatus::Ok, 1e9, ""},
    {"fifteen hundred", NumberStatus::Ok, 1500, ""},
    {"zero", NumberStatus::Ok, 0, ""},
    {"1.5 million", NumberStatus::Ok, 1.5e6, ""},
    {"1,5 million", NumberStatus::Ok, 1.5e6, ""},
    {"18,000.5", NumberStatus::Ok, 18000.5, ""},
    {"18k", NumberStatus::Ok, 18000, ""},
    {"18 thousand", NumberStatus::Ok, 18000, ""},
    {"3 trillion", NumberStatus::Ok, 3e12, ""},
    {"2 tn", NumberStatus::Ok, 2e12, ""},
    {"5 mln", NumberStatus::Ok, 5e6, ""},
    {"5m", NumberStatus::Ok, 5e6, ""},
    {"-3.5", NumberStatus::Ok, -3.5, ""},
    {".5", NumberStatus::Ok, 0.5, ""},
    {"\u20ac 7 bn", NumberStatus::Ok, 7e9, "EUR"},
    {"7 euros", NumberStatus::Ok, 7, "EUR"},
    {"\u00a5300", NumberStatus::Ok, 300, "JPY"},
    {"300 yen", NumberStatus::Ok, 300, "JPY"},
    {"JPY 300", NumberStatus::Ok, 300, "JPY"},
    {"\u20bd 40", NumberStatus::Ok, 40, "RUB"},
    {"40 roubles", NumberStatus::Ok, 40, "RUB"},
    {"40 rubles", NumberStatus::Ok, 40, "RUB"},
    {"RUB 40", NumberStatus::Ok, 40, "RUB"},
    {"about 18 billion", NumberStatus::Ok, 18e9, ""},
    {"~18bn", NumberStatus::Ok, 18e9, ""},
    {"\uff11\uff18", NumberStatus::Ok, 18, ""},  // full-width digits
    {"21st", NumberStatus::Ok, 21, ""},
    {"", NumberStatus::Empty, 0, ""},
    {"   \t ", NumberStatus::Empty, 0, ""},
    {"NaN", NumberStatus::NoNumber, 0, ""},
    {"inf", NumberStatus::NoNumber, 0, ""},
    {"-inf", NumberStatus::NoNumber, 0, ""},
    {"dollars", NumberStatus::NoNumber, 0, ""},
    {"1e999", NumberStatus::OutOfRange, 0, ""},
    {"1e308 trillion", NumberStatus::OutOfRange, 0, ""},
    {"18 or 19", NumberStatus::Several, 0, ""},
    {"18-19 billion", NumberStatus::Several, 0, ""},
    {"18 18", NumberStatus::Several, 0, ""},
    {"five five", NumberStatus::Unreadable, 0, ""},
    {"twenty twenty", NumberStatus::Unreadable, 0, ""},
    {"hundred", NumberStatus::Unreadable, 0, ""},
};

}  // namespace

TEST_CASE("numeric parser reads the usual forms of an amount") {
    for (const NumberCase& row : kNumbers) {
        const std::string shown = row.text;
        CAPTURE(shown);
        const ParsedNumber parsed = parseNumber(row.text);
        CHECK(parsed.status == row.status);
        if (row.status == NumberStatus::Ok) {
            CHECK(parsed.value == doctest::Approx(row.value).epsilon(1e-12));
            CHECK(parsed.currency == row.currency);
        }
    }
}

TEST_CASE("numeric parser keeps scale and unit apart") {
    const ParsedNumber parsed = parseNumber("USD 18 billion");
    CHECK(parsed.written == 18);
    CHECK(parsed.scale == 1e9);
    CHECK(parsed.hasScale);
    CHECK(parsed.scaleWord == "billion");
    CHECK(parsed.unit.empty());

    const ParsedNumber documents = parseNumber("11 Documents");
    CHECK(documents.unit == "documents");
    CHECK_FALSE(documents.hasScale);

    // A question's own unit is never read as a scale word: 5 m is 5 metres when "m" is the unit.
    const ParsedNumber metres = parseNumber("5 m", {"m"});
    CHECK(metres.value == 5);
    CHECK(metres.unit == "m");
    CHECK(parseNumber("5 m").value == 5e6);
}

TEST_CASE("currency codes of the usual spellings") {
    CHECK(currencyCode("$") == "USD");
    CHECK(currencyCode("US dollars") == "USD");
    CHECK(currencyCode("Roubles") == "RUB");
    CHECK(currencyCode("\u20ac") == "EUR");
    CHECK(currencyCode("documents").empty());
}

namespace {

struct GradeCase {
    const char* answer;
    Verdict verdict;
};

// Every equivalent form listed in the issue, and the near-but-wrong ones.
const GradeCase kTradeCases[] = {
    {"18", Verdict::Correct},                 // bare number in the scale of "USD 18 billion"
    {"18 billion", Verdict::Correct},
    {"USD 18 billion", Verdict::Correct},
    {"$18bn", Verdict::Correct},
    {"US$ 18 bn", Verdict::Correct},
    {"18 bln", Verdict::Correct},
    {"18,000,000,000", Verdict::Correct},
    {"18 000 000 000", Verdict::Correct},
    {"1.8e10", Verdict::Correct},
    {"eighteen billion", Verdict::Correct},
    {"18 billion dollars", Verdict::Correct},
    {"18 billion US dollars", Verdict::Correct},
    {"USD 18", Verdict::Correct},
    {"usd 18bn.", Verdict::Correct},
    {"about $18 billion", Verdict::Correct},
    {"18000000000", Verdict::Correct},
    {"19 billion", Verdict::Wrong},
    {"19", Verdict::Wrong},
    {"17.9 billion", Verdict::Wrong},
    {"18 million", Verdict::Wrong},
    {"18 trillion", Verdict::Wrong},
    {"18000", Verdict::Wrong},
    {"EUR 18 billion", Verdict::Wrong},
    {"\u20ac18bn", Verdict::Wrong},
    {"18 billion yen", Verdict::Wrong},
    {"18 billion roubles", Verdict::Wrong},
    {"18 billion documents", Verdict::Wrong},
    {"", Verdict::Wrong},
    {"NaN", Verdict::Refused},
    {"1e999", Verdict::Refused},
    {"18 or 19 billion", Verdict::Refused},
    {"eighteen eighteen", Verdict::Refused},
};

}  // namespace

TEST_CASE("numeric grading of USD 18 billion") {
    const Question question = retain::test::tradeQuestion();
    for (const GradeCase& row : kTradeCases) {
        const std::string shown = row.answer;
        CAPTURE(shown);
        const GradeResult result = gradeLine(question, row.answer);
        CHECK(result.verdict == row.verdict);
        CHECK(result.correct == (row.verdict == Verdict::Correct));
        CHECK(result.expected == "USD 18 billion");
    }
}

TEST_CASE("numeric feedback names a wrong currency and a wrong scale") {
    const Question question = retain::test::tradeQuestion();
    CHECK(gradeLine(question, "EUR 18 billion").feedback.find("not EUR") != std::string::npos);
    CHECK(gradeLine(question, "18 million").feedback.find("wrong scale") != std::string::npos);
    CHECK(gradeLine(question, "19 billion").feedback == "Wrong: the answer is USD 18 billion.");
}

namespace {

const GradeCase kDocumentCases[] = {
    {"11", Verdict::Correct},
    {"eleven", Verdict::Correct},
    {"Eleven documents", Verdict::Correct},
    {"11 documents", Verdict::Correct},
    {"11 document", Verdict::Correct},
    {"11 documnets", Verdict::Correct},  // a typo in the unit
    {"11 docs", Verdict::Wrong},
    {"11 islands", Verdict::Wrong},
    {"$11", Verdict::Wrong},
    {"12", Verdict::Wrong},
    {"twelve", Verdict::Wrong},
    {"10", Verdict::Wrong},
    {"11 billion", Verdict::Wrong},
    {"1.1e1", Verdict::Correct},
};

}  // namespace

TEST_CASE("numeric grading of a count with a unit") {
    const Question question = retain::test::documentsQuestion();
    for (const GradeCase& row : kDocumentCases) {
        const std::string shown = row.answer;
        CAPTURE(shown);
        CHECK(gradeLine(question, row.answer).verdict == row.verdict);
    }
    // Small values have no scale word in their display, so no bare-number reading in another scale.
    CHECK(gradeLine(question, "0.011 thousand").verdict == Verdict::Correct);
}

TEST_CASE("numeric tolerance, absolute and relative") {
    struct Row {
        double value, absolute, relative;
        const char* answer;
        bool right;
    };
    const Row rows[] = {
        {100, 0.5, 0, "100.5", true},  {100, 0.5, 0, "100.6", false}, {100, 0.5, 0, "99.5", true},
        {100, 0, 0.01, "101", true},   {100, 0, 0.01, "101.1", false}, {100, 0, 0, "100.0001", false},
        {100, 2, 0.01, "101.9", true}, {0.1, 0, 0, "0.1", true},        {18.1e9, 0, 0, "18.1 billion", true},
        {0, 0, 0, "0", true},          {0, 0, 0, "0.000001", false},   {-5, 0, 0, "-5", true},
    };
    for (const Row& row : rows) {
        const std::string shown = row.answer;
        CAPTURE(shown);
        CAPTURE(row.value);
        const GradeResult result = gradeLine(retain::test::numericQuestion(row.value, "", row.absolute, row.relative), row.answer);
        CHECK(result.correct == row.right);
    }
}

TEST_CASE("numeric percent unit accepts percent spelt out") {
    const Question question = retain::test::numericQuestion(40, "%");
    CHECK(gradeLine(question, "40%").correct);
    CHECK(gradeLine(question, "40 percent").correct);
    CHECK(gradeLine(question, "40 per cent").correct);
    CHECK(gradeLine(question, "40").correct);
    CHECK_FALSE(gradeLine(question, "40 km").correct);
}

TEST_CASE("numeric feedback says what was not understood: too small, hexadecimal, a fraction") {
    const Question question = retain::test::tradeQuestion();
    CHECK(parseNumber("1e-999").status == NumberStatus::TooSmall);
    CHECK(parseNumber("0.5e-400").status == NumberStatus::TooSmall);
    CHECK(parseNumber("1e999").status == NumberStatus::OutOfRange);
    CHECK(parseNumber("1e-300").status == NumberStatus::Ok);
    CHECK(parseNumber("0x10").status == NumberStatus::Hexadecimal);
    CHECK(parseNumber("0XfF").status == NumberStatus::Hexadecimal);
    CHECK(parseNumber("0 x 10").status == NumberStatus::Several);  // spaced: not a hexadecimal literal
    CHECK(parseNumber("\u00bd").status == NumberStatus::Fraction);
    CHECK(parseNumber("3/4").status == NumberStatus::Fraction);
    CHECK(parseNumber("2 \u00be billion").status == NumberStatus::Fraction);

    const std::string small = gradeLine(question, "1e-999").feedback;
    CHECK(gradeLine(question, "1e-999").verdict == Verdict::Refused);
    CHECK(small.find("too small") != std::string::npos);
    CHECK(small.find("zero") != std::string::npos);
    CHECK(small.find("too large") == std::string::npos);
    const std::string hex = gradeLine(question, "0x10").feedback;
    CHECK(hex.find("hexadecimal") != std::string::npos);
    CHECK(hex.find("range or a list") == std::string::npos);
    const std::string half = gradeLine(question, "\u00bd").feedback;
    CHECK(half.find("fraction") != std::string::npos);
    CHECK(half.find("decimal") != std::string::npos);
    CHECK(half.find("range or a list") == std::string::npos);
}
