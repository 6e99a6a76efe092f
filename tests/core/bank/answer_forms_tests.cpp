// The small text forms inside answers: calendar dates and cloze gaps.
#include <doctest/doctest.h>

#include "core/bank/answer_reader.hpp"

using namespace retain;

TEST_CASE("parseIsoDate reads the three forms and refuses dates not on the calendar") {
    struct Case {
        const char* text;
        bool ok;
        CalendarDate date;
        DatePrecision precision;
    };
    using P = DatePrecision;
    const Case cases[] = {
        {"2018", true, {2018, 0, 0}, P::Year},        {"2018-05", true, {2018, 5, 0}, P::Month},
        {"2018-05-26", true, {2018, 5, 26}, P::Day},  {" 2018-05-26 ", true, {2018, 5, 26}, P::Day},
        {"2016-02-29", true, {2016, 2, 29}, P::Day},  {"2000-02-29", true, {2000, 2, 29}, P::Day},
        {"1900-02-29", false, {}, P::Day},            {"2018-02-29", false, {}, P::Day},
        {"2018-04-31", false, {}, P::Day},            {"2018-13", false, {}, P::Month},
        {"2018-00-10", false, {}, P::Day},            {"2018-5-26", false, {}, P::Day},
        {"18", false, {}, P::Year},                   {"May 2018", false, {}, P::Month},
        {"2018-05-26T10:00", false, {}, P::Day},      {"", false, {}, P::Year},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        CalendarDate date{1, 1, 1};
        DatePrecision precision = P::Day;
        CHECK(parseIsoDate(c.text, date, precision) == c.ok);
        if (c.ok) {
            CHECK(date == c.date);
            CHECK(precision == c.precision);
        } else {
            CHECK(date == CalendarDate{1, 1, 1});  // left alone on failure
        }
    }
}

TEST_CASE("parseClozeText numbers the gaps and splits their answers") {
    ClozeAnswer cloze;
    std::string message;
    REQUIRE(parseClozeText("{{Abe}} met {{ Putin | Vladimir Putin |}} in {{2018}}", cloze, message));
    CHECK(cloze.text == "{{0}} met {{1}} in {{2}}");
    REQUIRE(cloze.gaps.size() == 3);
    CHECK(cloze.gaps[0].accepted == std::vector<std::string>{"Abe"});
    CHECK(cloze.gaps[1].accepted == std::vector<std::string>{"Putin", "Vladimir Putin"});
    CHECK(cloze.gaps[2].accepted == std::vector<std::string>{"2018"});

    ClozeAnswer untouched;
    CHECK_FALSE(parseClozeText("a {{b}} {{c", untouched, message));
    CHECK(message == "gap 2 is opened with '{{' but not closed with '}}'");
    CHECK_FALSE(parseClozeText("a {{b {{c}}", untouched, message));
    CHECK(message == "gap 1 is opened with '{{' but not closed with '}}'");
    CHECK_FALSE(parseClozeText("{{|}}", untouched, message));
    CHECK(message.rfind("gap 1 has no answer", 0) == 0);
    CHECK(untouched.gaps.empty());
}
