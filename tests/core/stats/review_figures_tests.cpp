// The review-log figures on the hand-made log of stats_test_log.hpp; every expected value was counted by
// hand from the table there.
#include <doctest/doctest.h>

#include <cmath>

#include "core/stats/review_figures.hpp"
#include "stats_test_log.hpp"

using namespace retain;
using namespace retain::stats_test;

namespace {

// Returns the count of day offset dayOffset (0 = today) in a series.
int countOn(const DaySeries& series, int dayOffset) {
    return series.counts.at(static_cast<std::size_t>(kDay0 + dayOffset - series.firstDay));
}

}  // namespace

TEST_CASE("stats: day helpers") {
    CHECK(statsDay(kNow, {}) == kDay0);
    CHECK(dayDate(kDay0) == "2024-03-10");
    CHECK(dayDate(0) == "1970-01-01");
    CHECK(dayWeekday(kDay0) == 6);  // 2024-03-10 was a Sunday
    CHECK(dayWeekday(0) == 3);      // 1970-01-01 was a Thursday
    CHECK(std::isnan(shareOf(0, 0)));
    CHECK(shareOf(3, 4) == doctest::Approx(0.75));
}

TEST_CASE("stats: reviews per day over 30 days, UTC days") {
    const DaySeries series = reviewsPerDay(handMadeLog().reviews, kNow, 30, {});
    REQUIRE(series.counts.size() == 30);
    CHECK(series.firstDay == kDay0 - 29);
    CHECK(countOn(series, -5) == 2);
    CHECK(countOn(series, -4) == 0);
    CHECK(countOn(series, -3) == 3);
    CHECK(countOn(series, -2) == 2);
    CHECK(countOn(series, -1) == 1);
    CHECK(countOn(series, 0) == 2);
    CHECK(series.total() == 10);  // review 10 (day -40) is outside the window
    CHECK(reviewsPerDay(handMadeLog().reviews, kNow, 365, {}).total() == 11);
}

TEST_CASE("stats: reviews per day with the day starting at 04:00") {
    const DaySeries series = reviewsPerDay(handMadeLog().reviews, kNow, 30, StatsOptions{4});
    // Reviews 8 (01:00) and 9 (02:00) of day 0 belong to day -1, which already has review 4.
    CHECK(countOn(series, -1) == 3);
    CHECK(countOn(series, 0) == 0);
    CHECK(countOn(series, -2) == 2);  // 07:00 and 12:00 are after the rollover
    CHECK(series.total() == 10);
}

TEST_CASE("stats: accuracy and true retention over 30 days") {
    const RetentionSeries series = retentionOverTime(handMadeLog().reviews, kNow, 30, 1, {});
    CHECK(series.buckets.size() == 30);
    CHECK(series.total.reviews == 10);
    CHECK(series.total.passed == 7);         // 1 2 3 6 7 8 11
    CHECK(series.total.matureReviews == 5);  // 3 4 7 8 9
    CHECK(series.total.maturePassed == 3);   // 3 7 8
    CHECK(series.total.accuracy() == doctest::Approx(0.7));
    CHECK(series.total.trueRetention() == doctest::Approx(0.6));
    const RateBucket& today = series.buckets.back();
    CHECK(today.firstDay == kDay0);
    CHECK(today.reviews == 2);
    CHECK(today.matureReviews == 2);
    CHECK(today.trueRetention() == doctest::Approx(0.5));
    CHECK(std::isnan(series.buckets.front().accuracy()));  // no reviews: no rate, not 0 %
}

TEST_CASE("stats: true retention needs a whole day between reviews, under the rollover hour") {
    // With the day starting at 04:00, review 9 (previous day -1 22:00, now day 0 02:00) is a same-day
    // review and leaves true retention; review 8 (previous day -2 07:00) still counts.
    const RetentionSeries series = retentionOverTime(handMadeLog().reviews, kNow, 30, 1, StatsOptions{4});
    CHECK(series.total.matureReviews == 4);
    CHECK(series.total.trueRetention() == doctest::Approx(0.75));
    // Accuracy counts every review whatever the day.
    CHECK(series.total.accuracy() == doctest::Approx(0.7));
}

TEST_CASE("stats: retention buckets of several days") {
    const RetentionSeries series = retentionOverTime(handMadeLog().reviews, kNow, 6, 3, {});
    REQUIRE(series.buckets.size() == 2);
    CHECK(series.buckets[0].firstDay == kDay0 - 5);
    CHECK(series.buckets[0].reviews == 5);  // 1 2 3 5 6
    CHECK(series.buckets[0].passed == 4);
    CHECK(series.buckets[0].matureReviews == 1);
    CHECK(series.buckets[0].maturePassed == 1);
    CHECK(series.buckets[1].firstDay == kDay0 - 2);
    CHECK(series.buckets[1].reviews == 5);  // 4 7 8 9 11
    CHECK(series.buckets[1].passed == 3);
    CHECK(series.buckets[1].matureReviews == 4);
    CHECK(series.buckets[1].maturePassed == 2);
    // A range that is not a whole number of buckets is rounded up: 7 days in 3-day buckets is 9 days.
    const RetentionSeries rounded = retentionOverTime(handMadeLog().reviews, kNow, 7, 3, {});
    CHECK(rounded.buckets.size() == 3);
    CHECK(rounded.total.firstDay == kDay0 - 8);
    CHECK(rounded.total.days == 9);
}

TEST_CASE("stats: study calendar and streaks") {
    const StudyCalendar calendar = studyCalendar(handMadeLog().reviews, kNow, {});
    CHECK(calendar.days.counts.size() == kCalendarDays);
    CHECK(calendar.days.firstDay == kDay0 - 364);
    CHECK(calendar.studyDays == 6);      // -40 -5 -3 -2 -1 0
    CHECK(calendar.currentStreak == 4);  // 0 -1 -2 -3
    CHECK(calendar.longestStreak == 4);
    // The next morning, before any review, the streak still stands; a day later it is broken.
    CHECK(studyCalendar(handMadeLog().reviews, at(1, 8), {}).currentStreak == 4);
    CHECK(studyCalendar(handMadeLog().reviews, at(2, 8), {}).currentStreak == 0);
    CHECK(studyCalendar(handMadeLog().reviews, at(2, 8), {}).longestStreak == 4);
}

TEST_CASE("stats: hardest questions") {
    const std::vector<HardQuestion> hard = hardestQuestions(handMadeLog(), 10);
    REQUIRE(hard.size() == 3);  // D has one perfect review and is left out
    CHECK(hard[0].card.questionId == "C");  // 1 lapse, mean (0 + 1) / 2
    CHECK(hard[0].lapses == 1);
    CHECK(hard[0].reviews == 2);
    CHECK(hard[0].meanScore == doctest::Approx(0.5));
    CHECK(hard[1].card.questionId == "A");  // 1 lapse, mean (1 + 1 + 1.0 + 0.2) / 4
    CHECK(hard[1].lapses == 1);
    CHECK(hard[1].meanScore == doctest::Approx(0.8));
    CHECK(hard[2].card.questionId == "B");  // no lapse (its Again was while new), mean (0 + 1 + 0.6 + 1) / 4
    CHECK(hard[2].lapses == 0);
    CHECK(hard[2].meanScore == doctest::Approx(0.65));
    CHECK(hardestQuestions(handMadeLog(), 2).size() == 2);
}
