// The FSRS-6 memory model over one training item, written once for plain numbers (evaluation) and for dual
// numbers (exact gradients): the same formulas as fsrs_formulas.hpp, as fsrs-rs's model applies them to a
// history (docs/scheduling.md). T is double or Dual; W is an array of 21 T.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>

#include "core/scheduler/fsrs_dual.hpp"
#include "core/scheduler/fsrs_formulas.hpp"
#include "core/scheduler/fsrs_training_items.hpp"

namespace retain::fsrs {

// Returns x clamped to lo..hi; outside the range the result is the constant bound (derivative 0).
template <typename T>
T clampValue(const T& x, double lo, double hi) {
    if (valueOf(x) < lo) return T(lo);
    if (valueOf(x) > hi) return T(hi);
    return x;
}

// Returns the smaller of a and b by value (the derivative follows the one chosen).
template <typename T>
T minValue(const T& a, const T& b) {
    return valueOf(a) <= valueOf(b) ? a : b;
}

// Memory state after a review: stability S (days) and difficulty D (1..10).
template <typename T>
struct ModelState {
    T stability;
    T difficulty;
};

// Returns R(t, S) = (1 + factor t / S)^(-w20), factor = 0.9^(-1/w20) - 1.
template <typename T>
T modelForgettingCurve(const std::array<T, kWeightCount>& w, double elapsedDays, const T& stability) {
    using std::exp;
    using std::log;
    const T decay = -w[20];
    const T factor = exp(T(std::log(0.9)) / decay) - T(1.0);
    return exp(decay * log(T(1.0) + factor * T(elapsedDays) / stability));
}

// Returns D0(G) = w4 - e^(w5 (G-1)) + 1, unclamped.
template <typename T>
T modelInitialDifficulty(const std::array<T, kWeightCount>& w, int rating) {
    using std::exp;
    return w[4] - exp(w[5] * T(rating - 1.0)) + T(1.0);
}

// Returns the state after the first review: S0 = w[G-1], D0 clamped to 1..10.
template <typename T>
ModelState<T> modelInitialState(const std::array<T, kWeightCount>& w, int rating) {
    return {clampValue(w[static_cast<std::size_t>(rating - 1)], kMinStability, kMaxStability),
            clampValue(modelInitialDifficulty(w, rating), kMinDifficulty, kMaxDifficulty)};
}

// Returns the state after a review with rating, deltaDays after the previous one: the same-day rule for
// 0 days, else the success or lapse rule at R(deltaDays, S); difficulty with linear damping and mean
// reversion towards D0(Easy).
template <typename T>
ModelState<T> modelStep(const std::array<T, kWeightCount>& w, const ModelState<T>& state, int rating, int deltaDays) {
    using std::exp;
    using std::pow;
    const T& s = state.stability;
    const T& d = state.difficulty;
    T next;
    if (deltaDays == 0) {
        T increase = exp(w[17] * (T(rating - 3.0) + w[18])) * pow(s, -w[19]);
        if (rating >= 2 && valueOf(increase) < 1.0) increase = T(1.0);
        next = s * increase;
    } else {
        const T r = modelForgettingCurve(w, deltaDays, s);
        if (rating == 1) {
            const T longTerm = w[11] * pow(d, -w[12]) * (pow(s + T(1.0), w[13]) - T(1.0)) * exp(w[14] * (T(1.0) - r));
            next = minValue(longTerm, s / exp(w[17] * w[18]));
        } else {
            T bonus = exp(w[8]) * (T(11.0) - d) * pow(s, -w[9]) * (exp(w[10] * (T(1.0) - r)) - T(1.0));
            if (rating == 2) bonus = bonus * w[15];
            if (rating == 4) bonus = bonus * w[16];
            next = s * (T(1.0) + bonus);
        }
    }
    const T damped = d + (-w[6] * T(rating - 3.0)) * (T(10.0) - d) / T(9.0);
    const T reverted = w[7] * modelInitialDifficulty(w, 4) + (T(1.0) - w[7]) * damped;
    return {clampValue(next, kMinStability, kMaxStability), clampValue(reverted, kMinDifficulty, kMaxDifficulty)};
}

// Returns the predicted probability of recalling the item's target: the state after every review before
// it, then R(target delta, S).
template <typename T>
T itemRetrievability(const std::array<T, kWeightCount>& w, const TrainingItem& item) {
    ModelState<T> state = modelInitialState(w, item.reviews.front().rating);
    for (std::size_t i = 1; i + 1 < item.reviews.size(); ++i)
        state = modelStep(w, state, item.reviews[i].rating, item.reviews[i].deltaDays);
    return modelForgettingCurve(w, item.target().deltaDays, state.stability);
}

}  // namespace retain::fsrs
