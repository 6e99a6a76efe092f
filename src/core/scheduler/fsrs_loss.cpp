#include "core/scheduler/fsrs_loss.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "core/scheduler/fsrs_item_model.hpp"

namespace retain::fsrs {

namespace {

constexpr double kProbabilityFloor = 1e-7;

}  // namespace

const WeightArray kL2Scale = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33,
                              0.3,  0.09, 0.16,  0.57,  0.25, 1.03, 0.31, 0.32, 0.14, 0.27};

double binaryCrossEntropy(double predicted, bool recalled) {
    const double p = std::clamp(predicted, kProbabilityFloor, 1.0 - kProbabilityFloor);
    return recalled ? -std::log(p) : -std::log(1.0 - p);
}

FsrsMetrics evaluateItems(const FsrsWeights& weights, const std::vector<TrainingItem>& items) {
    struct Bin {
        double predicted = 0.0, recalled = 0.0, count = 0.0, weight = 0.0;
    };
    const WeightArray w = weights.toArray();
    std::map<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>, Bin> bins;
    double lossSum = 0.0;
    double weightSum = 0.0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const double c = recencyWeight(i, items.size());
        const double p = itemRetrievability(w, items[i]);
        lossSum += c * binaryCrossEntropy(p, items[i].recalled());
        weightSum += c;
        Bin& bin = bins[rmseBin(items[i])];
        bin.predicted += p;
        bin.recalled += items[i].recalled() ? 1.0 : 0.0;
        bin.count += 1.0;
        bin.weight += c;
    }
    FsrsMetrics metrics;
    metrics.items = items.size();
    if (items.empty()) return metrics;
    double squares = 0.0;
    for (const auto& [key, bin] : bins) {
        const double gap = (bin.predicted - bin.recalled) / bin.count;
        squares += gap * gap * bin.weight;
    }
    metrics.logLoss = lossSum / weightSum;
    metrics.rmseBins = std::sqrt(squares / weightSum);
    return metrics;
}

BatchLoss batchLoss(const WeightArray& weights, const WeightArray& start, const std::vector<const TrainingItem*>& batch,
                    const std::vector<double>& itemWeights, std::size_t totalItems) {
    std::array<Dual, kWeightCount> w;
    for (int i = 0; i < kWeightCount; ++i) w[static_cast<std::size_t>(i)] = Dual::variable(weights[i], i);
    BatchLoss result;
    double weightSum = 0.0;
    for (std::size_t k = 0; k < batch.size(); ++k) {
        const Dual p = itemRetrievability(w, *batch[k]);
        const double c = itemWeights[k];
        weightSum += c;
        // d bce / d p = -1/p for a recall, 1/(1-p) for a lapse; p kept off 0 and 1 as in binaryCrossEntropy.
        const double clamped = std::clamp(p.v, kProbabilityFloor, 1.0 - kProbabilityFloor);
        const bool inside = clamped == p.v;
        const double slope = batch[k]->recalled() ? -1.0 / clamped : 1.0 / (1.0 - clamped);
        result.loss += c * binaryCrossEntropy(p.v, batch[k]->recalled());
        if (inside)
            for (int i = 0; i < kWeightCount; ++i) result.gradient[i] += c * slope * p.d[i];
    }
    // The L2 pull, scaled to the batch's share of the training set, is added to the weighted sum of the
    // cross-entropies (fsrs-rs sums the batch); both are then divided by the batch's weight, so the loss
    // reads as a mean cross-entropy.
    const double share = totalItems > 0 ? static_cast<double>(batch.size()) / static_cast<double>(totalItems) : 0.0;
    for (int i = 0; i < kWeightCount; ++i) {
        const double z = (weights[i] - start[i]) / kL2Scale[i];
        result.loss += z * z * share;
        result.gradient[i] += 2.0 * z / kL2Scale[i] * share;
    }
    if (weightSum > 0.0) {
        result.loss /= weightSum;
        for (double& g : result.gradient) g /= weightSum;
    }
    return result;
}

}  // namespace retain::fsrs
