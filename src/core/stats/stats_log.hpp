// The inputs of the statistics as plain vectors: a compact copy of the review log (no texts), the
// options every figure shares, and the day arithmetic they use. Figures never read storage or a clock:
// the caller passes the log, the card states and "now" (stats_repository.hpp reads them from storage).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/storage/records.hpp"
#include "core/types.hpp"

namespace retain {

// A score below zero: the learner only rated (no grader score).
constexpr float kNoScore = -1.0f;

// One review as the figures need it: a review_log row without its texts, 32 bytes.
struct LoggedReview {
    UnixMs reviewedMs = 0;                   // when the answer was given, Unix ms
    UnixMs previousReviewMs = 0;             // the card's previous review (before.lastReviewMs), Unix ms; 0 = none
    std::int32_t card = 0;                   // index into StatsLog::cards
    float score = kNoScore;                  // grader's score 0..1, or kNoScore
    Rating rating = Rating::Good;
    CardPhase phaseBefore = CardPhase::New;  // the card's phase before this review
};

// The review log of one profile: each distinct card once, and the reviews pointing at them.
struct StatsLog {
    std::vector<CardKey> cards;
    std::vector<LoggedReview> reviews;  // any order
};

// What every figure shares.
struct StatsOptions {
    int rolloverHour = 0;  // a day starts this many hours after UTC midnight (0..23), as the scheduler's
};

// Returns true when a review counts for true retention: the card was in the Review phase and at least
// one whole day (under the rollover hour) had passed since its previous review.
bool countsForTrueRetention(const LoggedReview& review, const StatsOptions& options);

// Returns the day number (days since 1970-01-01 plus the rollover shift, as dayNumber()) of timeMs, Unix ms.
std::int64_t statsDay(UnixMs timeMs, const StatsOptions& options);

// Returns a day number as "YYYY-MM-DD" (the calendar date on which that day starts, UTC + rollover hour).
std::string dayDate(std::int64_t day);
// Returns a day number's weekday, 0 = Monday .. 6 = Sunday.
int dayWeekday(std::int64_t day);

// Returns the share passed / total, or NaN when total is 0 (no data is not 0 %).
double shareOf(std::int64_t passed, std::int64_t total);

}  // namespace retain
