// Figures computed from the review log alone: reviews per day, accuracy and true retention over time,
// the study calendar (heatmap and streaks) and the hardest questions. Pure functions of (log, now,
// options); definitions with worked examples in docs/statistics.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/stats/stats_log.hpp"

namespace retain {

// A count per day over consecutive days.
struct DaySeries {
    std::int64_t firstDay = 0;  // day number of counts[0] (statsDay)
    std::vector<int> counts;    // one per day, oldest first
    // Returns the sum of the counts.
    std::int64_t total() const;
};

// Returns the number of reviews on each of the `days` days (>= 1) that end with the day holding nowMs
// (Unix ms), today included. Reviews outside the window are ignored.
DaySeries reviewsPerDay(const std::vector<LoggedReview>& reviews, UnixMs nowMs, int days, const StatsOptions& options);

// Pass counts over a run of days. Accuracy counts every review; true retention only the reviews that
// countsForTrueRetention (review-phase cards seen again after at least one day). Pass = isPass.
struct RateBucket {
    std::int64_t firstDay = 0;  // day number of the bucket's first day
    int days = 1;               // length of the bucket, days
    int reviews = 0;            // all reviews
    int passed = 0;             // of which rated Hard or better
    int matureReviews = 0;      // reviews counting for true retention
    int maturePassed = 0;       // of which rated Hard or better
    // Returns passed / reviews, or NaN without reviews.
    double accuracy() const { return shareOf(passed, reviews); }
    // Returns maturePassed / matureReviews, or NaN without such reviews.
    double trueRetention() const { return shareOf(maturePassed, matureReviews); }
};

struct RetentionSeries {
    std::vector<RateBucket> buckets;  // oldest first, each bucketDays long, the last one ending today
    RateBucket total;                 // every bucket added up
};

// Returns accuracy and true retention in buckets of bucketDays (>= 1) days covering at least the last
// `days` days up to today (the window is rounded up to whole buckets, so it may start a little earlier).
RetentionSeries retentionOverTime(const std::vector<LoggedReview>& reviews, UnixMs nowMs, int days, int bucketDays,
                                  const StatsOptions& options);

// Study days over the last year, for the calendar heatmap.
struct StudyCalendar {
    DaySeries days;         // reviews on each of the last kCalendarDays days, today last
    int studyDays = 0;      // days of that window with at least one review
    int currentStreak = 0;  // consecutive study days ending today (or yesterday, while today has none yet)
    int longestStreak = 0;  // the longest run of consecutive study days inside the window
};
constexpr int kCalendarDays = 365;

// Returns the study calendar of the kCalendarDays days ending with the day holding nowMs (Unix ms).
StudyCalendar studyCalendar(const std::vector<LoggedReview>& reviews, UnixMs nowMs, const StatsOptions& options);

// A question that the learner finds hard.
struct HardQuestion {
    CardKey card;
    int reviews = 0;         // reviews in the log
    int lapses = 0;          // reviews rated Again while the card was in the Review phase
    double meanScore = 0.0;  // mean review score 0..1 (grader's score, else 1 for a pass and 0 for Again)
};

// Returns up to limit questions of the log, hardest first: most lapses, then lowest mean score, then most
// reviews, then by card key. Questions with neither a lapse nor a mean score below 1 are left out.
std::vector<HardQuestion> hardestQuestions(const StatsLog& log, std::size_t limit);

}  // namespace retain
