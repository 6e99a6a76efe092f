// The date reader and grader: every written form of a day, month, year and range; precision honoured;
// ranges checked at both ends; ambiguous slash dates refused, never guessed.
#include <doctest/doctest.h>

#include "core/grading/date_parser.hpp"
#include "core/question_types/date_hint.hpp"
#include "grading_test_questions.hpp"

using namespace retain;
using retain::test::gradeLine;

namespace {

struct DateCase {
    const char* text;
    DateStatus status;
    CalendarDate from;   // checked when Ok
    CalendarDate to;
    DatePrecision precision;
};

constexpr CalendarDate may25{2018, 5, 25};
constexpr CalendarDate may26{2018, 5, 26};
constexpr CalendarDate may2018{2018, 5, 0};
constexpr CalendarDate y2018{2018, 0, 0};
constexpr CalendarDate none{};
constexpr DatePrecision kDay = DatePrecision::Day;
constexpr DatePrecision kMonth = DatePrecision::Month;
constexpr DatePrecision kYear = DatePrecision::Year;

const DateCase kDates[] = {
    {"May 25, 2018", DateStatus::Ok, may25, may25, kDay},
    {"25 May 2018", DateStatus::Ok, may25, may25, kDay},
    {"2018-05-25", DateStatus::Ok, may25, may25, kDay},
    {"25.05.2018", DateStatus::Ok, may25, may25, kDay},
    {"25.5.2018", DateStatus::Ok, may25, may25, kDay},
    {"May 25 2018", DateStatus::Ok, may25, may25, kDay},
    {"25th May 2018", DateStatus::Ok, may25, may25, kDay},
    {"the 25th of May, 2018", DateStatus::Ok, may25, may25, kDay},
    {"Friday, May 25, 2018", DateStatus::Ok, may25, may25, kDay},
    {"MAY 25, 2018", DateStatus::Ok, may25, may25, kDay},
    {"2018/05/25", DateStatus::Ok, may25, may25, kDay},
    {"25/05/2018", DateStatus::Ok, may25, may25, kDay},   // only one reading: 25 is no month
    {"05/25/2018", DateStatus::Ok, may25, may25, kDay},   // only one reading: 25 is no month
    {"05/05/2018", DateStatus::Ok, {2018, 5, 5}, {2018, 5, 5}, kDay},  // both readings agree
    {"May 25\u201326, 2018", DateStatus::Ok, may25, may26, kDay},
    {"May 25-26, 2018", DateStatus::Ok, may25, may26, kDay},
    {"May 25 \u2013 26, 2018", DateStatus::Ok, may25, may26, kDay},
    {"25-26 May 2018", DateStatus::Ok, may25, may26, kDay},
    {"25\u201326 May 2018", DateStatus::Ok, may25, may26, kDay},
    {"25 to 26 May 2018", DateStatus::Ok, may25, may26, kDay},
    {"2018-05-25 to 2018-05-26", DateStatus::Ok, may25, may26, kDay},
    {"May 30 \u2013 June 2, 2018", DateStatus::Ok, {2018, 5, 30}, {2018, 6, 2}, kDay},
    {"May 2018", DateStatus::Ok, may2018, may2018, kMonth},
    {"2018-05", DateStatus::Ok, may2018, may2018, kMonth},
    {"05/2018", DateStatus::Ok, may2018, may2018, kMonth},
    {"May, 2018", DateStatus::Ok, may2018, may2018, kMonth},
    {"May\u2013June 2018", DateStatus::Ok, may2018, {2018, 6, 0}, kMonth},
    {"2018", DateStatus::Ok, y2018, y2018, kYear},
    {"2017\u20132018", DateStatus::Ok, {2017, 0, 0}, y2018, kYear},
    {"in 2018", DateStatus::Ok, y2018, y2018, kYear},
    {"Feb 29, 2016", DateStatus::Ok, {2016, 2, 29}, {2016, 2, 29}, kDay},
    {"Sept. 5, 2018", DateStatus::Ok, {2018, 9, 5}, {2018, 9, 5}, kDay},
    {"", DateStatus::Empty, none, none, kYear},
    {"05/06/2018", DateStatus::Ambiguous, none, none, kYear},
    {"06-05-2018", DateStatus::Ambiguous, none, none, kYear},
    {"Feb 29, 2018", DateStatus::Invalid, none, none, kYear},
    {"31 June 2018", DateStatus::Invalid, none, none, kYear},
    {"2018-13-01", DateStatus::Invalid, none, none, kYear},
    {"2018-00", DateStatus::Invalid, none, none, kYear},
    {"May 26-25, 2018", DateStatus::Invalid, none, none, kYear},
    {"May 25", DateStatus::Unreadable, none, none, kYear},
    {"25.05.18", DateStatus::Unreadable, none, none, kYear},
    {"yesterday", DateStatus::Unreadable, none, none, kYear},
    {"NaN", DateStatus::Unreadable, none, none, kYear},
    {"2018 - 2019 - 2020", DateStatus::Unreadable, none, none, kYear},
    {"May June 2018", DateStatus::Unreadable, none, none, kYear},
    {"99999999999", DateStatus::Unreadable, none, none, kYear},
};

}  // namespace

