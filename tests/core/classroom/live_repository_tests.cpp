// Finished live games round-trip through SQLite (migration 5): every accepted answer stored exactly once,
// kicked players left out, read back as class report rows beside the exams.
#include <doctest/doctest.h>

#include <memory>

#include "../storage/storage_test_support.hpp"
#include "classroom_test_support.hpp"
#include "core/classroom/class_report_service.hpp"
#include "core/classroom/live_game.hpp"
#include "core/classroom/live_repository.hpp"
#include "core/clock.hpp"
#include "core/seeded_random.hpp"
#include "core/storage/schema.hpp"
#include "core/storage/store.hpp"

using namespace retain;

TEST_CASE("storage: migration 5 adds the live game tables") {
    const auto list = retainMigrations();
    REQUIRE(list.size() >= 5);
    CHECK(list[4].version == 5);
    CHECK(std::string(list[4].sql).find("CREATE TABLE live_answers") != std::string::npos);
}

TEST_CASE("storage: a finished live game round-trips as class report rows") {
    storage_test::TempDir dir;
    FixedClock clock(classroom_test::kNoon);
    StoreOpenResult opened = Store::open(dir.path(), clock);
    REQUIRE(opened.store);
    sql::Database& db = opened.store->db();

    const Bank bank = classroom_test::makeChoiceBank("geo", 2, {"t"});
    std::vector<ClassroomQuestion> questions;
    for (const Question& q : bank.questions) questions.push_back({CardKey{bank.id, q.id}, &q});
    auto random = std::make_shared<SplitMix64>(5);
    LiveSettings settings;
    settings.pin = "123456";
    settings.teams = {"Red", "Blue"};
    LiveGame game(questions, settings, [random] { return random->next(); });
    const int ana = game.join("123456", "Ana", 0, clock.nowMs()).playerId;
    const int ben = game.join("123456", "Ben", 1, clock.nowMs()).playerId;
    const int eve = game.join("123456", "Eve", 1, clock.nowMs()).playerId;
    game.start(clock.nowMs());
    clock.advance(2'000);
    LearnerAnswer right;
    right.selected = {1};
    LearnerAnswer wrong;
    wrong.selected = {0};
    REQUIRE(game.submit(ana, 0, right, clock.nowMs()) == LiveRefusal::None);
    REQUIRE(game.submit(eve, 0, right, clock.nowMs()) == LiveRefusal::None);
    REQUIRE(game.submit(ben, 0, wrong, clock.nowMs() + 500) == LiveRefusal::None);
    clock.advance(1'000);
    game.next(clock.nowMs());
    REQUIRE(game.submit(ana, 1, right, clock.nowMs()) == LiveRefusal::None);
    game.kick(eve, clock.nowMs());
    game.end(clock.nowMs());

    CHECK(countLiveGames(db) == 0);
    const LiveGameId id = saveLiveGame(db, game, clock.nowMs());
    CHECK(id > 0);
    CHECK(countLiveGames(db) == 1);
    CHECK(countLiveAnswers(db) == 3);  // Eve was kicked: her answer is not kept
    const std::vector<ClassResultRow> rows = loadLiveResults(db);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == ClassResultRow{"Ana", CardKey{"geo", "geo-q1"}, "geo-q1 beta", 1.0, 2.0});
    CHECK(rows[1].student == "Ben");
    CHECK(rows[1].answer == "geo-q1 alpha");
    CHECK(rows[1].score == 0.0);
    CHECK(rows[1].timeSeconds == doctest::Approx(2.5));
    CHECK(rows[2].key.questionId == "geo-q2");
    CHECK(loadLiveResults(db, "other").empty());
    CHECK(loadClassResults(db, "geo").size() == 3);  // the Class report reads them beside the exams
    CHECK(db.queryInt("SELECT count(*) FROM live_answers WHERE team = 'Red'").value_or(0) == 2);
    CHECK(db.queryInt("SELECT points FROM live_answers WHERE player = 'Ana' AND position = 0").value_or(0) == 950);
}
