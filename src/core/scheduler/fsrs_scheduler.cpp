#include "core/scheduler/fsrs_scheduler.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "core/scheduler/fsrs_formulas.hpp"
#include "core/scheduler/fsrs_fuzz.hpp"
#include "core/scheduler/scheduler_outcome.hpp"

namespace retain {

namespace {

constexpr double kSecondsPerDay = 86400.0;

// Where a rating leaves a card that is in its (re)learning steps.
struct StepMove {
    int step = 0;               // the new step index
    double intervalSeconds = 0; // time until the next step, seconds
};

// Returns the delay of Hard in the steps, seconds: 1.5 x the only step, or the mean of the first two,
// rounded to whole minutes as ts-fsrs does (its steps are whole minutes; 1 min / 10 min give 6 min).
double hardDelay(const std::vector<int>& steps) {
    const double seconds = steps.size() == 1 ? 1.5 * steps[0] : (steps[0] + steps[1]) / 2.0;
    return seconds >= 60.0 ? 60.0 * std::floor(seconds / 60.0 + 0.5) : seconds;
}

// Returns the next step of a (re)learning card at step after rating, or nullopt when the card graduates to
// Review, as ts-fsrs 5's learning-steps strategy: Again restarts the steps; Hard stays at the step and waits
// hardDelay(); Good moves on and graduates after the last step; Easy graduates at once. A step index past
// the end (the steps were shortened) graduates on any rating.
std::optional<StepMove> moveThroughSteps(const std::vector<int>& steps, int step, Rating rating) {
    const int count = static_cast<int>(steps.size());
    if (count == 0 || step >= count) return std::nullopt;
    switch (rating) {
        case Rating::Again: return StepMove{0, static_cast<double>(steps[0])};
        case Rating::Hard:
            // ts-fsrs 5 waits the same Hard delay at every step (Anki repeats the current step after the first).
            return StepMove{step, hardDelay(steps)};
        case Rating::Good:
            if (step + 1 >= count) return std::nullopt;
            return StepMove{step + 1, static_cast<double>(steps[step + 1])};
        case Rating::Easy: return std::nullopt;
    }
    return std::nullopt;
}

// Orders the whole-day intervals of a card that was in Review strictly, as ts-fsrs 5 and Anki do:
// Hard <= Good, Good >= Hard + 1, Easy >= Good + 1 (after fuzz, so fuzz can never invert them); then the
// maximum interval caps all three (Anki's order: the maximum wins over the + 1).
void orderReviewIntervals(NextStates& states, UnixMs nowMs, int maximumIntervalDays) {
    auto days = [](const SchedulingOutcome& outcome) { return static_cast<int>(std::lround(outcome.intervalDays)); };
    const int cap = std::max(maximumIntervalDays, 1);
    const int hard = std::min(days(states.hard), days(states.good));
    const int good = std::max(days(states.good), hard + 1);
    const int easy = std::max(days(states.easy), good + 1);
    states.hard = makeOutcome(states.hard.next, nowMs, std::min(hard, cap));
    states.good = makeOutcome(states.good.next, nowMs, std::min(good, cap));
    states.easy = makeOutcome(states.easy.next, nowMs, std::min(easy, cap));
}

}  // namespace

FsrsScheduler::FsrsScheduler(SchedulerConfig config) : m_config(std::move(config)) {}

double FsrsScheduler::retrievability(const CardMemory& card, UnixMs nowMs) const {
    if (card.phase == CardPhase::New || card.stability <= 0.0) return 0.0;
    const int days = elapsedDays(card.lastReviewMs, nowMs, m_config.dayRolloverHour);
    return fsrs::forgettingCurve(m_config.fsrsWeights, days, card.stability);
}

void FsrsScheduler::updateMemory(CardMemory& next, const CardMemory& card, Rating rating, UnixMs nowMs) const {
    const FsrsWeights& w = m_config.fsrsWeights;
    if (card.phase == CardPhase::New || card.stability <= 0.0) {
        next.stability = fsrs::initialStability(w, rating);
        next.difficulty = fsrs::initialDifficulty(w, rating);
        return;
    }
    const int days = elapsedDays(card.lastReviewMs, nowMs, m_config.dayRolloverHour);
    if (days == 0) {
        next.stability = fsrs::shortTermStability(w, card.stability, rating);
    } else {
        const double r = fsrs::forgettingCurve(w, days, card.stability);
        next.stability = fsrs::nextStability(w, card.difficulty, card.stability, r, rating);
    }
    next.difficulty = fsrs::nextDifficulty(w, card.difficulty, rating);
}

int FsrsScheduler::reviewInterval(double stability, double fuzzFraction, int elapsed) const {
    const int days = fsrs::nextInterval(m_config.fsrsWeights, stability, m_config.desiredRetention,
                                        m_config.maximumIntervalDays);
    if (!m_config.enableFuzz) return days;
    return fsrs::fuzzedInterval(days, m_config.maximumIntervalDays, fuzzFraction, elapsed);
}

SchedulingOutcome FsrsScheduler::outcome(const CardMemory& card, Rating rating, UnixMs nowMs,
                                         double fuzzFraction) const {
    CardMemory next = card;
    updateMemory(next, card, rating, nowMs);
    next.reps = card.reps + 1;

    auto graduate = [&]() {
        next.phase = CardPhase::Review;
        next.step = 0;
        const int elapsed = card.phase == CardPhase::New ? 0 : elapsedDays(card.lastReviewMs, nowMs, m_config.dayRolloverHour);
        return makeOutcome(next, nowMs, reviewInterval(next.stability, fuzzFraction, elapsed));
    };
    auto stepOrGraduate = [&](const std::vector<int>& steps, CardPhase stepPhase, int step) {
        const std::optional<StepMove> move = moveThroughSteps(steps, step, rating);
        if (!move) return graduate();
        next.phase = stepPhase;
        next.step = move->step;
        return makeOutcome(next, nowMs, move->intervalSeconds / kSecondsPerDay);
    };

    switch (card.phase) {
        case CardPhase::New: return stepOrGraduate(m_config.learningStepsSeconds, CardPhase::Learning, 0);
        case CardPhase::Learning:
            return stepOrGraduate(m_config.learningStepsSeconds, CardPhase::Learning, card.step);
        case CardPhase::Relearning:
            return stepOrGraduate(m_config.relearningStepsSeconds, CardPhase::Relearning, card.step);
        case CardPhase::Review:
            if (rating != Rating::Again) return graduate();
            next.lapses = card.lapses + 1;
            return stepOrGraduate(m_config.relearningStepsSeconds, CardPhase::Relearning, 0);
    }
    return graduate();
}

NextStates FsrsScheduler::nextStates(const CardMemory& card, UnixMs nowMs, std::string_view cardKey) const {
    const double fraction = m_config.enableFuzz ? fsrs::fuzzFraction(cardKey, card.reps) : 0.0;
    NextStates states{outcome(card, Rating::Again, nowMs, fraction), outcome(card, Rating::Hard, nowMs, fraction),
                      outcome(card, Rating::Good, nowMs, fraction), outcome(card, Rating::Easy, nowMs, fraction)};
    if (card.phase == CardPhase::Review) orderReviewIntervals(states, nowMs, m_config.maximumIntervalDays);
    return states;
}

}  // namespace retain
