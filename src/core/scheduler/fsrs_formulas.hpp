// The FSRS-6 memory model as pure functions, one per published formula (docs/scheduling.md gives each
// formula in mathematical form). G is the rating 1..4, S stability in days, D difficulty 1..10,
// R retrievability 0..1, t elapsed days.
#pragma once

#include "core/scheduler/fsrs_weights.hpp"
#include "core/types.hpp"

namespace retain::fsrs {

constexpr double kMinStability = 0.001;  // days; stability never falls below this
constexpr double kMaxStability = 36500.0;  // days; nor rises above this (fsrs-rs, ts-fsrs)
constexpr double kMinDifficulty = 1.0;
constexpr double kMaxDifficulty = 10.0;

// Returns the forgetting curve's exponent, decay = -w20 (negative).
double curveDecay(const FsrsWeights& w);
// Returns factor = 0.9^(1/decay) - 1, chosen so that R(S, S) = 0.9.
double curveFactor(const FsrsWeights& w);

// Returns S0(G) = w[G-1], days (clamped to kMinStability).
double initialStability(const FsrsWeights& w, Rating rating);
// Returns D0(G) = w4 - e^(w5 (G-1)) + 1, clamped to 1..10 when clamp is true.
double initialDifficulty(const FsrsWeights& w, Rating rating, bool clamp = true);
// Returns R(t, S) = (1 + factor t / S)^decay: the probability of recall t days (>= 0) after the last review.
double forgettingCurve(const FsrsWeights& w, double elapsedDays, double stability);
// Returns the exact interval, days, at which R falls to desiredRetention: S / factor (r^(1/decay) - 1).
double intervalForRetention(const FsrsWeights& w, double stability, double desiredRetention);
// Returns the scheduled interval, whole days: intervalForRetention rounded half away from zero, at
// least 1 and at most maximumIntervalDays.
int nextInterval(const FsrsWeights& w, double stability, double desiredRetention, int maximumIntervalDays);
// Returns D' after rating G: D + (-w6 (G-3)) (10-D)/9 (linear damping), then mean reversion
// w7 D0(Easy) + (1-w7) D' with D0(Easy) unclamped; clamped to 1..10.
double nextDifficulty(const FsrsWeights& w, double difficulty, Rating rating);
// Returns S' after a successful review (Hard, Good or Easy) on a later day:
// S (1 + e^w8 (11-D) S^-w9 (e^(w10 (1-R)) - 1) hardPenalty easyBonus), clamped to kMinStability.
double stabilityAfterSuccess(const FsrsWeights& w, double difficulty, double stability, double retrievability,
                             Rating rating);
// Returns S' after a lapse (Again) on a later day: min(w11 D^-w12 ((S+1)^w13 - 1) e^(w14 (1-R)),
// S / e^(w17 w18)); the second term keeps a lapse from raising stability. Clamped to
// kMinStability..kMaxStability, as every stability formula here.
double stabilityAfterFailure(const FsrsWeights& w, double difficulty, double stability, double retrievability);
// Returns S' after a same-day review (elapsed days 0): S e^(w17 (G-3+w18)) S^-w19, where the increase is at
// least 1 for Hard, Good and Easy (only Again may lower S on the same day). Clamped to kMinStability.
double shortTermStability(const FsrsWeights& w, double stability, Rating rating);
// Returns S' for a review t >= 1 days after the last: stabilityAfterFailure for Again, else
// stabilityAfterSuccess.
double nextStability(const FsrsWeights& w, double difficulty, double stability, double retrievability,
                     Rating rating);

}  // namespace retain::fsrs
