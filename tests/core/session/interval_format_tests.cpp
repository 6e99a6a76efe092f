// Interval labels for the rating buttons.
#include <doctest/doctest.h>

#include "core/session/interval_format.hpp"

using retain::formatInterval;

TEST_CASE("session: interval labels use minutes, hours, days, months and years") {
    constexpr double minute = 1.0 / (24 * 60);
    CHECK(formatInterval(0) == "1m");
    CHECK(formatInterval(minute) == "1m");
    CHECK(formatInterval(10 * minute) == "10m");
    CHECK(formatInterval(59.7 * minute) == "1h");
    CHECK(formatInterval(6.0 / 24) == "6h");
    CHECK(formatInterval(1.5 / 24) == "1.5h");
    CHECK(formatInterval(1.0) == "1d");
    CHECK(formatInterval(12.4) == "12d");
    CHECK(formatInterval(3.5 * 365.25 / 12) == "3.5mo");
    CHECK(formatInterval(60.0) == "2mo");
    CHECK(formatInterval(1.2 * 365.25) == "1.2y");
    CHECK(formatInterval(365.25 * 11.96 / 12) == "1y");  // 11.96 months rounds to 12.0: a year
}
