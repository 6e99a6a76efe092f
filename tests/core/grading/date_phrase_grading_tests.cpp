// Periods of a year in words (core/grading/date_phrases): halves, quarters, northern-hemisphere seasons
// and thirds of a year read as month ranges, each with the one meaning docs/grading.md states.
#include <doctest/doctest.h>

#include "core/grading/date_parser.hpp"
#include "grading_test_questions.hpp"

using namespace retain;
using retain::test::dateQuestion;
using retain::test::gradeLine;

TEST_CASE("periods of a year read as month ranges") {
    struct Row {
        const char* text;
        int firstMonth;
        int lastMonth;
    };
    const Row rows[] = {
        {"second half of 2018", 7, 12},
        {"the second half of 2018", 7, 12},
        {"in the second half of 2018", 7, 12},
        {"2nd half 2018", 7, 12},
        {"H2 2018", 7, 12},
        {"h1 2018", 1, 6},
        {"first half of 2018", 1, 6},
        {"Q1 2018", 1, 3},
        {"third quarter of 2018", 7, 9},
        {"Q4 2018", 10, 12},
        {"spring 2018", 3, 5},
        {"summer of 2018", 6, 8},
        {"autumn of 2018", 9, 11},
        {"the autumn of 2018", 9, 11},
        {"fall 2018", 9, 11},
        {"early 2018", 1, 4},
        {"the beginning of 2018", 1, 4},
        {"mid-2018", 5, 8},
        {"the middle of 2018", 5, 8},
        {"late 2018", 9, 12},
        {"the end of 2018", 9, 12},
        {"end of 2018", 9, 12},
    };
    for (const Row& row : rows) {
        const std::string text = row.text;
        CAPTURE(text);
        const ParsedDate parsed = parseDate(row.text);
        REQUIRE(parsed.status == DateStatus::Ok);
        CHECK(parsed.precision == DatePrecision::Month);
        CHECK(parsed.from == CalendarDate{2018, row.firstMonth, 0});
        CHECK(parsed.to == CalendarDate{2018, row.lastMonth, 0});
    }
    // A winter spans two years: refused, never guessed.
    CHECK(parseDate("winter of 2018").status == DateStatus::Ambiguous);
    // Not a period: read as before, or not at all.
    CHECK(parseDate("May 2018").from == CalendarDate{2018, 5, 0});
    CHECK(parseDate("third half of 2018").status == DateStatus::Unreadable);
    CHECK(parseDate("second half of 18").status == DateStatus::Unreadable);
}

TEST_CASE("the article's phrasing grades against month and year answers") {
    const Question secondHalf = dateQuestion({2018, 7, 0}, {2018, 12, 0}, DatePrecision::Month);
    CHECK(gradeLine(secondHalf, "second half of 2018").verdict == Verdict::Correct);
    CHECK(gradeLine(secondHalf, "H2 2018").verdict == Verdict::Correct);
    CHECK(gradeLine(secondHalf, "July-December 2018").verdict == Verdict::Correct);
    CHECK(gradeLine(secondHalf, "first half of 2018").verdict == Verdict::Wrong);
    CHECK(gradeLine(secondHalf, "second half of 2019").verdict == Verdict::Wrong);
    CHECK(gradeLine(secondHalf, "autumn of 2018").verdict ==
          Verdict::Wrong);  // September–November is not July–December
    const Question autumn = dateQuestion({2018, 9, 0}, {2018, 11, 0}, DatePrecision::Month);
    CHECK(gradeLine(autumn, "autumn of 2018").verdict == Verdict::Correct);
    CHECK(gradeLine(autumn, "fall 2018").verdict == Verdict::Correct);
    const Question year = dateQuestion({2018, 0, 0}, {2018, 0, 0}, DatePrecision::Year);
    CHECK(gradeLine(year, "the end of 2018").verdict == Verdict::Correct);  // both ends fall in 2018
    CHECK(gradeLine(year, "early 2017").verdict == Verdict::Wrong);
    CHECK(gradeLine(year, "winter of 2018").verdict == Verdict::Refused);
}
