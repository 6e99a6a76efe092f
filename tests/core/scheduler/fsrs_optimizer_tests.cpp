// The optimiser on small made-up logs: exact gradients against finite differences, clamping, the S0
// pre-training, the minimum-data rules, determinism per seed, cancellation, and that training on a log
// generated from known weights reaches their loss.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/scheduler/fsrs_item_model.hpp"
#include "core/scheduler/fsrs_optimizer.hpp"
#include "core/scheduler/fsrs_pretrain.hpp"
#include "core/seeded_random.hpp"

using namespace retain;
using namespace retain::fsrs;
using doctest::Approx;

namespace {

constexpr UnixMs kJan1 = 1704067200000;  // 2024-01-01 00:00 UTC

// A log of `cards` cards whose recalls follow FSRS-6 with `truth` weights: reviews at 0.2 to 3 times the
// interval for 0.85 retention (so R varies), a same-day repeat after each lapse; the outcome drawn with the
// true R. Deterministic per seed.
std::vector<ReplayReview> simulatedLog(const FsrsWeights& truth, int cards, std::uint64_t seed) {
    SplitMix64 random(seed);
    const std::array<double, kWeightCount> w = truth.toArray();
    std::vector<ReplayReview> log;
    for (int c = 0; c < cards; ++c) {
        const std::string id = "card" + std::to_string(c);
        UnixMs now = kJan1 + static_cast<UnixMs>(random.below(30)) * kMsPerDay + 9 * 3600000;
        int rating = random.below(10) < 3 ? 1 : 3;
        log.push_back({id, now, static_cast<Rating>(rating), 0});
        ModelState<double> state = modelInitialState(w, rating);
        for (int k = 0; k < 8; ++k) {
            const double spread = 0.2 + 2.8 * static_cast<double>(random.next() >> 11) * 0x1.0p-53;
            const int days = std::max(1, static_cast<int>(std::lround(spread * intervalForRetention(truth, state.stability, 0.85))));
            now += days * kMsPerDay;
            const double r = modelForgettingCurve(w, days, state.stability);
            rating = static_cast<double>(random.next() >> 11) * 0x1.0p-53 < r ? 3 : 1;
            log.push_back({id, now, static_cast<Rating>(rating), 0});
            state = modelStep(w, state, rating, days);
            if (rating == 1) {
                now += 600000;  // relearning 10 minutes later, the same day
                log.push_back({id, now, Rating::Good, 0});
                state = modelStep(w, state, 3, 0);
            }
        }
    }
    return log;
}

FsrsWeights someTruth() {
    FsrsWeights truth;
    truth.initialStabilityAgain = 0.5;
    truth.initialStabilityGood = 4.0;
    truth.recallStabilityFactor = 1.5;
    truth.decay = 0.3;
    return truth;
}

}  // namespace

TEST_CASE("fsrs optimizer: the dual-number gradient equals central finite differences") {
    TrainingSet set;
    set.items = buildTrainingItems(simulatedLog(someTruth(), 40, 1));  // all items: a small log loses them to the filter
    REQUIRE(set.items.size() > 64);
    std::vector<const TrainingItem*> batch;
    std::vector<double> weights;
    for (std::size_t i = 0; i < set.items.size(); ++i) {
        batch.push_back(&set.items[i]);
        weights.push_back(recencyWeight(i, set.items.size()));
    }
    WeightArray w = FsrsWeights{}.toArray();
    w[7] = 0.1;   // away from the clamps, so every weight has a smooth neighbourhood
    w[15] = 0.5;
    WeightArray start = FsrsWeights{}.toArray();
    const BatchLoss exact = batchLoss(w, start, batch, weights, batch.size() * 3);
    int nonZero = 0;
    for (int i = 0; i < kWeightCount; ++i) {
        WeightArray up = w, down = w;
        const double h = 1e-6 * std::max(1.0, std::abs(w[i]));
        up[i] += h;
        down[i] -= h;
        const double numeric = (batchLoss(up, start, batch, weights, batch.size() * 3).loss -
                                batchLoss(down, start, batch, weights, batch.size() * 3).loss) / (2 * h);
        CAPTURE(i);
        CHECK(exact.gradient[i] == Approx(numeric).epsilon(1e-4).scale(1e-6));
        if (std::abs(exact.gradient[i]) > 1e-4) ++nonZero;
    }
    CHECK(nonZero >= 15);  // the log exercises most of the model
}

TEST_CASE("fsrs optimizer: clamping bounds and the cosine learning rate") {
    WeightArray w{};
    w.fill(-1.0);
    const WeightArray low = clampWeights(w);
    CHECK(low[0] == 0.001);
    CHECK(low[4] == 1.0);
    CHECK(low[16] == 1.0);
    CHECK(low[19] == 0.01);
    CHECK(low[20] == 0.1);
    w.fill(50.0);
    const WeightArray high = clampWeights(w);
    CHECK(high[0] == 50.0);
    CHECK(high[7] == 0.75);
    CHECK(high[12] == 0.25);
    CHECK(high[17] == 2.0);
    CHECK(high[20] == 0.8);
    CHECK(cosineLearningRate(0.04, 0, 60) == Approx(0.04));
    CHECK(cosineLearningRate(0.04, 30, 60) == Approx(0.02));
    CHECK(cosineLearningRate(0.04, 60, 60) == Approx(0.0).scale(1.0));
}

