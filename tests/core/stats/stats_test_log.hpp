// The hand-made review log of the statistics tests (docs/statistics.md works the same log by hand).
// Day 0 is 2024-03-10 (day number 19792); times are UTC.
#pragma once

#include "core/stats/stats_log.hpp"

namespace retain::stats_test {

constexpr std::int64_t kDay0 = 19792;  // 2024-03-10

// Returns the Unix ms of hour:minute UTC on day offset dayOffset from day 0.
constexpr UnixMs at(int dayOffset, int hour, int minute = 0) {
    return (kDay0 + dayOffset) * kMsPerDay + hour * 60 * kMsPerMinute + minute * kMsPerMinute;
}

// "Now" of the tests: day 0 at 12:00 UTC.
constexpr UnixMs kNow = at(0, 12);

// Cards A=0, B=1, C=2, D=3. Eleven reviews:
//  #  card day  time   before      previous review  rating  score
//  1  A    -5  10:00  New         -                Good    -
//  2  A    -5  10:10  Learning    -5 10:00         Good    -
//  3  A    -3  09:00  Review      -5 10:10         Good    1.0
//  4  A    -1  23:30  Review      -3 09:00         Again   0.2
//  5  B    -3  08:00  New         -                Again   -
//  6  B    -3  08:05  Learning    -3 08:00         Good    -
//  7  B    -2  07:00  Review      -3 08:05         Hard    0.6
//  8  B     0  01:00  Review      -2 07:00         Good    -
//  9  C     0  02:00  Review      -1 22:00         Again   -
// 10  C   -40  12:00  New         -                Good    -
// 11  D    -2  12:00  New         -                Good    1.0
inline StatsLog handMadeLog() {
    StatsLog log;
    log.cards = {CardKey{"bank", "A"}, CardKey{"bank", "B"}, CardKey{"bank", "C"}, CardKey{"bank", "D"}};
    auto add = [&](int card, UnixMs when, CardPhase before, UnixMs previous, Rating rating, float score) {
        LoggedReview review;
        review.card = card;
        review.reviewedMs = when;
        review.phaseBefore = before;
        review.previousReviewMs = previous;
        review.rating = rating;
        review.score = score;
        log.reviews.push_back(review);
    };
    add(0, at(-5, 10), CardPhase::New, 0, Rating::Good, kNoScore);
    add(0, at(-5, 10, 10), CardPhase::Learning, at(-5, 10), Rating::Good, kNoScore);
    add(0, at(-3, 9), CardPhase::Review, at(-5, 10, 10), Rating::Good, 1.0f);
    add(0, at(-1, 23, 30), CardPhase::Review, at(-3, 9), Rating::Again, 0.2f);
    add(1, at(-3, 8), CardPhase::New, 0, Rating::Again, kNoScore);
    add(1, at(-3, 8, 5), CardPhase::Learning, at(-3, 8), Rating::Good, kNoScore);
    add(1, at(-2, 7), CardPhase::Review, at(-3, 8, 5), Rating::Hard, 0.6f);
    add(1, at(0, 1), CardPhase::Review, at(-2, 7), Rating::Good, kNoScore);
    add(2, at(0, 2), CardPhase::Review, at(-1, 22), Rating::Again, kNoScore);
    add(2, at(-40, 12), CardPhase::New, 0, Rating::Good, kNoScore);
    add(3, at(-2, 12), CardPhase::New, 0, Rating::Good, 1.0f);
    return log;
}

}  // namespace retain::stats_test
