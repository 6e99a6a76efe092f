// The self-paced paper with a fixed clock: papers per player from the exam code (different orders, the
// same paper on rejoin), answers saved and changeable until submit, nothing graded visible before,
// timing and auto-submit, refusals after submit and time, kick, the host's progress table, and storing
// the papers exactly once as a live game that the class report reads and links to profiles.
#include <doctest/doctest.h>

#include <memory>

#include "../storage/storage_test_support.hpp"
#include "classroom_test_support.hpp"
#include "core/classroom/class_report.hpp"
#include "core/classroom/class_report_service.hpp"
#include "core/classroom/self_paced_game.hpp"
#include "core/classroom/self_paced_repository.hpp"
#include "core/clock.hpp"
#include "core/seeded_random.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/store.hpp"

using namespace retain;
using namespace retain::classroom_test;

namespace {

// Five choice questions (the second choice right) and one text question ("Tokyo").
Bank paperBank() {
    Bank bank = makeChoiceBank("sp", 5, {"t"});
    addCapitalQuestion(bank);
    return bank;
}

SelfPacedGame makeGame(const Bank& bank, int timeLimitSeconds) {
    auto random = std::make_shared<SplitMix64>(11);
    SelfPacedSettings settings;
    settings.lobby.pin = "123456";
    settings.title = "Week 3";
    settings.timeLimitSeconds = timeLimitSeconds;
    settings.seed = 42;
    return SelfPacedGame(allQuestions(bank), settings, [random] { return random->next(); });
}

// Returns the position of question id on player's paper.
int positionOf(const SelfPacedGame& game, int player, const std::string& id) {
    const ExamAttempt& paper = *game.paperOf(player);
    for (int position = 0; position < paper.size(); ++position)
        if (paper.keyAt(position).questionId == id) return position;
    FAIL("question not on the paper: " << id);
    return -1;
}

std::vector<std::string> questionOrder(const SelfPacedGame& game, int player) {
    std::vector<std::string> ids;
    const ExamAttempt& paper = *game.paperOf(player);
    for (int position = 0; position < paper.size(); ++position) ids.push_back(paper.keyAt(position).questionId);
    return ids;
}

}  // namespace

TEST_CASE("classroom self-paced: the lobby follows the live game's join rules and papers come at start") {
    const Bank bank = paperBank();
    SelfPacedGame game = makeGame(bank, 0);
    CHECK(game.phase() == SelfPacedPhase::Lobby);
    CHECK(game.join("654321", "Ana", -1, kNoon).refusal == LiveRefusal::WrongPin);
    CHECK(game.join("123456", "", -1, kNoon).refusal == LiveRefusal::BadName);
    const int ana = game.join("123456", "Ana", -1, kNoon).playerId;
    CHECK(game.join("123456", "ANA", -1, kNoon).refusal == LiveRefusal::NameTaken);
    const int ben = game.join("123456", "Ben", -1, kNoon).playerId;
    CHECK(game.paperOf(ana) == nullptr);
    CHECK(game.save(ana, 0, chose(1), kNoon) == PaperRefusal::NotStarted);

    REQUIRE(game.start(kNoon + 1000));
    CHECK_FALSE(game.start(kNoon + 1000));
    CHECK(game.phase() == SelfPacedPhase::Running);
    REQUIRE(game.paperOf(ana) != nullptr);
    REQUIRE(game.paperOf(ben) != nullptr);
    CHECK(game.paperOf(ana)->size() == 6);
    // Two players get different question orders from the one exam seed; each order is the exam code's.
    CHECK(questionOrder(game, ana) != questionOrder(game, ben));
    const ExamPaper expected = makeExamPaper(ExamSpec{"Week 3", allQuestions(bank), 42, 0}, "Ana");
    CHECK(game.paperOf(ana)->paper().items.size() == expected.items.size());
    for (std::size_t i = 0; i < expected.items.size(); ++i)
        CHECK(game.paperOf(ana)->paper().items[i].questionIndex == expected.items[i].questionIndex);

    // A late joiner gets a paper at once.
    const int cy = game.join("123456", "Cy", -1, kNoon + 5000).playerId;
    REQUIRE(game.paperOf(cy) != nullptr);
    std::vector<SelfPacedEvent> events = game.takeEvents();
    CHECK(std::count_if(events.begin(), events.end(), [](const SelfPacedEvent& e) { return e.type == SelfPacedEventType::PaperStarted; }) == 3);
}

