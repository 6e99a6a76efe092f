// The optimiser (fsrs_optimizer.hpp).
//
// [SECTION] Adam and batches
// [SECTION] bounds and learning rate
// [SECTION] training
#include "core/scheduler/fsrs_optimizer.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/scheduler/fsrs_pretrain.hpp"
#include "core/seeded_random.hpp"

namespace retain::fsrs {

namespace {

// [SECTION] Adam and batches ----------------------------------------------------------------------

constexpr double kAdamBeta1 = 0.9;
constexpr double kAdamBeta2 = 0.999;
constexpr double kAdamEpsilon = 1e-8;

// Adam's moment estimates (Kingma and Ba 2015).
struct AdamState {
    WeightArray first{};
    WeightArray second{};
    int steps = 0;

    // Moves w against gradient by rate x m^ / (sqrt(v^) + eps) with bias-corrected moments.
    void step(WeightArray& w, const WeightArray& gradient, double rate) {
        ++steps;
        const double correction1 = 1.0 - std::pow(kAdamBeta1, steps);
        const double correction2 = 1.0 - std::pow(kAdamBeta2, steps);
        for (int i = 0; i < kWeightCount; ++i) {
            first[i] = kAdamBeta1 * first[i] + (1.0 - kAdamBeta1) * gradient[i];
            second[i] = kAdamBeta2 * second[i] + (1.0 - kAdamBeta2) * gradient[i] * gradient[i];
            w[i] -= rate * (first[i] / correction1) / (std::sqrt(second[i] / correction2) + kAdamEpsilon);
        }
    }
};

// The mini-batches: items sorted by history length (stable, as fsrs-rs batches them), cut into batches.
struct Batches {
    std::vector<std::vector<const TrainingItem*>> items;
    std::vector<std::vector<double>> weights;  // each item's recency weight
};

Batches makeBatches(const std::vector<TrainingItem>& items, std::size_t batchSize) {
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return items[a].reviews.size() < items[b].reviews.size(); });
    Batches batches;
    for (std::size_t start = 0; start < order.size(); start += batchSize) {
        batches.items.emplace_back();
        batches.weights.emplace_back();
        for (std::size_t k = start; k < std::min(start + batchSize, order.size()); ++k) {
            batches.items.back().push_back(&items[order[k]]);
            batches.weights.back().push_back(recencyWeight(order[k], items.size()));
        }
    }
    return batches;
}

}  // namespace

// [SECTION] bounds and learning rate --------------------------------------------------------------

const std::array<std::pair<double, double>, kWeightCount> kWeightBounds = {{
    {0.001, 100.0}, {0.001, 100.0}, {0.001, 100.0}, {0.001, 100.0},  // w0..w3 S0, days
    {1.0, 10.0},                                                    // w4 D0 base
    {0.001, 4.0}, {0.001, 4.0}, {0.001, 0.75},                      // w5 D0 exponent, w6 delta, w7 reversion
    {0.0, 4.5}, {0.0, 0.8}, {0.001, 3.5},                           // w8..w10 recall
    {0.001, 5.0}, {0.001, 0.25}, {0.001, 0.9}, {0.0, 4.0},          // w11..w14 forget
    {0.0, 1.0}, {1.0, 6.0},                                         // w15 hard penalty, w16 easy bonus
    {0.0, 2.0}, {0.0, 2.0}, {0.01, 0.8},                            // w17..w19 short term
    {0.1, 0.8},                                                     // w20 decay
}};

WeightArray clampWeights(WeightArray w) {
    for (int i = 0; i < kWeightCount; ++i) w[i] = std::clamp(w[i], kWeightBounds[i].first, kWeightBounds[i].second);
    return w;
}

double cosineLearningRate(double rate, int step, int totalSteps) {
    if (totalSteps <= 0) return rate;
    return rate * (1.0 + std::cos(std::numbers::pi * step / totalSteps)) / 2.0;
}

// [SECTION] training ------------------------------------------------------------------------------

OptimizerResult optimizeWeights(const TrainingSet& set, const FsrsWeights& defaults, const OptimizerOptions& options) {
    OptimizerResult result;
    result.weights = defaults;
    result.before = evaluateItems(defaults, set.items);
    result.after = result.before;
    const std::size_t n = set.items.size();
    if (n < kMinItemsForAny) {
        result.outcome = OptimizerOutcome::TooFewItems;
        result.message = "Not enough reviews to optimise: " + std::to_string(n) +
                         " usable reviews (a card's review on a later day than its previous one, unusual first"
                         " delays set aside), at least " + std::to_string(kMinItemsForAny) + " are needed; the default weights stay.";
        return result;
    }
    WeightArray start = defaults.toArray();
    const std::array<double, 4> s0 = pretrainInitialStability(set.initialization, defaults);
    std::copy(s0.begin(), s0.end(), start.begin());
    start = clampWeights(start);
    if (n < kMinItemsForTraining) {
        result.outcome = OptimizerOutcome::InitialOnly;
        result.weights = FsrsWeights::fromArray(start);
        result.after = evaluateItems(result.weights, set.items);
        result.message = "Only the initial stabilities were fitted: " + std::to_string(n) + " usable reviews, at least " +
                         std::to_string(kMinItemsForTraining) + " are needed to fit all 21 weights.";
        return result;
    }

    Batches batches = makeBatches(set.items, std::max<std::size_t>(options.batchSize, 1));
    const int totalSteps = static_cast<int>((n / std::max<std::size_t>(options.batchSize, 1) + 1) * options.epochs);
    SplitMix64 random(options.seed);
    std::vector<std::size_t> batchOrder(batches.items.size());
    WeightArray w = start;
    AdamState adam;
    int step = 0;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        for (std::size_t i = 0; i < batchOrder.size(); ++i) batchOrder[i] = i;
        seededShuffle(batchOrder, random);
        for (std::size_t b : batchOrder) {
            const BatchLoss loss = batchLoss(w, start, batches.items[b], batches.weights[b], n);
            adam.step(w, loss.gradient, cosineLearningRate(options.learningRate, step, totalSteps));
            w = clampWeights(w);
            ++step;
            if (options.progress && !options.progress(step, static_cast<int>(batchOrder.size()) * options.epochs)) {
                result.outcome = OptimizerOutcome::Cancelled;
                result.message = "Optimisation cancelled; the weights are unchanged.";
                return result;
            }
        }
    }
    // Ratings that never started a card got no gradient: derive their S0 from the trained ones again.
    std::array<std::optional<double>, 4> trained;
    for (const TrainingItem& item : set.initialization) {
        const std::size_t r = static_cast<std::size_t>(item.reviews.front().rating - 1);
        trained[r] = w[r];
    }
    const std::array<double, 4> s0Trained = fillInitialStability(trained, defaults);
    std::copy(s0Trained.begin(), s0Trained.end(), w.begin());
    result.outcome = OptimizerOutcome::Optimised;
    result.weights = FsrsWeights::fromArray(w);
    result.after = evaluateItems(result.weights, set.items);
    result.message = "Optimised on " + std::to_string(n) + " reviews.";
    return result;
}

OptimizerResult optimizeReviewLog(const std::vector<ReplayReview>& reviews, const OptimizerOptions& options,
                                  int rolloverHour) {
    const std::vector<TrainingItem> items = buildTrainingItems(reviews, rolloverHour);
    const TrainingSet set = prepareTrainingSet(items);
    OptimizerResult result = optimizeWeights(set, FsrsWeights{}, options);
    result.builtItems = items.size();
    return result;
}

}  // namespace retain::fsrs
