// The loss FSRS is trained and judged by, as fsrs-rs computes it (docs/scheduling.md, "Evaluation"):
// recency-weighted binary cross-entropy of the predicted recall, RMSE(bins), and for training the batch
// loss with the L2 pull towards the starting weights and its exact gradient.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "core/scheduler/fsrs_dual.hpp"
#include "core/scheduler/fsrs_training_items.hpp"
#include "core/scheduler/fsrs_weights.hpp"

namespace retain::fsrs {

using WeightArray = std::array<double, kWeightCount>;

// How well a set of weights predicts a training set.
struct FsrsMetrics {
    double logLoss = 0.0;    // recency-weighted mean binary cross-entropy, nats
    double rmseBins = 0.0;   // RMSE(bins), probability units
    std::size_t items = 0;   // items scored
};

// Returns -(y ln p + (1 - y) ln(1 - p)) with p kept inside [1e-7, 1 - 1e-7].
double binaryCrossEntropy(double predicted, bool recalled);

// Scores items in their order (item i weighs recencyWeight(i, n)): the weighted mean cross-entropy, and
// RMSE(bins) = sqrt(sum over bins of (mean predicted - mean recalled)^2 x bin weight / total weight), with
// unweighted means per bin and a bin's weight the sum of its items' recency weights (fsrs-rs).
FsrsMetrics evaluateItems(const FsrsWeights& weights, const std::vector<TrainingItem>& items);

// The standard deviations that scale the L2 pull of each weight towards its starting value.
extern const WeightArray kL2Scale;

// The loss of one mini-batch and its gradient with respect to w0..w20.
struct BatchLoss {
    double loss = 0.0;
    WeightArray gradient{};
};

// Returns (sum_i c_i bce_i + sum_j ((w_j - start_j) / kL2Scale_j)^2 x batch / total) / sum_i c_i, c_i the
// items' recency weights (the L2 pull added to the summed batch loss, as fsrs-rs does, then read as a
// mean), with its exact gradient (forward-mode dual numbers).
BatchLoss batchLoss(const WeightArray& weights, const WeightArray& start, const std::vector<const TrainingItem*>& batch,
                    const std::vector<double>& itemWeights, std::size_t totalItems);

}  // namespace retain::fsrs