TEST_CASE("classroom self-paced: answers are saved, changeable until submit, and graded only after") {
    const Bank bank = paperBank();
    SelfPacedGame game = makeGame(bank, 0);
    const int ana = game.join("123456", "Ana", -1, kNoon).playerId;
    game.join("123456", "Ben", -1, kNoon);
    game.start(kNoon);
    const int q1 = positionOf(game, ana, "sp-q1");
    const int capital = positionOf(game, ana, "capital");

    CHECK(game.save(ana, q1, chose(0), kNoon + 1000) == PaperRefusal::None);
    CHECK(game.save(ana, q1, chose(1), kNoon + 2000) == PaperRefusal::None);  // changed her mind
    CHECK(game.save(ana, capital, typed("Tokio"), kNoon + 3000) == PaperRefusal::None);
    CHECK(game.save(ana, capital, typed("Tokyo"), kNoon + 4000) == PaperRefusal::None);
    CHECK(game.save(ana, 99, chose(1), kNoon) == PaperRefusal::BadPosition);
    CHECK(game.save(ana, -1, chose(1), kNoon) == PaperRefusal::BadPosition);
    CHECK(game.paperOf(ana)->answerAt(q1) == std::optional<std::string>("sp-q1 beta"));
    CHECK(game.resultOf(ana) == std::nullopt);  // nothing graded is visible before submit
    const std::vector<PaperProgress> before = game.progress(kNoon + 4000);
    REQUIRE(before.size() == 2);
    CHECK(before[0].answered == 2);
    CHECK(before[0].total == 6);
    CHECK_FALSE(before[0].submitted);
    CHECK_FALSE(before[0].score.has_value());

    CHECK(game.submit(ana, kNoon + 5000) == PaperRefusal::None);
    CHECK(game.submit(ana, kNoon + 5000) == PaperRefusal::Submitted);
    CHECK(game.save(ana, q1, chose(0), kNoon + 6000) == PaperRefusal::Submitted);
    const std::optional<PaperResult> result = game.resultOf(ana);
    REQUIRE(result);
    CHECK(result->score == doctest::Approx(2.0));
    CHECK(result->correct == 2);
    REQUIRE(result->items.size() == 6);
    CHECK(result->items[static_cast<std::size_t>(q1)].verdict == Verdict::Correct);
    CHECK(result->items[static_cast<std::size_t>(q1)].answer == "sp-q1 beta");
    CHECK(result->items[static_cast<std::size_t>(capital)].answered);
    const int blank = q1 == 0 || capital == 0 ? (q1 == 1 || capital == 1 ? 2 : 1) : 0;
    CHECK_FALSE(result->items[static_cast<std::size_t>(blank)].answered);
    CHECK(result->items[static_cast<std::size_t>(blank)].verdict == Verdict::Wrong);
    CHECK(result->items[static_cast<std::size_t>(blank)].rightAnswer.find("beta") != std::string::npos);
    // Ben is still writing: the game runs on.
    CHECK(game.phase() == SelfPacedPhase::Running);
    const std::vector<PaperProgress> after = game.progress(kNoon + 6000);
    CHECK(after[0].submitted);
    CHECK(after[0].score == doctest::Approx(2.0));
}

