// Shared vocabulary of retain_core: ratings, card phases, time points and the scheduler state of a card.
#pragma once

#include <cstdint>
#include <string>

namespace retain {

// Unix time in milliseconds (UTC). Every stored time point in Retain uses this unit.
using UnixMs = std::int64_t;

constexpr UnixMs kMsPerSecond = 1000;
constexpr UnixMs kMsPerMinute = 60 * kMsPerSecond;
constexpr UnixMs kMsPerDay = 24 * 60 * kMsPerMinute;

// The learner's (or the grader's suggested) rating of one review, numbered as FSRS and Anki do.
enum class Rating : int { Again = 1, Hard = 2, Good = 3, Easy = 4 };

// Returns true when a rating counts as recalled: Hard, Good or Easy (Again is the only failure). Stats'
// accuracy and the session summary's both count with it, so they agree on the same reviews.
inline bool isPass(Rating rating) { return rating != Rating::Again; }

// Where a card is in its life, numbered as FSRS and Anki do.
enum class CardPhase : int { New = 0, Learning = 1, Review = 2, Relearning = 3 };

// Returns "again", "hard", "good" or "easy".
const char* ratingName(Rating rating);
// Returns "new", "learning", "review" or "relearning".
const char* cardPhaseName(CardPhase phase);

// The scheduling state of one card. One struct serves FSRS, SM-2 and Leitner; each scheduler reads and
// writes only the fields it documents, and storage keeps all of them.
struct CardMemory {
    CardPhase phase = CardPhase::New;
    double stability = 0.0;     // FSRS stability, days (interval at which recall falls to 90 %)
    double difficulty = 0.0;    // FSRS difficulty, 1..10
    double ease = 2.5;          // SM-2 ease factor (>= 1.3)
    double intervalDays = 0.0;  // last scheduled interval, days (SM-2, Leitner, FSRS alike)
    int box = 0;                // Leitner box, 1..5 (0 while new)
    int step = 0;               // index into the learning or relearning steps
    int reps = 0;               // successful and failed reviews so far
    int lapses = 0;             // times a review-phase card was forgotten (rated Again)
    UnixMs dueMs = 0;           // when the card is next due, Unix ms
    UnixMs lastReviewMs = 0;    // when the card was last reviewed, Unix ms (0 = never)

    bool operator==(const CardMemory&) const = default;
};

}  // namespace retain
