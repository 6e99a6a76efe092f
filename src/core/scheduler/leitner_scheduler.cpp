#include "core/scheduler/leitner_scheduler.hpp"

#include <algorithm>
#include <utility>

#include "core/scheduler/scheduler_outcome.hpp"
#include "core/scheduler/sm2_scheduler.hpp"

namespace retain {

int leitnerNextBox(int box, Rating rating) {
    const int current = std::clamp(box, 0, kLeitnerBoxes);
    switch (rating) {
        case Rating::Again: return 1;
        case Rating::Hard: return std::max(current, 1);
        case Rating::Good: return std::min(current + 1, kLeitnerBoxes);
        case Rating::Easy: return std::min(current + 2, kLeitnerBoxes);
    }
    return std::max(current, 1);
}

LeitnerScheduler::LeitnerScheduler(SchedulerConfig config) : m_config(std::move(config)) {}

double LeitnerScheduler::retrievability(const CardMemory& card, UnixMs nowMs) const {
    return intervalRetrievability(card, nowMs, m_config.dayRolloverHour);
}

SchedulingOutcome LeitnerScheduler::outcome(const CardMemory& card, Rating rating, UnixMs nowMs) const {
    CardMemory next = card;
    next.reps = card.reps + 1;
    next.box = leitnerNextBox(card.box, rating);
    if (rating == Rating::Again) {
        next.phase = lapsePhase(card.phase);
        if (card.phase == CardPhase::Review) next.lapses = card.lapses + 1;
    } else {
        next.phase = CardPhase::Review;
    }
    const int days = std::min(m_config.leitnerBoxDays[next.box - 1], m_config.maximumIntervalDays);
    return makeOutcome(next, nowMs, days);
}

NextStates LeitnerScheduler::nextStates(const CardMemory& card, UnixMs nowMs, std::string_view /*cardKey*/) const {
    return NextStates{outcome(card, Rating::Again, nowMs), outcome(card, Rating::Hard, nowMs),
                      outcome(card, Rating::Good, nowMs), outcome(card, Rating::Easy, nowMs)};
}

}  // namespace retain