TEST_CASE("classroom self-paced: the time limit hands papers in with what was answered") {
    const Bank bank = paperBank();
    SelfPacedGame game = makeGame(bank, 60);
    const int ana = game.join("123456", "Ana", -1, kNoon).playerId;
    const int ben = game.join("123456", "Ben", -1, kNoon).playerId;
    game.start(kNoon);
    CHECK(game.nextDeadlineMs() == kNoon + 60'000);
    CHECK(game.progress(kNoon + 20'000)[0].remainingMs == 40'000);
    REQUIRE(game.save(ana, positionOf(game, ana, "sp-q2"), chose(1), kNoon + 10'000) == PaperRefusal::None);
    game.tick(kNoon + 59'999);
    CHECK_FALSE(game.paperOf(ana)->submitted());
    REQUIRE(game.save(ana, positionOf(game, ana, "sp-q3"), chose(1), kNoon + 59'999) == PaperRefusal::None);
    // At the deadline an answer is too late, and the paper is handed in with the two saved.
    CHECK(game.save(ana, positionOf(game, ana, "sp-q4"), chose(1), kNoon + 60'000) == PaperRefusal::TimeUp);
    CHECK(game.paperOf(ana)->submitted());
    CHECK(game.resultOf(ana)->correct == 2);
    CHECK(game.phase() == SelfPacedPhase::Running);  // Ben's paper is still out until tick sees it
    game.tick(kNoon + 60'500);
    CHECK(game.paperOf(ben)->submitted());
    CHECK(game.resultOf(ben)->score == doctest::Approx(0.0));
    CHECK(game.phase() == SelfPacedPhase::Over);
    CHECK(game.nextDeadlineMs() == std::nullopt);

    int automatic = 0;
    int over = 0;
    for (const SelfPacedEvent& event : game.takeEvents()) {
        if (event.type == SelfPacedEventType::PaperSubmitted && event.automatic) ++automatic;
        if (event.type == SelfPacedEventType::GameOver) ++over;
    }
    CHECK(automatic == 2);
    CHECK(over == 1);
    // The record's submission time is the deadline, not the later tick.
    CHECK(game.records()[1].submittedMs == kNoon + 60'000);
    CHECK(game.join("123456", "Late", -1, kNoon + 70'000).refusal == LiveRefusal::GameOver);
    CHECK(game.join("000000", "Late", -1, kNoon + 70'000).refusal == LiveRefusal::WrongPin);
}

TEST_CASE("classroom self-paced: a rejoin gets the same paper with its saved answers") {
    const Bank bank = paperBank();
    SelfPacedGame game = makeGame(bank, 0);
    const LiveGame::JoinResult joined = game.join("123456", "Ana", -1, kNoon);
    game.start(kNoon);
    const std::vector<std::string> order = questionOrder(game, joined.playerId);
    const int capital = positionOf(game, joined.playerId, "capital");
    REQUIRE(game.save(joined.playerId, capital, typed("Tokyo"), kNoon + 1000) == PaperRefusal::None);
    const std::string token = game.lobby().players()[0].token;
    game.lobby().disconnect(joined.playerId, kNoon + 2000);
    CHECK_FALSE(game.progress(kNoon + 2000)[0].connected);

    CHECK(game.rejoin("not-a-token", kNoon + 3000).refusal == LiveRefusal::UnknownToken);
    const LiveGame::JoinResult back = game.rejoin(token, kNoon + 3000);
    REQUIRE(back.refusal == LiveRefusal::None);
    CHECK(back.playerId == joined.playerId);
    CHECK(questionOrder(game, back.playerId) == order);
    CHECK(game.paperOf(back.playerId)->answerAt(capital) == std::optional<std::string>("Tokyo"));
    CHECK(game.progress(kNoon + 3000)[0].answered == 1);
}

TEST_CASE("classroom self-paced: a kicked player's paper is gone and the rest decide the end") {
    const Bank bank = paperBank();
    SelfPacedGame game = makeGame(bank, 0);
    const int ana = game.join("123456", "Ana", -1, kNoon).playerId;
    const int ben = game.join("123456", "Ben", -1, kNoon).playerId;
    game.start(kNoon);
    REQUIRE(game.submit(ana, kNoon + 1000) == PaperRefusal::None);
    CHECK(game.phase() == SelfPacedPhase::Running);
    REQUIRE(game.kick(ben, kNoon + 2000));
    CHECK_FALSE(game.kick(ben, kNoon + 2000));
    CHECK(game.paperOf(ben) == nullptr);
    CHECK(game.save(ben, 0, chose(1), kNoon + 2000) == PaperRefusal::GameOver);
    CHECK(game.phase() == SelfPacedPhase::Over);  // everyone left has handed in
    CHECK(game.progress(kNoon + 2000).size() == 1);
    REQUIRE(game.records().size() == 1);
    CHECK(game.records()[0].student == "Ana");
}

TEST_CASE("classroom self-paced: the host's end hands every paper in once") {
    const Bank bank = paperBank();
    SelfPacedGame game = makeGame(bank, 0);
    const int ana = game.join("123456", "Ana", -1, kNoon).playerId;
    game.join("123456", "Ben", -1, kNoon);
    game.start(kNoon);
    // A choice answered with text is unreadable: refused, and nothing is saved.
    CHECK(game.save(ana, positionOf(game, ana, "sp-q1"), typed("x"), kNoon + 400) == PaperRefusal::BadAnswer);
    CHECK(game.paperOf(ana)->answeredCount() == 0);
    REQUIRE(game.save(ana, positionOf(game, ana, "capital"), typed("x"), kNoon + 500) == PaperRefusal::None);
    game.end(kNoon + 1000);
    game.end(kNoon + 2000);
    CHECK(game.phase() == SelfPacedPhase::Over);
    CHECK(game.open(ana, 0, kNoon + 3000) == PaperRefusal::GameOver);
    const std::vector<SelfPacedEvent> events = game.takeEvents();
    CHECK(std::count_if(events.begin(), events.end(), [](const SelfPacedEvent& e) { return e.type == SelfPacedEventType::PaperSubmitted; }) == 2);
    CHECK(std::count_if(events.begin(), events.end(), [](const SelfPacedEvent& e) { return e.type == SelfPacedEventType::GameOver; }) == 1);
    CHECK(game.records().size() == 2);
}

TEST_CASE("storage: a self-paced game is stored once as a live game the class report reads") {
    storage_test::TempDir dir;
    FixedClock clock(kNoon);
    StoreOpenResult opened = Store::open(dir.path(), clock);
    REQUIRE(opened.store);
    sql::Database& db = opened.store->db();
    const Profile anaProfile = ensureProfile(db, "ana", SchedulerKind::Fsrs, clock.nowMs());

    const Bank bank = paperBank();
    SelfPacedGame game = makeGame(bank, 300);
    const int ana = game.join("123456", "Ana", -1, kNoon).playerId;
    const int ben = game.join("123456", "Ben", -1, kNoon).playerId;
    const int eve = game.join("123456", "Eve", -1, kNoon).playerId;
    game.start(kNoon);
    REQUIRE(game.save(ana, positionOf(game, ana, "sp-q1"), chose(1), kNoon + 1000) == PaperRefusal::None);
    REQUIRE(game.save(ana, positionOf(game, ana, "capital"), typed("Tokyo"), kNoon + 2000) == PaperRefusal::None);
    REQUIRE(game.save(ben, positionOf(game, ben, "sp-q1"), chose(0), kNoon + 3000) == PaperRefusal::None);
    REQUIRE(game.save(eve, positionOf(game, eve, "sp-q1"), chose(1), kNoon + 3000) == PaperRefusal::None);
    game.kick(eve, kNoon + 3500);
    REQUIRE(game.submit(ana, kNoon + 4000) == PaperRefusal::None);
    REQUIRE(game.submit(ben, kNoon + 5000) == PaperRefusal::None);

    // The host stores on the one GameOver event; a second tick or end adds none.
    int stored = 0;
    for (int turn = 0; turn < 3; ++turn) {
        game.tick(kNoon + 6000 + turn);
        game.end(kNoon + 6000 + turn);
        for (const SelfPacedEvent& event : game.takeEvents())
            if (event.type == SelfPacedEventType::GameOver) {
                saveSelfPacedGame(db, game, event.atMs);
                ++stored;
            }
    }
    CHECK(stored == 1);
    CHECK(countLiveGames(db) == 1);
    CHECK(countLiveAnswers(db) == 12);  // two papers of six questions, blanks included; Eve kicked

    const std::vector<ClassResultRow> rows = loadClassResults(db);
    REQUIRE(rows.size() == 12);
    const auto find = [&](const std::string& student, const std::string& id) {
        return std::find_if(rows.begin(), rows.end(), [&](const ClassResultRow& r) { return r.student == student && r.key.questionId == id; });
    };
    REQUIRE(find("Ana", "capital") != rows.end());
    CHECK(find("Ana", "capital")->answer == "Tokyo");
    CHECK(find("Ana", "capital")->score == doctest::Approx(1.0));
    CHECK(find("Ben", "sp-q1")->answer == "sp-q1 alpha");
    CHECK(find("Ben", "capital")->answer.empty());
    CHECK(find("Eve", "sp-q1") == rows.end());
    const std::vector<ItemAnalysis> items = analyseItems(rows);
    const auto q1 = std::find_if(items.begin(), items.end(), [](const ItemAnalysis& i) { return i.key.questionId == "sp-q1"; });
    REQUIRE(q1 != items.end());
    CHECK(q1->students == 2);
    CHECK(q1->meanScore == doctest::Approx(0.5));
    CHECK(linkedProfile(db, 1, "Ana") == anaProfile.id);
    CHECK_FALSE(linkedProfile(db, 1, "Ben").has_value());
}
