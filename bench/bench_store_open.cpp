// Start-up with a long history: a data folder whose retain.db holds 1,000,000 reviews (about 200 MB)
// of 2,000 questions, each with a card state, half of them due.
// - BM_OpenStore: Store::open alone (lock, checks, integrity_check, migrations; no backup);
// - BM_FirstQuestion: what a start costs until the first question can be shown: Store::open, starting
//   the session's backups (a start backup is due in every iteration: it copies on its worker thread and
//   must not delay the question), the study setup, StudySession and next().
// The database is generated once into $TMPDIR/retain-bench-1m-reviews (a minute or so) and reused by
// later runs; delete that folder to make it again.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

#include "core/bank/bank_loader.hpp"
#include "core/clock.hpp"
#include "core/scheduler/fsrs_scheduler.hpp"
#include "core/session/study_session.hpp"
#include "core/storage/backup_task.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/schema.hpp"
#include "core/storage/store.hpp"
#include "generated_library.hpp"

namespace {

namespace fs = std::filesystem;

constexpr int kQuestions = 2000;
constexpr int kReviews = 1000000;
constexpr retain::UnixMs kNow = 1749988800000;  // 2025-06-15 12:00 UTC

fs::path root() { return fs::temp_directory_path() / "retain-bench-1m-reviews"; }

// The marker of a complete generation: written last, names the schema version it was made with.
fs::path marker() { return root() / ("complete-v" + std::to_string(retain::latestSchemaVersion())); }

// Writes the library and the 1M-review database, unless a complete one is there already.
void generateOnce() {
    if (fs::exists(marker())) return;
    fs::remove_all(root());
    retain::bench::writeGeneratedLibrary(root() / "library", kQuestions);
    retain::FixedClock clock(kNow);
    retain::StoreOpenResult opened = retain::Store::open((root() / "data").string(), clock);
    if (!opened.store) std::abort();
    retain::sql::Database& db = opened.store->db();
    const retain::Profile profile = retain::ensureProfile(db, "bench", retain::SchedulerKind::Fsrs, kNow);
    const retain::Library library = retain::loadLibrary((root() / "library").string());
    std::vector<retain::CardKey> keys;
    for (const retain::Bank& bank : library.banks) {
        for (const retain::Question& question : bank.questions) keys.push_back({bank.id, question.id});
    }
    if (keys.size() != static_cast<std::size_t>(kQuestions)) std::abort();
    retain::sql::Transaction transaction(db);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        retain::StoredCard card;
        card.memory.phase = retain::CardPhase::Review;
        card.memory.stability = 10.0 + static_cast<double>(i % 40);
        card.memory.difficulty = 1.0 + static_cast<double>(i % 9);
        card.memory.intervalDays = card.memory.stability;
        card.memory.reps = kReviews / kQuestions;
        card.memory.lastReviewMs = kNow - 5 * retain::kMsPerDay;
        card.memory.dueMs = kNow + (static_cast<retain::UnixMs>(i % 20) - 10) * retain::kMsPerDay;  // half due
        retain::saveCard(db, profile.id, keys[i], card);
    }
    retain::sql::Statement insert(db,
        "INSERT INTO review_log (profile_id, bank_id, question_id, session_id, reviewed_ms, rating, score, response, duration_ms, "
        "before_phase, before_stability, before_difficulty, before_ease, before_interval_days, before_box, before_step, before_reps, "
        "before_lapses, before_due_ms, before_last_review_ms, after_phase, after_stability, after_difficulty, after_ease, "
        "after_interval_days, after_box, after_step, after_reps, after_lapses, after_due_ms, after_last_review_ms) "
        "VALUES (?1, ?2, ?3, NULL, ?4, ?5, 1.0, 'an answer of typical length', 8000, 2, 9.5, 5.0, 2.5, 9.5, 0, 0, ?6, 0, ?4, ?7, "
        "2, 10.5, 4.9, 2.5, 10.5, 0, 0, ?8, 0, ?9, ?4)");
    for (int i = 0; i < kReviews; ++i) {
        const retain::CardKey& key = keys[static_cast<std::size_t>(i % kQuestions)];
        const int rep = i / kQuestions;
        const retain::UnixMs reviewed = kNow - static_cast<retain::UnixMs>(kReviews - i) * retain::kMsPerMinute;  // ~2 years
        insert.bind(1, profile.id).bind(2, key.bankId).bind(3, key.questionId).bind(4, reviewed).bind(5, 1 + i % 4);
        insert.bind(6, rep).bind(7, reviewed - 10 * retain::kMsPerDay).bind(8, rep + 1).bind(9, reviewed + 10 * retain::kMsPerDay);
        insert.run();
    }
    transaction.commit();
    opened.store.reset();
    std::ofstream(marker()) << kReviews << " reviews\n";
}

const retain::Library& library() {
    static const retain::Library instance = [] {
        generateOnce();
        return retain::loadLibrary((root() / "library").string());
    }();
    return instance;
}

void BM_OpenStore(benchmark::State& state) {
    library();
    const retain::FixedClock clock(kNow);
    for (auto _ : state) {
        retain::StoreOpenResult opened = retain::Store::open((root() / "data").string(), clock);
        if (!opened.store) state.SkipWithError(opened.message.c_str());
        benchmark::DoNotOptimize(opened.store.get());
    }
}
BENCHMARK(BM_OpenStore)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_FirstQuestion(benchmark::State& state) {
    const retain::Library& banks = library();
    std::vector<const retain::Bank*> bankList;
    for (const retain::Bank& bank : banks.banks) bankList.push_back(&bank);
    const retain::FsrsScheduler scheduler{retain::SchedulerConfig{}};
    const std::string dataDir = (root() / "data").string();
    // Two days after the last generated review: today's review limit is untouched, and the cards due
    // from kNow - 10 days to kNow + 2 days are there to ask.
    retain::FixedClock clock(kNow + 2 * retain::kMsPerDay);
    for (auto _ : state) {
        state.PauseTiming();
        fs::remove_all(root() / "data" / retain::kBackupsFolderName);  // so the start backup is due
        state.ResumeTiming();
        retain::StoreOpenResult opened = retain::Store::open(dataDir, clock);
        if (!opened.store) {
            state.SkipWithError(opened.message.c_str());
            break;
        }
        auto backups = std::make_unique<retain::SessionBackups>(*opened.store, clock);
        const retain::Profile profile = retain::ensureProfile(opened.store->db(), "bench", retain::SchedulerKind::Fsrs, kNow);
        auto session = std::make_unique<retain::StudySession>(opened.store->db(), profile, bankList, scheduler, clock);
        const retain::StudyCard* first = session->next();
        if (!first) {
            state.SkipWithError("no card is due");
            break;
        }
        benchmark::DoNotOptimize(first);
        state.PauseTiming();
        state.counters["backup_running_at_question"] += backups->startBackup() && !backups->startBackup()->finished() ? 1 : 0;
        session.reset();
        backups.reset();  // waits for the start backup and takes the close backup (the session row changed)
        state.ResumeTiming();
    }
}
BENCHMARK(BM_FirstQuestion)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
