// Fits the 21 FSRS-6 weights to a learner's own review log, as fsrs-rs trains them (its published method,
// docs/scheduling.md "Optimiser"): S0 pre-training, then Adam on mini-batches of the recency-weighted
// cross-entropy with an L2 pull towards the starting weights, cosine learning rate, clamped weights.
// Deterministic for a given seed; no machine-learning framework (exact gradients by dual numbers).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/scheduler/fsrs_loss.hpp"
#include "core/scheduler/fsrs_training_items.hpp"

namespace retain::fsrs {

// Settings of one optimisation; the defaults are fsrs-rs's.
struct OptimizerOptions {
    std::uint64_t seed = 2023;        // shuffles the batch order each epoch
    int epochs = 5;
    std::size_t batchSize = 512;      // items per Adam step
    double learningRate = 0.04;       // at the first step; cosine-annealed towards 0
    // Called after every step with (steps done, total steps); returning false cancels.
    std::function<bool(int, int)> progress;
};

// How the optimisation ended.
enum class OptimizerOutcome {
    Optimised,         // every weight trained
    InitialOnly,       // fewer than kMinItemsForTraining items: only S0 pre-trained
    TooFewItems,       // fewer than kMinItemsForAny items: the defaults returned
    Cancelled,         // the progress callback said stop: the defaults returned
};

constexpr std::size_t kMinItemsForAny = 8;        // items (after the filter) to fit anything (fsrs-rs)
constexpr std::size_t kMinItemsForTraining = 64;  // items to train more than S0 (fsrs-rs)

struct OptimizerResult {
    OptimizerOutcome outcome = OptimizerOutcome::TooFewItems;
    FsrsWeights weights;            // the fitted weights (the defaults unless Optimised or InitialOnly)
    FsrsMetrics before;             // the starting (default) weights on the training set
    FsrsMetrics after;              // the fitted weights on the same items
    std::size_t builtItems = 0;     // items built from the log (before the outlier filter)
    std::string message;            // one sentence for the user: what was done, or why not
};

// The per-weight bounds applied after every step (w17, w18 up to 2; w19 from 0.01, short-term on).
extern const std::array<std::pair<double, double>, kWeightCount> kWeightBounds;

// Returns w clamped into kWeightBounds.
WeightArray clampWeights(WeightArray w);

// Returns the cosine-annealed learning rate at step (0-based) of totalSteps: rate (1 + cos(pi step / total)) / 2.
double cosineLearningRate(double rate, int step, int totalSteps);

// Optimises on the given training set, starting from defaults.
OptimizerResult optimizeWeights(const TrainingSet& set, const FsrsWeights& defaults, const OptimizerOptions& options = {});

// Builds the items of a review log, prepares the training set and optimises.
OptimizerResult optimizeReviewLog(const std::vector<ReplayReview>& reviews, const OptimizerOptions& options = {},
                                  int rolloverHour = 0);

}  // namespace retain::fsrs
