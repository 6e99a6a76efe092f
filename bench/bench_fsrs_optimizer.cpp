// Time of `retain fsrs optimize`'s core on the shared real review log (12,580 reviews of 1,205 cards,
// ../shared/data/review-log-sample.csv beside the checkout): building the items, the outlier filter, S0
// pre-training and 5 epochs of Adam on exact gradients. fsrs-rs takes about 0.6 s on this machine
// (tools/fsrs_oracle/fsrs_rs_binding_figures.txt); the target is at most twice that. Also times
// `evaluate` on the same items. Run: build-bench/bench/bench_fsrs_optimizer (from the checkout).
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "core/scheduler/fsrs_optimizer.hpp"
#include "core/scheduler/fsrs_review_log.hpp"

namespace {

const char* kSharedLog = RETAIN_BENCH_SHARED_LOG;

std::vector<retain::ReplayReview> sharedLog(benchmark::State& state) {
    std::ifstream file(kSharedLog);
    std::vector<retain::ReplayReview> reviews;
    std::string error;
    if (!file || !retain::fsrs::parseReviewLog(file, reviews, error)) state.SkipWithError("shared review log not readable");
    return reviews;
}

void BM_FsrsOptimizeSharedLog(benchmark::State& state) {
    const std::vector<retain::ReplayReview> reviews = sharedLog(state);
    double logLoss = 0.0;
    for (auto _ : state) {
        const retain::fsrs::OptimizerResult result = retain::fsrs::optimizeReviewLog(reviews);
        benchmark::DoNotOptimize(result.weights);
        logLoss = result.after.logLoss;
    }
    state.counters["log_loss"] = benchmark::Counter(logLoss);
}
BENCHMARK(BM_FsrsOptimizeSharedLog)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_FsrsEvaluateSharedLog(benchmark::State& state) {
    const std::vector<retain::ReplayReview> reviews = sharedLog(state);
    const retain::fsrs::TrainingSet set = retain::fsrs::prepareTrainingSet(retain::fsrs::buildTrainingItems(reviews));
    for (auto _ : state) benchmark::DoNotOptimize(retain::fsrs::evaluateItems(retain::FsrsWeights{}, set.items));
}
BENCHMARK(BM_FsrsEvaluateSharedLog)->Unit(benchmark::kMillisecond);

}  // namespace
