// The original SuperMemo-2 rules (Wozniak 1990) with Retain's four ratings mapped onto its 0-5 quality
// scale (docs/scheduling.md). Fields of CardMemory it uses: phase, ease (E-Factor), step (the repetition
// number n: successful repetitions in a row), intervalDays, reps, lapses, dueMs, lastReviewMs.
#pragma once

#include "core/scheduler/scheduler.hpp"

namespace retain {

// Returns the SM-2 quality of a rating: Again 1, Hard 3, Good 4, Easy 5.
int sm2Quality(Rating rating);
// Returns EF' = max(1.3, EF + 0.1 - (5-q)(0.08 + (5-q) 0.02)).
double sm2NextEase(double ease, int quality);

class Sm2Scheduler final : public Scheduler {
public:
    explicit Sm2Scheduler(SchedulerConfig config);
    // cardKey is unused: SM-2 has no fuzz.
    NextStates nextStates(const CardMemory& card, UnixMs nowMs, std::string_view cardKey) const override;
    // Returns the estimate 0.9^(t / I): t whole days since the last review, I the last interval, so recall
    // is 90 % when the card falls due. 0 for a new card.
    double retrievability(const CardMemory& card, UnixMs nowMs) const override;
    // Returns the outcome of one rating.
    SchedulingOutcome outcome(const CardMemory& card, Rating rating, UnixMs nowMs) const;

private:
    SchedulerConfig m_config;
};

// Returns 0.9^(t / intervalDays) for t whole days since lastReviewMs; the SM-2 and Leitner recall estimate.
double intervalRetrievability(const CardMemory& card, UnixMs nowMs, int rolloverHour);

}  // namespace retain
