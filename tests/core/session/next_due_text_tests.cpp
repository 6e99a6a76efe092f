// When the next question is due, in the learner's local time.
#include <doctest/doctest.h>

#include "core/session/next_due_text.hpp"
#include "session_test_support.hpp"

using namespace retain;
using session_test::kNoon;  // Sunday 2025-06-15 12:00 UTC

namespace {
constexpr UnixMs kOneHour = 60 * kMsPerMinute;
}

TEST_CASE("next due: minutes and hours below six hours, rounded up to the minute") {
    CHECK(nextDueText(kNoon, kNoon, 0) == "now");
    CHECK(nextDueText(kNoon - kOneHour, kNoon, 0) == "now");
    CHECK(nextDueText(kNoon + 30 * kMsPerSecond, kNoon, 0) == "in 1 min");
    CHECK(nextDueText(kNoon + 45 * kMsPerMinute, kNoon, 0) == "in 45 min");
    CHECK(nextDueText(kNoon + 3 * kOneHour, kNoon, 0) == "in 3 h");
    CHECK(nextDueText(kNoon + 3 * kOneHour + 20 * kMsPerMinute, kNoon, 7200) == "in 3 h 20 min");  // the zone does not matter
    CHECK(nextDueText(kNoon + 6 * kOneHour - kMsPerMinute, kNoon, 0) == "in 5 h 59 min");
}

TEST_CASE("next due: later, the local day and clock time") {
    CHECK(nextDueText(kNoon + 9 * kOneHour, kNoon, 0) == "today 21:00");
    CHECK(nextDueText(kNoon + 21 * kOneHour, kNoon, 0) == "tomorrow 09:00");
    // At UTC+3 the learner's noon is 15:00; 21:00 UTC is already 00:00 tomorrow there.
    CHECK(nextDueText(kNoon + 9 * kOneHour, kNoon, 3 * 3600) == "tomorrow 00:00");
    // At UTC-8 it is 04:00 local; 22:30 UTC is 14:30 the same local day.
    CHECK(nextDueText(kNoon + 10 * kOneHour + 30 * kMsPerMinute, kNoon, -8 * 3600) == "today 14:30");
    CHECK(nextDueText(kNoon + 2 * kMsPerDay - 3 * kOneHour, kNoon, 0) == "on Tue 17 Jun 09:00");
    CHECK(nextDueText(kNoon + 200 * kMsPerDay, kNoon, 0) == "on Thu 1 Jan 12:00");
}
