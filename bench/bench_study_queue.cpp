// Building today's study queue over a 50,000-question library (bench/generated_library.hpp) with
// 20,000 stored card states (15,000 in review, due over the past and the next 60 days, 5,000 learning):
// - BM_StudySessionStart: what pressing "Study" costs: StudySession reads every card state of the
//   profile from SQLite, sorts the day's learning, review and new lists and writes its study_sessions row;
// - BM_StudyQueueBuild: the in-memory part alone, StudyQueue over the 50,000 cards.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "core/bank/bank_loader.hpp"
#include "core/clock.hpp"
#include "core/scheduler/fsrs_scheduler.hpp"
#include "core/session/study_queue.hpp"
#include "core/session/study_session.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/sqlite_db.hpp"
#include "core/storage/store.hpp"
#include "generated_library.hpp"

namespace {

namespace fs = std::filesystem;

constexpr int kQuestions = 50000;
constexpr int kReviewCards = 15000;
constexpr int kLearningCards = 5000;
constexpr retain::UnixMs kNow = 1749988800000;  // 2025-06-15 12:00 UTC

// The memory of the index-th stored card: review cards due from 30 days ago to 30 days ahead, then
// learning cards due within the next two hours.
retain::CardMemory storedMemory(int index) {
    retain::CardMemory memory;
    memory.reps = 3 + index % 7;
    memory.lastReviewMs = kNow - 5 * retain::kMsPerDay;
    if (index < kReviewCards) {
        memory.phase = retain::CardPhase::Review;
        memory.stability = 5.0 + index % 50;
        memory.difficulty = 1.0 + index % 9;
        memory.intervalDays = memory.stability;
        memory.dueMs = kNow + (index % 61 - 30) * retain::kMsPerDay;
    } else {
        memory.phase = retain::CardPhase::Learning;
        memory.stability = 0.5;
        memory.difficulty = 5.0;
        memory.dueMs = kNow + (index % 120) * retain::kMsPerMinute;
    }
    return memory;
}

// A data folder and a library, made once per process.
struct Fixture {
    fs::path root = fs::temp_directory_path() / "retain-bench-queue";
    retain::FixedClock clock{kNow};
    retain::Library library;
    std::unique_ptr<retain::Store> store;
    retain::Profile profile;

    Fixture() {
        fs::remove_all(root);
        retain::bench::writeGeneratedLibrary(root / "library", kQuestions);
        library = retain::loadLibrary((root / "library").string());
        retain::StoreOpenResult opened = retain::Store::open((root / "data").string(), clock);
        if (!opened.store) std::abort();
        store = std::move(opened.store);
        profile = retain::ensureProfile(store->db(), "bench", retain::SchedulerKind::Fsrs, kNow);
        retain::sql::Transaction transaction(store->db());
        int index = 0;
        for (const retain::Bank& bank : library.banks) {
            for (const retain::Question& question : bank.questions) {
                if (index == kReviewCards + kLearningCards) break;
                retain::StoredCard card;
                card.memory = storedMemory(index++);
                retain::saveCard(store->db(), profile.id, {bank.id, question.id}, card);
            }
        }
        transaction.commit();
    }
    ~Fixture() { fs::remove_all(root); }
};

Fixture& fixture() {
    static Fixture instance;
    return instance;
}

void BM_StudySessionStart(benchmark::State& state) {
    Fixture& f = fixture();
    std::vector<const retain::Bank*> banks;
    for (const retain::Bank& bank : f.library.banks) banks.push_back(&bank);
    const retain::FsrsScheduler scheduler{retain::SchedulerConfig{}};
    for (auto _ : state) {
        retain::StudySession session(f.store->db(), f.profile, banks, scheduler, f.clock);
        benchmark::DoNotOptimize(&session);
    }
    state.SetItemsProcessed(state.iterations() * kQuestions);
}
BENCHMARK(BM_StudySessionStart)->Unit(benchmark::kMillisecond);

void BM_StudyQueueBuild(benchmark::State& state) {
    Fixture& f = fixture();
    std::vector<retain::StudyCard> cards;
    int index = 0;
    for (const retain::Bank& bank : f.library.banks) {
        for (const retain::Question& question : bank.questions) {
            retain::StudyCard card{{bank.id, question.id}, &bank, &question, {}};
            if (index < kReviewCards + kLearningCards) card.memory = storedMemory(index);
            ++index;
            cards.push_back(std::move(card));
        }
    }
    for (auto _ : state) {
        retain::StudyQueue queue(cards, kNow, 0, retain::QueueLimits{20}, 20 * retain::kMsPerMinute);
        benchmark::DoNotOptimize(queue.counts());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(cards.size()));
}
BENCHMARK(BM_StudyQueueBuild)->Unit(benchmark::kMillisecond);

}  // namespace