TEST_CASE("fsrs optimizer: S0 pre-training follows the first long-term recall rates") {
    // Good first, recalled 90 % of the time 5 days later: S0(Good) near 5 days. Again first, recalled
    // 50 % a day later: S0(Again) well below a day. Hard and Easy have no data and are interpolated.
    std::vector<TrainingItem> items;
    for (int i = 0; i < 100; ++i) items.push_back({{{3, 0}, {i % 10 == 0 ? 1 : 3, 5}}, 0});
    for (int i = 0; i < 60; ++i) items.push_back({{{1, 0}, {i % 2 == 0 ? 1 : 3, 1}}, 0});
    const std::array<double, 4> s0 = pretrainInitialStability(items, FsrsWeights{});
    CHECK(s0[2] == Approx(5.0).epsilon(0.15));
    CHECK(s0[0] < 0.5);
    CHECK(s0[0] <= s0[1]);
    CHECK(s0[1] <= s0[2]);
    CHECK(s0[2] <= s0[3]);
    CHECK(s0[1] == Approx(std::pow(s0[0], 0.41) * std::pow(s0[2], 0.59)));
    // The fitted value minimises the objective: a nudge either way costs more.
    std::vector<InitialStabilityGroup> groups = {{5, 100, (90 + 0.75) / 101.0}};
    const double best = initialStabilityLoss(groups, s0[2], 2.3065, FsrsWeights{});
    CHECK(best < initialStabilityLoss(groups, s0[2] * 1.05, 2.3065, FsrsWeights{}));
    CHECK(best < initialStabilityLoss(groups, s0[2] * 0.95, 2.3065, FsrsWeights{}));
    CHECK(pretrainInitialStability({}, FsrsWeights{})[2] == 2.3065);
    // Filling: Easy from Hard and Good; one known rating scales the defaults.
    const std::array<double, 4> filled = fillInitialStability({0.2, 0.5, 2.0, std::nullopt}, FsrsWeights{});
    CHECK(filled[3] == Approx(std::pow(0.5, 1.0 - 1.0 / 0.54) * std::pow(2.0, 1.0 / 0.54)));
    const std::array<double, 4> scaled = fillInitialStability({std::nullopt, std::nullopt, 4.613, std::nullopt}, FsrsWeights{});
    CHECK(scaled[0] == Approx(0.424));  // 0.212 x 2
    CHECK(scaled[3] == Approx(16.5912));
}

TEST_CASE("fsrs optimizer: minimum data, determinism per seed, cancellation, and a lower loss") {
    // Fewer than 8 usable reviews: the defaults, with the reason.
    const OptimizerResult tiny = optimizeReviewLog(simulatedLog(someTruth(), 1, 3));
    CHECK(tiny.outcome == OptimizerOutcome::TooFewItems);
    CHECK(tiny.weights == FsrsWeights{});
    CHECK(tiny.message.find("at least 8") != std::string::npos);
    // A small log loses every item to the outlier filter (it sets aside at least 20 per first rating).
    const OptimizerResult filtered = optimizeReviewLog(simulatedLog(someTruth(), 10, 3));
    CHECK(filtered.builtItems >= 64);
    CHECK(filtered.outcome == OptimizerOutcome::TooFewItems);
    // Between 8 and 63 items after the filter: only S0 moves.
    TrainingSet fewItems;
    for (const TrainingItem& one : buildTrainingItems(simulatedLog(someTruth(), 30, 3)))
        if (one.longTermReviewCount() == 1 && fewItems.items.size() < 30) fewItems.items.push_back(one);
    fewItems.initialization = fewItems.items;
    const OptimizerResult small = optimizeWeights(fewItems, FsrsWeights{});
    REQUIRE(small.outcome == OptimizerOutcome::InitialOnly);
    const WeightArray smallW = small.weights.toArray(), defaults = FsrsWeights{}.toArray();
    for (int i = 4; i < kWeightCount; ++i) CHECK(smallW[i] == defaults[i]);
    CHECK_FALSE(small.weights == FsrsWeights{});
    CHECK(small.message.find("64") != std::string::npos);

    const std::vector<ReplayReview> log = simulatedLog(someTruth(), 150, 5);
    const OptimizerResult a = optimizeReviewLog(log);
    const OptimizerResult b = optimizeReviewLog(log);
    REQUIRE(a.outcome == OptimizerOutcome::Optimised);
    CHECK(a.weights == b.weights);  // same seed, same weights
    OptimizerOptions otherSeed;
    otherSeed.seed = 99;
    CHECK_FALSE(optimizeReviewLog(log, otherSeed).weights == a.weights);
    CHECK(a.after.logLoss < a.before.logLoss - 0.005);
    CHECK(a.after.rmseBins < a.before.rmseBins);
    const WeightArray fitted = a.weights.toArray();
    for (int i = 0; i < kWeightCount; ++i) {
        CHECK(fitted[i] >= kWeightBounds[i].first);
        CHECK(fitted[i] <= kWeightBounds[i].second);
    }
    // The log starts cards only with Again or Good: Hard's and Easy's S0 follow the trained ones.
    CHECK(a.weights.initialStabilityHard ==
          Approx(std::pow(a.weights.initialStabilityAgain, 0.41) * std::pow(a.weights.initialStabilityGood, 0.59)));
    // As good as the weights that generated the log, on the same items (0.480 against 0.485 here).
    CHECK(a.after.logLoss <= evaluateItems(someTruth(), prepareTrainingSet(buildTrainingItems(log)).items).logLoss + 0.002);

    int calls = 0;
    OptimizerOptions cancelling;
    cancelling.progress = [&calls](int done, int total) {
        ++calls;
        CHECK(done <= total);
        return done < 3;
    };
    const OptimizerResult cancelled = optimizeReviewLog(log, cancelling);
    CHECK(cancelled.outcome == OptimizerOutcome::Cancelled);
    CHECK(cancelled.weights == FsrsWeights{});
    CHECK(calls == 3);
}
