// Review results as CSV, for spreadsheets: one row per review, plain values in, text out. Storage owns the
// review log; whoever reads it converts each ReviewRecord (storage/records.hpp) into a ReviewCsvRow:
// reviewedMs, card.bankId, card.questionId, rating, score, response, durationMs, after.intervalDays.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <cstdint>

#include "core/types.hpp"

namespace retain {

struct ReviewCsvRow {
    UnixMs reviewedAtMs = 0;      // when the answer was given, Unix ms (UTC)
    std::string bankId;
    std::string questionId;
    Rating rating = Rating::Good;
    std::optional<double> score;  // the grader's score 0..1; none when the learner only rated
    std::string givenAnswer;      // what the learner typed or chose, as text
    std::int64_t answerMs = 0;    // time spent answering, ms
    double intervalDays = 0.0;    // interval scheduled after this review, days
};

// Returns the CSV text (RFC 4180, comma-separated, CRLF line ends, UTF-8) with a header row:
// reviewed_at (ISO 8601 UTC, "2024-03-01T09:30:00Z"), bank, question, rating ("again".."easy"),
// score (0..1, empty when none), answer, answer_seconds (3 decimals), interval_days (shortest exact decimal).
std::string writeReviewCsv(const std::vector<ReviewCsvRow>& rows);

// Returns the UTC time of a Unix ms instant as "YYYY-MM-DDTHH:MM:SSZ" (milliseconds dropped).
std::string isoUtc(UnixMs ms);

}  // namespace retain
