// Drill points: the speed formula against hand-computed values and against its floating-point definition,
// the rounding of halves, the streak bonus and partial credit.
#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>

#include "core/classroom/drill_scoring.hpp"

using namespace retain;

TEST_CASE("classroom: speed points at the ends and the middle of the timer") {
    // round((1 - t / (2T)) * 1000) with T = 20 s.
    CHECK(drillSpeedPoints(0, 20'000) == 1000);       // t = 0: 1 - 0 = 1
    CHECK(drillSpeedPoints(20'000, 20'000) == 500);   // t = T: 1 - 1/2 = 0.5
    CHECK(drillSpeedPoints(10'000, 20'000) == 750);   // t = T/2: 1 - 1/4 = 0.75
    CHECK(drillSpeedPoints(5'000, 20'000) == 875);    // t = T/4: 1 - 1/8 = 0.875
    CHECK(drillSpeedPoints(7'000, 30'000) == 883);    // 1000 - 500 * 7 / 30 = 883.33 -> 883
    CHECK(drillSpeedPoints(3'310, 20'000) == 917);    // 1000 - 82.75 = 917.25 -> 917
}

TEST_CASE("classroom: halves round up, exactly") {
    // t = 3.3 s of 20 s: 1000 - 500 * 3.3 / 20 = 1000 - 82.5 = 917.5 -> 918 (half up).
    CHECK(drillSpeedPoints(3'300, 20'000) == 918);
    // t = 2.57 s of 10 s: 1000 - 128.5 = 871.5 -> 872. In doubles (1 - 2.57 / 20) * 1000 comes out as
    // 871.4999999999999 and would round to 871, which is why the code computes in integer ms.
    CHECK(drillSpeedPoints(2'570, 10'000) == 872);
    // t = 10 ms of 10 s: 1000 - 0.5 = 999.5 -> 1000.
    CHECK(drillSpeedPoints(10, 10'000) == 1000);
    // t = 11 ms of 10 s: 1000 - 0.55 = 999.45 -> 999.
    CHECK(drillSpeedPoints(11, 10'000) == 999);
    // t = 1 ms of 1 s: 1000 - 0.5 = 999.5 -> 1000; t = 3 ms: 998.5 -> 999.
    CHECK(drillSpeedPoints(1, 1'000) == 1000);
    CHECK(drillSpeedPoints(3, 1'000) == 999);
}

TEST_CASE("classroom: speed points follow the formula wherever it is not a half") {
    for (const std::int64_t limitMs : {10'000LL, 17'000LL, 20'000LL, 45'500LL, 120'000LL}) {
        for (std::int64_t t = 0; t <= limitMs; t += 37) {
            const long double exact = (1.0L - static_cast<long double>(t) / (2.0L * limitMs)) * 1000.0L;
            const long double fraction = exact - std::floor(exact);
            if (std::fabs(fraction - 0.5L) < 1e-6L) continue;  // halves are checked above
            CHECK(drillSpeedPoints(t, limitMs) == static_cast<int>(std::lround(exact)));
        }
    }
}

TEST_CASE("classroom: answer time is clamped to the limit and the timer off gives 1000") {
    CHECK(drillSpeedPoints(25'000, 20'000) == 500);
    CHECK(drillSpeedPoints(-300, 20'000) == 1000);
    CHECK(drillSpeedPoints(0, 0) == 1000);
    CHECK(drillSpeedPoints(90'000, 0) == 1000);
}

TEST_CASE("classroom: streak bonus grows by 100 from the second correct answer and stops at 500") {
    CHECK(drillStreakBonus(0) == 0);
    CHECK(drillStreakBonus(1) == 0);
    CHECK(drillStreakBonus(2) == 100);
    CHECK(drillStreakBonus(6) == 500);
    CHECK(drillStreakBonus(7) == 500);

    // Eight correct answers at t = 0 of 20 s, then a wrong one, then two correct.
    const int expectedBonus[] = {0, 100, 200, 300, 400, 500, 500, 500};
    int streak = 0;
    for (int i = 0; i < 8; ++i) {
        const DrillPoints points = scoreDrillAnswer(true, 1.0, 0, 20'000, streak);
        CHECK(points.speedPoints == 1000);
        CHECK(points.streakBonus == expectedBonus[i]);
        CHECK(points.total() == 1000 + expectedBonus[i]);
        CHECK(points.streakAfter == i + 1);
        streak = points.streakAfter;
    }
    const DrillPoints wrong = scoreDrillAnswer(true, 0.0, 0, 20'000, streak);
    CHECK(wrong.total() == 0);
    CHECK(wrong.streakAfter == 0);
    const DrillPoints again = scoreDrillAnswer(true, 1.0, 0, 20'000, wrong.streakAfter);
    CHECK(again.streakBonus == 0);
    CHECK(scoreDrillAnswer(true, 1.0, 0, 20'000, again.streakAfter).streakBonus == 100);
}

TEST_CASE("classroom: a missing answer earns nothing and ends the streak") {
    const DrillPoints missing = scoreDrillAnswer(false, 1.0, 1'000, 20'000, 4);
    CHECK(missing.total() == 0);
    CHECK(missing.streakAfter == 0);
}

TEST_CASE("classroom: partial credit is the speed points times the score, without streak") {
    // Half right at t = 0: 1000 * 0.5 = 500.
    const DrillPoints half = scoreDrillAnswer(true, 0.5, 0, 20'000, 3);
    CHECK(half.speedPoints == 500);
    CHECK(half.streakBonus == 0);
    CHECK(half.streakAfter == 0);
    // A quarter at t = T: 500 * 0.25 = 125.
    CHECK(scoreDrillAnswer(true, 0.25, 20'000, 20'000, 0).total() == 125);
    // 0.3 at t = 3.31 s of 20 s: 917 * 0.3 = 275.1 -> 275.
    CHECK(scoreDrillAnswer(true, 0.3, 3'310, 20'000, 0).total() == 275);
    // Scores outside 0..1 are clamped.
    CHECK(scoreDrillAnswer(true, 1.7, 0, 20'000, 0).total() == 1000);
    CHECK(scoreDrillAnswer(true, -0.5, 0, 20'000, 2).total() == 0);
}
