// Replays a review log through FSRS-6 and reports the memory state after each review, so users can compare
// Retain with other FSRS tools (`retain fsrs replay`). Input: CSV rows card_id,unix_ms,rating; output: CSV
// rows card_id,unix_ms,rating,state,stability,difficulty,retrievability,interval_days (docs/scheduling.md).
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "core/scheduler/scheduler.hpp"

namespace retain {

// One input row.
struct ReplayReview {
    std::string cardId;
    UnixMs timeMs = 0;           // when the review happened, Unix ms
    Rating rating = Rating::Good;
    int line = 0;                // 1-based line in the input, for messages
};

// One output row: the card after the review.
struct ReplayStep {
    ReplayReview review;
    CardPhase phase = CardPhase::New;  // state after the review
    double stability = 0.0;            // after the review, days
    double difficulty = 0.0;           // after the review, 1..10
    double retrievability = 0.0;       // at the moment of the review, before it; 0 for a new card
    double intervalDays = 0.0;         // the next interval, days (fractional for learning steps)
};

// Returns the comma-separated fields of one CSV line (not quoted), each without surrounding spaces, tabs
// or a trailing CR.
std::vector<std::string_view> splitReplayFields(std::string_view line);

// Reads rows "card_id,unix_ms,rating" (a first line starting with "card_id" is a header; blank lines and a
// trailing CR are ignored; fields are not quoted). Returns false with error "line N: ..." at the first bad
// row (wrong field count, empty card id, time not a whole number >= 0, rating not 1..4).
bool parseReplayCsv(std::istream& input, std::vector<ReplayReview>& reviews, std::string& error);

// Replays reviews in input order with an FSRS scheduler built from config (fuzz forced off). Returns false
// with error "line N: ..." when a card's review is earlier than its previous review.
bool replayReviews(const std::vector<ReplayReview>& reviews, const SchedulerConfig& config,
                   std::vector<ReplayStep>& steps, std::string& error);

// Returns "card_id,unix_ms,rating,state,stability,difficulty,retrievability,interval_days".
const char* replayCsvHeader();
// Returns one output row (numbers with 6 decimals, state as cardPhaseName), without a newline.
std::string formatReplayRow(const ReplayStep& step);

}  // namespace retain
