#include "core/scheduler/fsrs_pretrain.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "core/scheduler/fsrs_formulas.hpp"

namespace retain::fsrs {

namespace {

constexpr double kLowestS0 = 0.001;   // days
constexpr double kHighestS0 = 100.0;  // days
constexpr double kHardExponent = 0.41;  // S(Hard) ~ S(Again)^0.41 S(Good)^0.59
constexpr double kEasyExponent = 0.54;  // S(Good) ~ S(Hard)^0.46 S(Easy)^0.54

// Returns the S in [0.001, 100] that minimises the loss, by ternary search (at most 1000 halvings of a
// third, stopping when the bracket is under 1e-6 days).
double fitRating(const std::vector<InitialStabilityGroup>& groups, double defaultS0, const FsrsWeights& defaults) {
    double lo = kLowestS0, hi = kHighestS0;
    for (int i = 0; i < 1000 && hi - lo > 1e-6; ++i) {
        const double a = lo + (hi - lo) / 3.0;
        const double b = hi - (hi - lo) / 3.0;
        if (initialStabilityLoss(groups, a, defaultS0, defaults) < initialStabilityLoss(groups, b, defaultS0, defaults))
            hi = b;
        else
            lo = a;
    }
    return (lo + hi) / 2.0;
}

}  // namespace

double initialStabilityLoss(const std::vector<InitialStabilityGroup>& groups, double stability, double defaultS0,
                            const FsrsWeights& defaults) {
    double loss = 0.0;
    for (const InitialStabilityGroup& group : groups) {
        const double r = std::clamp(forgettingCurve(defaults, group.deltaDays, stability), 1e-7, 1.0 - 1e-7);
        loss -= group.count * (group.recall * std::log(r) + (1.0 - group.recall) * std::log(1.0 - r));
    }
    return loss + std::abs(stability - defaultS0) / 16.0;
}

std::array<double, 4> fillInitialStability(std::array<std::optional<double>, 4> fitted, const FsrsWeights& defaults) {
    const std::array<double, 21> w = defaults.toArray();
    const std::array<double, 4> defaultS0 = {w[0], w[1], w[2], w[3]};
    auto have = [&](std::size_t r) { return fitted[r].has_value(); };
    const int present = static_cast<int>(std::count_if(fitted.begin(), fitted.end(), [](const auto& s) { return s.has_value(); }));
    if (present == 1) {
        const std::size_t only = static_cast<std::size_t>(std::find_if(fitted.begin(), fitted.end(), [](const auto& s) { return s.has_value(); }) - fitted.begin());
        const double ratio = *fitted[only] / defaultS0[only];
        for (std::size_t r = 0; r < 4; ++r) fitted[r] = defaultS0[r] * ratio;
    } else {
        if (!have(0) && have(1) && have(2)) fitted[0] = std::pow(*fitted[1], 1.0 / kHardExponent) * std::pow(*fitted[2], 1.0 - 1.0 / kHardExponent);
        if (!have(1) && have(0) && have(2)) fitted[1] = std::pow(*fitted[0], kHardExponent) * std::pow(*fitted[2], 1.0 - kHardExponent);
        if (!have(2) && have(1) && have(3)) fitted[2] = std::pow(*fitted[1], 1.0 - kEasyExponent) * std::pow(*fitted[3], kEasyExponent);
        if (!have(3) && have(1) && have(2)) fitted[3] = std::pow(*fitted[1], 1.0 - 1.0 / kEasyExponent) * std::pow(*fitted[2], 1.0 / kEasyExponent);
        // Two known ratings that are not neighbours of the gap: scale the defaults by the nearest known one.
        for (std::size_t r = 0; r < 4; ++r) {
            if (fitted[r]) continue;
            for (std::size_t distance = 1; distance < 4 && !fitted[r]; ++distance) {
                for (std::size_t other : {r + distance, r - distance}) {
                    if (other < 4 && fitted[other]) {
                        fitted[r] = defaultS0[r] * *fitted[other] / defaultS0[other];
                        break;
                    }
                }
            }
        }
    }
    if (!std::any_of(fitted.begin(), fitted.end(), [](const auto& s) { return s.has_value(); })) return defaultS0;
    std::array<double, 4> s0{};
    for (std::size_t r = 0; r < 4; ++r) s0[r] = std::clamp(*fitted[r], kLowestS0, kHighestS0);
    return s0;
}

std::array<double, 4> pretrainInitialStability(const std::vector<TrainingItem>& initialization,
                                               const FsrsWeights& defaults) {
    const std::array<double, 21> w = defaults.toArray();
    const std::array<double, 4> defaultS0 = {w[0], w[1], w[2], w[3]};
    if (initialization.empty()) return defaultS0;

    // rating -> delta -> (items, recalled)
    std::map<int, std::map<int, std::pair<double, double>>> tally;
    double recalledTotal = 0.0;
    for (const TrainingItem& item : initialization) {
        auto& cell = tally[item.reviews.front().rating][item.target().deltaDays];
        cell.first += 1.0;
        cell.second += item.recalled() ? 1.0 : 0.0;
        recalledTotal += item.recalled() ? 1.0 : 0.0;
    }
    const double meanRecall = recalledTotal / static_cast<double>(initialization.size());

    std::array<std::optional<double>, 4> fitted;
    std::array<double, 4> counts{};
    for (const auto& [rating, byDelta] : tally) {
        std::vector<InitialStabilityGroup> groups;
        for (const auto& [delta, cell] : byDelta) {
            groups.push_back({delta, cell.first, (cell.second + meanRecall) / (cell.first + 1.0)});
            counts[static_cast<std::size_t>(rating - 1)] += cell.first;
        }
        fitted[static_cast<std::size_t>(rating - 1)] = fitRating(groups, defaultS0[static_cast<std::size_t>(rating - 1)], defaults);
    }

    // Monotone: a lower rating never starts more stable than a higher one; the better-supported one wins.
    for (int pass = 0; pass < 4; ++pass) {
        std::optional<std::size_t> previous;
        for (std::size_t r = 0; r < 4; ++r) {
            if (!fitted[r]) continue;
            if (previous && *fitted[*previous] > *fitted[r]) {
                if (counts[*previous] > counts[r]) fitted[r] = fitted[*previous];
                else fitted[*previous] = fitted[r];
            }
            previous = r;
        }
    }

    return fillInitialStability(fitted, defaults);
}

}  // namespace retain::fsrs
