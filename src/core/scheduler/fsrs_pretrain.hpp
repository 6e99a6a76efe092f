// Pre-training of the four initial stabilities S0 (w0..w3) from the first long-term review of each card,
// as fsrs-rs does it before the gradient descent (docs/scheduling.md, "Optimiser").
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "core/scheduler/fsrs_training_items.hpp"
#include "core/scheduler/fsrs_weights.hpp"

namespace retain::fsrs {

// Returns S0 for Again, Hard, Good, Easy (days) fitted to items with one long-term review
// (TrainingSet::initialization): per (first rating, delta days) the recall rate smoothed as
// (recalled + mean recall) / (n + 1); per rating a ternary search over S in [0.001, 100] of the
// count-weighted cross-entropy of R(delta, S) + |S - default S0| / 16; then made monotone
// (Again <= Hard <= Good <= Easy, the rating with more items wins a clash), and ratings without data
// filled by power-law interpolation (exponents 0.41 and 0.54) or, with one rating only, the defaults
// scaled by its ratio. Returns the defaults' S0 when there is no item.
std::array<double, 4> pretrainInitialStability(const std::vector<TrainingItem>& initialization,
                                               const FsrsWeights& defaults);

// Returns S0 for the four ratings from those known (fitted[r] set): a missing Again, Hard, Good or Easy by
// the power laws S_Hard = S_Again^0.41 S_Good^0.59 and S_Good = S_Hard^0.46 S_Easy^0.54 (solved for the
// missing one), else the defaults scaled by the nearest known rating's ratio; all clamped to 0.001..100.
// The defaults' S0 when none is known. fsrs-rs also refills the ratings without data this way after training.
std::array<double, 4> fillInitialStability(std::array<std::optional<double>, 4> fitted, const FsrsWeights& defaults);

// Returns the count-weighted cross-entropy of S for one first rating (the ternary search's objective):
// sum over delta groups of n (-(r ln R + (1 - r) ln(1 - R))), R = R(delta, S) with the defaults' decay,
// plus |S - defaultS0| / 16. Groups are (delta days, items, smoothed recall).
struct InitialStabilityGroup {
    int deltaDays = 1;
    double count = 0.0;
    double recall = 0.0;  // smoothed recall rate, 0..1
};
double initialStabilityLoss(const std::vector<InitialStabilityGroup>& groups, double stability, double defaultS0,
                            const FsrsWeights& defaults);

}  // namespace retain::fsrs
