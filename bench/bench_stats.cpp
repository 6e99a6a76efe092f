// Every statistics figure over a generated log of 1,000,000 reviews (10,000 cards x 100 reviews over two
// years) and the 10,000 cards' states: computeStats (all figures at once, the 365-day range, which is the
// widest) and each figure alone. The budget is 300 ms for all figures together (docs/statistics.md).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/stats/stats_report.hpp"

namespace {

constexpr int kCards = 10'000;
constexpr int kReviewsPerCard = 100;
constexpr retain::UnixMs kStart = 1704099600000;               // 2024-01-01 09:00 UTC
constexpr retain::UnixMs kNow = kStart + 730 * retain::kMsPerDay;  // two years later
const std::vector<std::string> kTags{"dates", "figures", "people", "organisations", "places", "events",
                                     "politics", "security", "economy", "culture", "media", "source"};

// The generated data: the log, the stored cards and the questions with their tags.
struct Generated {
    retain::StatsLog log;
    std::map<retain::CardKey, retain::StoredCard> cards;
    std::vector<retain::TaggedCard> questions;
};

// A fixed, varied pattern: mostly Good, some Again, Hard and Easy.
retain::Rating ratingFor(int card, int review) {
    const int slot = (card * 7 + review * 13) % 20;
    if (slot < 3) return retain::Rating::Again;
    if (slot < 5) return retain::Rating::Hard;
    if (slot < 18) return retain::Rating::Good;
    return retain::Rating::Easy;
}

const Generated& generated() {
    static const Generated data = [] {
        Generated g;
        g.log.reviews.reserve(static_cast<std::size_t>(kCards) * kReviewsPerCard);
        for (int card = 0; card < kCards; ++card) {
            const retain::CardKey key{"bank", "q" + std::to_string(card)};
            g.log.cards.push_back(key);
            // Reviews spread over the two years, each card starting on its own day.
            retain::UnixMs previous = 0;
            const retain::UnixMs first = kStart + (card % 365) * retain::kMsPerDay;
            const retain::UnixMs step = (kNow - first) / kReviewsPerCard;
            for (int review = 0; review < kReviewsPerCard; ++review) {
                retain::LoggedReview logged;
                logged.card = card;
                logged.reviewedMs = first + review * step + (card % 600) * retain::kMsPerMinute;
                logged.previousReviewMs = previous;
                logged.phaseBefore = review == 0 ? retain::CardPhase::New : retain::CardPhase::Review;
                logged.rating = ratingFor(card, review);
                logged.score = review % 3 == 0 ? retain::kNoScore : (logged.rating == retain::Rating::Again ? 0.0f : 1.0f);
                g.log.reviews.push_back(logged);
                previous = logged.reviewedMs;
            }
            retain::StoredCard stored;
            stored.memory.phase = retain::CardPhase::Review;
            stored.memory.stability = 0.5 + (card % 500);
            stored.memory.difficulty = 5.0;
            stored.memory.lastReviewMs = previous;
            stored.memory.dueMs = kNow + (card % 45 - 5) * retain::kMsPerDay;
            stored.suspended = card % 97 == 0;
            g.cards.emplace(key, stored);
            g.questions.push_back(retain::TaggedCard{{kTags[card % kTags.size()], kTags[(card / 12) % kTags.size()]},
                                                     stored.memory});
        }
        return g;
    }();
    return data;
}

const retain::Scheduler& fsrs() {
    static const auto scheduler = retain::makeScheduler(retain::SchedulerKind::Fsrs, retain::SchedulerConfig{});
    return *scheduler;
}

void BM_StatsAllFiguresMillion(benchmark::State& state) {
    const Generated& g = generated();
    retain::StatsSettings settings;
    settings.rangeDays = 365;
    for (auto _ : state) {
        const retain::StatsReport report = retain::computeStats(g.log, g.cards, g.questions, fsrs(), kNow, settings);
        benchmark::DoNotOptimize(report.reviewsTotal);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(g.log.reviews.size()));
}
BENCHMARK(BM_StatsAllFiguresMillion)->Unit(benchmark::kMillisecond);

void BM_StatsReviewsPerDay(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(retain::reviewsPerDay(generated().log.reviews, kNow, 365, {}).firstDay);
}
BENCHMARK(BM_StatsReviewsPerDay)->Unit(benchmark::kMillisecond);

void BM_StatsRetentionOverTime(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(retain::retentionOverTime(generated().log.reviews, kNow, 365, 7, {}).total.reviews);
}
BENCHMARK(BM_StatsRetentionOverTime)->Unit(benchmark::kMillisecond);

void BM_StatsCalendar(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(retain::studyCalendar(generated().log.reviews, kNow, {}).studyDays);
}
BENCHMARK(BM_StatsCalendar)->Unit(benchmark::kMillisecond);

void BM_StatsHardest(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(retain::hardestQuestions(generated().log, 10).size());
}
BENCHMARK(BM_StatsHardest)->Unit(benchmark::kMillisecond);

void BM_StatsCardFigures(benchmark::State& state) {
    const Generated& g = generated();
    for (auto _ : state) {
        const std::vector<retain::CardMemory> active = retain::activeMemories(g.cards);
        benchmark::DoNotOptimize(retain::dueForecast(active, kNow, 30, {}).overdue);
        benchmark::DoNotOptimize(retain::stabilityHistogram(active).size());
        benchmark::DoNotOptimize(retain::masteryByTag(g.questions, fsrs(), kNow, 0.9).size());
    }
}
BENCHMARK(BM_StatsCardFigures)->Unit(benchmark::kMillisecond);

}  // namespace
