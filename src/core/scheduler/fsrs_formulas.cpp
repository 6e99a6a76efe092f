#include "core/scheduler/fsrs_formulas.hpp"

#include <algorithm>
#include <cmath>

namespace retain::fsrs {

namespace {

int grade(Rating rating) { return static_cast<int>(rating); }

double clampStability(double stability) { return std::clamp(stability, kMinStability, kMaxStability); }

double clampDifficulty(double difficulty) { return std::clamp(difficulty, kMinDifficulty, kMaxDifficulty); }

}  // namespace

double curveDecay(const FsrsWeights& w) { return -w.decay; }

double curveFactor(const FsrsWeights& w) { return std::pow(0.9, 1.0 / curveDecay(w)) - 1.0; }

double initialStability(const FsrsWeights& w, Rating rating) {
    switch (rating) {
        case Rating::Again: return clampStability(w.initialStabilityAgain);
        case Rating::Hard: return clampStability(w.initialStabilityHard);
        case Rating::Good: return clampStability(w.initialStabilityGood);
        case Rating::Easy: return clampStability(w.initialStabilityEasy);
    }
    return clampStability(w.initialStabilityGood);
}

double initialDifficulty(const FsrsWeights& w, Rating rating, bool clamp) {
    const double d0 = w.initialDifficulty - std::exp(w.initialDifficultyExponent * (grade(rating) - 1)) + 1.0;
    return clamp ? clampDifficulty(d0) : d0;
}

double forgettingCurve(const FsrsWeights& w, double elapsedDays, double stability) {
    const double t = std::max(elapsedDays, 0.0);
    return std::pow(1.0 + curveFactor(w) * t / clampStability(stability), curveDecay(w));
}

double intervalForRetention(const FsrsWeights& w, double stability, double desiredRetention) {
    return stability / curveFactor(w) * (std::pow(desiredRetention, 1.0 / curveDecay(w)) - 1.0);
}

int nextInterval(const FsrsWeights& w, double stability, double desiredRetention, int maximumIntervalDays) {
    const double exact = intervalForRetention(w, stability, desiredRetention);
    // Compare in double first so an absurd stability cannot overflow the int conversion.
    const double capped = std::min(std::round(exact), static_cast<double>(std::max(maximumIntervalDays, 1)));
    return std::max(static_cast<int>(capped), 1);
}

double nextDifficulty(const FsrsWeights& w, double difficulty, Rating rating) {
    const double delta = -w.difficultyDelta * (grade(rating) - 3);
    const double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
    const double target = initialDifficulty(w, Rating::Easy, /*clamp=*/false);
    return clampDifficulty(w.meanReversion * target + (1.0 - w.meanReversion) * damped);
}

double stabilityAfterSuccess(const FsrsWeights& w, double difficulty, double stability, double retrievability,
                             Rating rating) {
    const double hardPenalty = rating == Rating::Hard ? w.hardPenalty : 1.0;
    const double easyBonus = rating == Rating::Easy ? w.easyBonus : 1.0;
    const double increase = std::exp(w.recallStabilityFactor) * (11.0 - difficulty) *
                            std::pow(stability, -w.recallStabilityDecay) *
                            (std::exp(w.recallRetrievabilityGain * (1.0 - retrievability)) - 1.0) * hardPenalty *
                            easyBonus;
    return clampStability(stability * (1.0 + increase));
}

double stabilityAfterFailure(const FsrsWeights& w, double difficulty, double stability, double retrievability) {
    const double longTerm = w.forgetStabilityFactor * std::pow(difficulty, -w.forgetDifficultyExponent) *
                            (std::pow(stability + 1.0, w.forgetStabilityExponent) - 1.0) *
                            std::exp(w.forgetRetrievabilityGain * (1.0 - retrievability));
    const double ceiling = stability / std::exp(w.shortTermRatingFactor * w.shortTermRatingOffset);
    return clampStability(std::min(longTerm, ceiling));
}

double shortTermStability(const FsrsWeights& w, double stability, Rating rating) {
    double increase = std::exp(w.shortTermRatingFactor * (grade(rating) - 3 + w.shortTermRatingOffset)) *
                      std::pow(stability, -w.shortTermStabilityExponent);
    // Only Again may lower stability on the same day (fsrs-rs `stability_short_term`, ts-fsrs 5).
    if (rating != Rating::Again) increase = std::max(increase, 1.0);
    return clampStability(stability * increase);
}

double nextStability(const FsrsWeights& w, double difficulty, double stability, double retrievability,
                     Rating rating) {
    if (rating == Rating::Again) return stabilityAfterFailure(w, difficulty, stability, retrievability);
    return stabilityAfterSuccess(w, difficulty, stability, retrievability, rating);
}

}  // namespace retain::fsrs
