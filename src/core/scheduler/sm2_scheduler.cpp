#include "core/scheduler/sm2_scheduler.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/scheduler/scheduler_outcome.hpp"

namespace retain {

namespace {

constexpr double kMinEase = 1.3;     // SM-2's floor on the E-Factor
constexpr int kFirstIntervalDays = 1;   // I(1)
constexpr int kSecondIntervalDays = 6;  // I(2)

}  // namespace

int sm2Quality(Rating rating) {
    switch (rating) {
        case Rating::Again: return 1;  // "incorrect response; the correct one remembered"
        case Rating::Hard: return 3;   // "correct response recalled with serious difficulty"
        case Rating::Good: return 4;   // "correct response after a hesitation"
        case Rating::Easy: return 5;   // "perfect response"
    }
    return 4;
}

double sm2NextEase(double ease, int quality) {
    const int miss = 5 - quality;
    return std::max(kMinEase, ease + 0.1 - miss * (0.08 + miss * 0.02));
}

double intervalRetrievability(const CardMemory& card, UnixMs nowMs, int rolloverHour) {
    if (card.phase == CardPhase::New || card.lastReviewMs == 0) return 0.0;
    const double interval = std::max(card.intervalDays, 1.0);
    return std::pow(0.9, elapsedDays(card.lastReviewMs, nowMs, rolloverHour) / interval);
}

Sm2Scheduler::Sm2Scheduler(SchedulerConfig config) : m_config(std::move(config)) {}

double Sm2Scheduler::retrievability(const CardMemory& card, UnixMs nowMs) const {
    return intervalRetrievability(card, nowMs, m_config.dayRolloverHour);
}

SchedulingOutcome Sm2Scheduler::outcome(const CardMemory& card, Rating rating, UnixMs nowMs) const {
    CardMemory next = card;
    next.reps = card.reps + 1;
    const int quality = sm2Quality(rating);
    if (quality < 3) {
        // Start the repetitions again as if the item were new, without changing the E-Factor.
        next.phase = lapsePhase(card.phase);
        if (card.phase == CardPhase::Review) next.lapses = card.lapses + 1;
        next.step = 0;
        return makeOutcome(next, nowMs, kFirstIntervalDays);
    }
    next.ease = sm2NextEase(card.ease, quality);
    next.phase = CardPhase::Review;
    const int repetition = card.step + 1;  // n of this successful repetition
    double interval = 0.0;
    if (repetition == 1) interval = kFirstIntervalDays;
    else if (repetition == 2) interval = kSecondIntervalDays;
    else interval = std::ceil(std::max(card.intervalDays, 1.0) * next.ease);  // fractions round up
    next.step = repetition;
    return makeOutcome(next, nowMs, std::min(interval, static_cast<double>(m_config.maximumIntervalDays)));
}

NextStates Sm2Scheduler::nextStates(const CardMemory& card, UnixMs nowMs, std::string_view /*cardKey*/) const {
    return NextStates{outcome(card, Rating::Again, nowMs), outcome(card, Rating::Hard, nowMs),
                      outcome(card, Rating::Good, nowMs), outcome(card, Rating::Easy, nowMs)};
}

}  // namespace retain
