// Replays 1,000,000 FSRS-6 reviews (1,000 cards x 1,000 reviews) through FsrsScheduler::nextStates, the
// work of computing all four outcomes for every answer, plus replayReviews for the CSV replay path.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/scheduler/fsrs_replay.hpp"
#include "core/scheduler/fsrs_scheduler.hpp"

namespace {

constexpr int kCards = 1000;
constexpr int kReviewsPerCard = 1000;
constexpr retain::UnixMs kStart = 1704099600000;  // 2024-01-01 09:00 UTC

// A fixed, varied rating pattern: mostly Good, some Again, Hard and Easy.
retain::Rating ratingFor(int card, int review) {
    const int slot = (card * 7 + review * 13) % 20;
    if (slot < 3) return retain::Rating::Again;
    if (slot < 5) return retain::Rating::Hard;
    if (slot < 18) return retain::Rating::Good;
    return retain::Rating::Easy;
}

void BM_FsrsNextStatesMillion(benchmark::State& state) {
    retain::SchedulerConfig config;
    config.enableFuzz = true;
    const retain::FsrsScheduler scheduler(config);
    std::vector<std::string> keys;
    for (int card = 0; card < kCards; ++card) keys.push_back("bank/q" + std::to_string(card));
    for (auto _ : state) {
        double checksum = 0.0;
        for (int card = 0; card < kCards; ++card) {
            retain::CardMemory memory;
            retain::UnixMs now = kStart;
            for (int review = 0; review < kReviewsPerCard; ++review) {
                const retain::NextStates states = scheduler.nextStates(memory, now, keys[card]);
                memory = states.of(ratingFor(card, review)).next;
                // Review when due; cap the jump so 1,000 reviews stay within the maximum interval's range.
                now = std::min(memory.dueMs, now + 400 * retain::kMsPerDay);
            }
            checksum += memory.stability;
        }
        benchmark::DoNotOptimize(checksum);
    }
    state.SetItemsProcessed(state.iterations() * kCards * kReviewsPerCard);
}
BENCHMARK(BM_FsrsNextStatesMillion)->Unit(benchmark::kMillisecond);

void BM_FsrsReplayMillion(benchmark::State& state) {
    std::vector<retain::ReplayReview> reviews;
    reviews.reserve(static_cast<std::size_t>(kCards) * kReviewsPerCard);
    for (int review = 0; review < kReviewsPerCard; ++review) {
        for (int card = 0; card < kCards; ++card) {
            // Review times: a few per day early on, spreading out later; non-decreasing per card.
            const retain::UnixMs time = kStart + static_cast<retain::UnixMs>(review) * review * 60 * retain::kMsPerMinute;
            reviews.push_back({"c" + std::to_string(card), time, ratingFor(card, review), 0});
        }
    }
    for (auto _ : state) {
        std::vector<retain::ReplayStep> steps;
        std::string error;
        const bool ok = retain::replayReviews(reviews, retain::SchedulerConfig{}, steps, error);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(steps.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(reviews.size()));
}
BENCHMARK(BM_FsrsReplayMillion)->Unit(benchmark::kMillisecond);

}  // namespace
