// The common interface of the three schedulers (FSRS-6, SM-2, Leitner). A scheduler is a pure function of
// (card state, time, rating): nextStates() computes the outcome of all four ratings as data, Anki style,
// and the caller stores the one the learner chose. Formulas and rules: docs/scheduling.md.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/scheduler/fsrs_weights.hpp"
#include "core/types.hpp"

namespace retain {

// Which algorithm schedules a profile's cards.
enum class SchedulerKind { Fsrs, Sm2, Leitner };

// Returns "fsrs", "sm2" or "leitner" (the stored spelling).
const char* schedulerKindName(SchedulerKind kind);
// Parses "fsrs", "sm2" or "leitner"; nullopt for anything else.
std::optional<SchedulerKind> parseSchedulerKind(std::string_view name);

// Settings of every scheduler; each reads the fields it documents.
struct SchedulerConfig {
    FsrsWeights fsrsWeights;                         // FSRS-6 parameters w0..w20
    double desiredRetention = 0.90;                  // FSRS: target recall probability at the due time, (0, 1)
    std::vector<int> learningStepsSeconds{60, 600};  // FSRS: steps of a new card, seconds (1 min, 10 min)
    std::vector<int> relearningStepsSeconds{600};    // FSRS: steps after a lapse, seconds (10 min)
    int maximumIntervalDays = 36500;                 // all: longest interval, days
    bool enableFuzz = false;                         // FSRS: spread review intervals >= 3 days (deterministic per card)
    int dayRolloverHour = 0;                         // all: a new day starts this many hours after UTC midnight (0..23)
    std::array<int, 5> leitnerBoxDays{1, 2, 4, 8, 16};  // Leitner: interval of boxes 1..5, days
};

// The result of one rating, as data: the card's new state and when it is next due.
struct SchedulingOutcome {
    CardMemory next;      // the card after the review (next.dueMs == dueMs, next.intervalDays == intervalDays)
    UnixMs dueMs = 0;     // when the card is next due, Unix ms
    double intervalDays = 0.0;  // time until due, days (fractional for learning steps: 10 min = 0.00694)
};

// The outcome of each of the four ratings for one review.
struct NextStates {
    SchedulingOutcome again, hard, good, easy;
    // Returns the outcome of rating.
    const SchedulingOutcome& of(Rating rating) const;
};

class Scheduler {
public:
    virtual ~Scheduler() = default;
    // Computes the outcome of all four ratings for a review at nowMs (Unix ms), changing nothing. cardKey
    // (e.g. "bank/question") seeds the deterministic fuzz, so the same card at the same reps gets the same
    // interval on every machine.
    virtual NextStates nextStates(const CardMemory& card, UnixMs nowMs, std::string_view cardKey) const = 0;
    // Returns the probability (0..1) of recalling the card at nowMs: FSRS retrievability; an estimate
    // for SM-2 and Leitner. 0 for a new card.
    virtual double retrievability(const CardMemory& card, UnixMs nowMs) const = 0;
    // Returns the outcome of one rating (shorthand for nextStates(...).of(rating)).
    SchedulingOutcome review(const CardMemory& card, Rating rating, UnixMs nowMs, std::string_view cardKey) const {
        return nextStates(card, nowMs, cardKey).of(rating);
    }
};

// Returns a scheduler of the given kind using config (copied).
std::unique_ptr<Scheduler> makeScheduler(SchedulerKind kind, const SchedulerConfig& config);

// Returns the day number of timeMs (Unix ms): whole days since 1970-01-01 00:00 UTC + rolloverHour.
std::int64_t dayNumber(UnixMs timeMs, int rolloverHour);
// Returns whole calendar days between two time points (Unix ms) under the rollover hour; 0 when laterMs
// is on the same day or earlier. This is FSRS's "elapsed days" t.
int elapsedDays(UnixMs earlierMs, UnixMs laterMs, int rolloverHour);

}  // namespace retain
