// FSRS-6 scheduling: the memory model of fsrs_formulas.hpp driven by a Learning -> Review -> Relearning
// state machine with learning and relearning steps, as py-fsrs 6 does it (docs/scheduling.md).
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
    SchedulingOutcome outcome(const CardMemory& card, Rating rating, UnixMs nowMs, double fuzzFraction) const;

    const SchedulerConfig& config() const { return m_config; }

private:
    // Sets next.stability and next.difficulty after rating at nowMs (initial, same-day or long-term rule).
    void updateMemory(CardMemory& next, const CardMemory& card, Rating rating, UnixMs nowMs) const;
    // Returns the whole-day review interval for stability, fuzzed when fuzz is on.
    int reviewInterval(double stability, double fuzzFraction) const;

    SchedulerConfig m_config;
};

}  // namespace retain
