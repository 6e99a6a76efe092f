// The Leitner system with five boxes (docs/scheduling.md): Again sends a card to box 1, Hard keeps it,
// Good moves it up one box, Easy two; each box has a fixed interval (config.leitnerBoxDays, default 1, 2,
// 4, 8, 16 days). Fields of CardMemory it uses: phase, box (1..5, 0 while new), intervalDays, reps,
// lapses, dueMs, lastReviewMs.
#pragma once

#include "core/scheduler/scheduler.hpp"

namespace retain {

constexpr int kLeitnerBoxes = 5;

// Returns the box (1..5) a card in box (0 = new) moves to after rating.
int leitnerNextBox(int box, Rating rating);

class LeitnerScheduler final : public Scheduler {
public:
    explicit LeitnerScheduler(SchedulerConfig config);
    // cardKey is unused: Leitner has no fuzz.
    NextStates nextStates(const CardMemory& card, UnixMs nowMs, std::string_view cardKey) const override;
    // Returns the estimate 0.9^(t / I) as for SM-2 (t whole days since the last review, I the box interval).
    double retrievability(const CardMemory& card, UnixMs nowMs) const override;
    // Returns the outcome of one rating.
    SchedulingOutcome outcome(const CardMemory& card, Rating rating, UnixMs nowMs) const;

private:
    SchedulerConfig m_config;
};

}  // namespace retain