TEST_CASE("date parser reads days, months, years and ranges") {
    for (const DateCase& row : kDates) {
        const std::string shown = row.text;
        CAPTURE(shown);
        const ParsedDate parsed = parseDate(row.text);
        CHECK(parsed.status == row.status);
        if (row.status == DateStatus::Ok) {
            CHECK(parsed.from == row.from);
            CHECK(parsed.to == row.to);
            CHECK(parsed.precision == row.precision);
            CHECK(parsed.message.empty());
        } else if (row.status != DateStatus::Empty) {
            CHECK_FALSE(parsed.message.empty());
        }
    }
}

namespace {

struct GradeCase {
    const char* answer;
    Verdict verdict;
};

const GradeCase kDayCases[] = {
    {"May 25, 2018", Verdict::Correct},  {"25 May 2018", Verdict::Correct},   {"2018-05-25", Verdict::Correct},
    {"25.05.2018", Verdict::Correct},    {"25/05/2018", Verdict::Correct},    {"May 26, 2018", Verdict::Wrong},
    {"May 25, 2017", Verdict::Wrong},    {"2018", Verdict::Wrong},           {"May 2018", Verdict::Wrong},
    {"May 25-26, 2018", Verdict::Wrong}, {"05/06/2018", Verdict::Refused},   {"tomorrow", Verdict::Refused},
    {"", Verdict::Wrong},
};

const GradeCase kRangeCases[] = {
    {"May 25\u201326, 2018", Verdict::Correct}, {"25-26 May 2018", Verdict::Correct},
    {"2018-05-25 to 2018-05-26", Verdict::Correct}, {"May 25, 2018", Verdict::Wrong},
    {"May 25-27, 2018", Verdict::Wrong},        {"May 24-26, 2018", Verdict::Wrong},
    {"May 2018", Verdict::Wrong},               {"25-26 May 2017", Verdict::Wrong},
};

const GradeCase kYearCases[] = {
    {"2018", Verdict::Correct},         {"in 2018", Verdict::Correct},  {"May 2018", Verdict::Correct},
    {"May 25, 2018", Verdict::Correct}, {"2017", Verdict::Wrong},       {"2019", Verdict::Wrong},
    {"2017-2018", Verdict::Wrong},      {"18", Verdict::Refused},
};

const GradeCase kMonthCases[] = {
    {"May 2018", Verdict::Correct},  {"2018-05", Verdict::Correct}, {"05/2018", Verdict::Correct},
    {"May 3, 2018", Verdict::Correct}, {"June 2018", Verdict::Wrong}, {"May 2017", Verdict::Wrong},
    {"2018", Verdict::Wrong},
};

void checkCases(const Question& question, const GradeCase* first, const GradeCase* last) {
    for (const GradeCase* row = first; row != last; ++row) {
        const std::string shown = row->answer;
        CAPTURE(shown);
        CHECK(gradeLine(question, row->answer).verdict == row->verdict);
    }
}

}  // namespace

