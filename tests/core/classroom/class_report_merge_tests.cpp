// Two lab machines' results in one report: students matched by name, an attempt present in both data
// folders counted once; live players linked to the profile of their name when the game is stored.
#include <doctest/doctest.h>

#include <algorithm>

#include <memory>

#include "../storage/storage_test_support.hpp"
#include "classroom_test_support.hpp"
#include "core/classroom/class_report.hpp"
#include "core/classroom/class_report_merge.hpp"
#include "core/classroom/exam_repository.hpp"
#include "core/classroom/live_game.hpp"
#include "core/classroom/live_repository.hpp"
#include "core/clock.hpp"
#include "core/seeded_random.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/store.hpp"

using namespace retain;

namespace {

// Returns an attempt of student at startedMs over geo-q1..q2 with the given scores.
ExamRecord attemptOf(const std::string& student, UnixMs startedMs, double first, double second) {
    ExamRecord record;
    record.title = "geo check";
    record.seed = 7;
    record.student = student;
    record.startedMs = startedMs;
    record.submittedMs = startedMs + 60'000;
    record.rows = {{student, CardKey{"geo", "geo-q1"}, first > 0 ? "right" : "wrong", first, 10.0},
                   {student, CardKey{"geo", "geo-q2"}, second > 0 ? "right" : "", second, 20.0}};
    return record;
}

int rowsOf(const std::vector<ClassResultRow>& rows, const std::string& student) {
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const ClassResultRow& r) { return r.student == student; }));
}

}  // namespace

TEST_CASE("report merge: two folders, students matched by name, a copied attempt counted once") {
    storage_test::TempDir labA;
    storage_test::TempDir labB;
    FixedClock clock(classroom_test::kNoon);
    StoreOpenResult a = Store::open(labA.path(), clock);
    StoreOpenResult b = Store::open(labB.path(), clock);
    REQUIRE(a.store);
    REQUIRE(b.store);
    const UnixMs t = classroom_test::kNoon;
    saveExamRecord(a.store->db(), attemptOf("Ana Lima", t, 1, 1));
    saveExamRecord(a.store->db(), attemptOf("Ben", t + 1, 0, 1));
    // Lab B: Ana's attempt again (the teacher copied lab A's folder there once), Carl, and "ben " retaking.
    saveExamRecord(b.store->db(), attemptOf("Carl", t + 2, 1, 0));
    saveExamRecord(b.store->db(), attemptOf("Ana Lima", t, 1, 1));
    saveExamRecord(b.store->db(), attemptOf("ben ", t + 3, 1, 1));

    const std::vector<AttributedResultRow> fromA = loadAttributedResults(a.store->db());
    const std::vector<AttributedResultRow> fromB = loadAttributedResults(b.store->db());
    REQUIRE(fromA.size() == 4);
    CHECK(fromA[0].attempt == fromB[2].attempt);  // one attempt, one key, whatever the row ids
    CHECK(fromA[0].attempt != fromA[2].attempt);

    const MergedClassResults merged = mergeClassResults({fromA, fromB}, {"Ana Lima", "BEN"});
    CHECK(merged.attempts == 4);
    CHECK(merged.duplicateAttempts == 1);
    REQUIRE(merged.rows.size() == 8);
    CHECK(rowsOf(merged.rows, "Ana Lima") == 2);
    CHECK(rowsOf(merged.rows, "BEN") == 4);  // both of Ben's attempts, under the class list's spelling
    CHECK(rowsOf(merged.rows, "Carl") == 2);
    // The item analysis counts Ana once: three students answered geo-q1.
    const std::vector<ItemAnalysis> items = analyseItems(merged.rows);
    REQUIRE(items.size() == 2);
    CHECK(items[0].students == 3);
    CHECK(items[0].facility == doctest::Approx(1.0));  // Ben's retake (last row) counts: 1, 1, 1

    // The same folder given twice adds nothing.
    const MergedClassResults twice = mergeClassResults({fromA, fromA});
    CHECK(twice.rows.size() == 4);
    CHECK(twice.duplicateAttempts == 2);
}

TEST_CASE("storage: a live player named like a profile is linked to it when the game is stored") {
    storage_test::TempDir dir;
    FixedClock clock(classroom_test::kNoon);
    StoreOpenResult opened = Store::open(dir.path(), clock);
    REQUIRE(opened.store);
    sql::Database& db = opened.store->db();
    const Profile ana = ensureProfile(db, "ana lima", SchedulerKind::Fsrs, clock.nowMs());

    const Bank bank = classroom_test::makeChoiceBank("geo", 1, {"t"});
    std::vector<ClassroomQuestion> questions{{CardKey{bank.id, bank.questions[0].id}, &bank.questions[0]}};
    auto random = std::make_shared<SplitMix64>(5);
    LiveSettings settings;
    settings.pin = "123456";
    LiveGame game(questions, settings, [random] { return random->next(); });
    const int anaPlayer = game.join("123456", "Ana Lima", -1, clock.nowMs()).playerId;
    const int zed = game.join("123456", "Zed", -1, clock.nowMs()).playerId;
    game.start(clock.nowMs());
    LearnerAnswer right;
    right.selected = {1};
    REQUIRE(game.submit(anaPlayer, 0, right, clock.nowMs() + 1000) == LiveRefusal::None);
    REQUIRE(game.submit(zed, 0, right, clock.nowMs() + 1000) == LiveRefusal::None);
    game.end(clock.nowMs() + 2000);
    const LiveGameId id = saveLiveGame(db, game, clock.nowMs() + 2000);

    CHECK(linkedProfile(db, id, "Ana Lima") == ana.id);
    CHECK_FALSE(linkedProfile(db, id, "Zed").has_value());
    const std::vector<AttributedResultRow> rows = loadAttributedResults(db);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].attempt.starts_with("live|123456|"));
    CHECK(rows[0].attempt != rows[1].attempt);
}
