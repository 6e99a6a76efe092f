// FSRS-6 scheduling: the memory model of fsrs_formulas.hpp driven by a Learning -> Review -> Relearning
// state machine with learning and relearning steps, as ts-fsrs 5 does it (docs/scheduling.md).
// Fields of CardMemory it uses: phase, stability, difficulty, step, reps, lapses, intervalDays, dueMs,
// lastReviewMs.
#pragma once

#include "core/scheduler/scheduler.hpp"

namespace retain {

class FsrsScheduler final : public Scheduler {
public:
    explicit FsrsScheduler(SchedulerConfig config);

    NextStates nextStates(const CardMemory& card, UnixMs nowMs, std::string_view cardKey) const override;
    // Returns R(t, S) with t the whole calendar days since the last review; 0 for a new card.
    double retrievability(const CardMemory& card, UnixMs nowMs) const override;
    // Returns the outcome of one rating; fuzzFraction in [0, 1) picks the fuzzed interval when fuzz is on.
    // Review intervals are not yet ordered against the other ratings: nextStates() does that.
    SchedulingOutcome outcome(const CardMemory& card, Rating rating, UnixMs nowMs, double fuzzFraction) const;

    const SchedulerConfig& config() const { return m_config; }

private:
    // Sets next.stability and next.difficulty after rating at nowMs (initial, same-day or long-term rule).
    void updateMemory(CardMemory& next, const CardMemory& card, Rating rating, UnixMs nowMs) const;
    // Returns the whole-day review interval for stability, fuzzed when fuzz is on (elapsed: days since
    // the last review, which the fuzz range stays above).
    int reviewInterval(double stability, double fuzzFraction, int elapsed) const;

    SchedulerConfig m_config;
};

}  // namespace retain