TEST_CASE("date grading at day precision") {
    checkCases(retain::test::dayQuestion(2018, 5, 25), std::begin(kDayCases), std::end(kDayCases));
}

TEST_CASE("date grading of a range matches both ends") {
    const Question question = retain::test::dateQuestion(may25, may26, DatePrecision::Day);
    checkCases(question, std::begin(kRangeCases), std::end(kRangeCases));
    CHECK(gradeLine(question, "May 25, 2018").feedback.find("range") != std::string::npos);
    CHECK(gradeLine(question, "May 25-27, 2018").feedback.find("one end") != std::string::npos);
}

TEST_CASE("date grading at year and month precision") {
    checkCases(retain::test::dateQuestion(y2018, y2018, DatePrecision::Year), std::begin(kYearCases), std::end(kYearCases));
    checkCases(retain::test::dateQuestion(may2018, may2018, DatePrecision::Month), std::begin(kMonthCases), std::end(kMonthCases));
}

TEST_CASE("date feedback: too vague, ambiguous") {
    const Question question = retain::test::dayQuestion(2018, 5, 25);
    const GradeResult vague = gradeLine(question, "2018");
    CHECK(vague.verdict == Verdict::Wrong);
    CHECK(vague.feedback.find("Too vague") != std::string::npos);
    CHECK(vague.expected == "May 25, 2018");
    const GradeResult ambiguous = gradeLine(question, "05/06/2018");
    CHECK(ambiguous.verdict == Verdict::Refused);
    CHECK(ambiguous.feedback.find("day-month or month-day") != std::string::npos);
}

TEST_CASE("a finer answer than the question's precision is right, and the feedback says the finer part was not checked") {
    // The bank knows only December 2016; "1 December 2016" is right to the month, the day is not the source's.
    const Question month = retain::test::dateQuestion({2016, 12, 0}, {2016, 12, 0}, DatePrecision::Month);
    struct Row {
        const char* answer;
        Verdict verdict;
        const char* feedbackPart;
    };
    const Row rows[] = {
        {"1 December 2016", Verdict::Correct, "the day you gave was not checked"},
        {"December 2016", Verdict::Correct, "Correct."},
        {"2016-12", Verdict::Correct, "Correct."},
        {"1 November 2016", Verdict::Wrong, "Wrong: the answer is December 2016"},
    };
    for (const Row& row : rows) {
        const std::string shown = row.answer;
        CAPTURE(shown);
        const GradeResult result = gradeLine(month, row.answer);
        CHECK(result.verdict == row.verdict);
        CHECK(result.feedback.find(row.feedbackPart) != std::string::npos);
    }
    CHECK(gradeLine(month, "December 2016").feedback == "Correct.");
    const Question year = retain::test::dateQuestion(y2018, y2018, DatePrecision::Year);
    CHECK(gradeLine(year, "May 2018").feedback.find("the month you gave was not checked") != std::string::npos);
}

TEST_CASE("date placeholders and prompts name the forms without an example date") {
    // Any real date could be the answer to another question of the bank (issue 15, item 7).
    for (DatePrecision precision : {DatePrecision::Year, DatePrecision::Month, DatePrecision::Day}) {
        for (bool range : {false, true}) {
            DateAnswer spec;
            spec.from = {2018, 5, 25};
            spec.to = range ? CalendarDate{2018, 5, 26} : spec.from;
            spec.precision = precision;
            const std::string hint = dateFieldHint(spec);
            const std::string prompt = DateType::typedPrompt(spec).how;
            CAPTURE(hint);
            CAPTURE(prompt);
            CHECK_FALSE(hint.empty());
            CHECK(hint.find_first_of("0123456789") == std::string::npos);
            CHECK(prompt.find_first_of("0123456789") == std::string::npos);
            CHECK((hint.find("range") != std::string::npos) == range);
        }
    }
    CHECK(parseDate("25 May 18").message.find_first_of("0123456789") == std::string::npos);
}
