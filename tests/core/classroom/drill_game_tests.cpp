// The drill: question choice, turn order in both modes, timers and accommodations, leaderboard, podium.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <stdexcept>

#include "classroom_test_support.hpp"
#include "core/classroom/drill_game.hpp"
#include "core/clock.hpp"

using namespace retain;
using namespace retain::classroom_test;

namespace {

std::vector<DrillPlayer> players(const std::vector<std::string>& names) {
    std::vector<DrillPlayer> result;
    for (const std::string& name : names) result.push_back(DrillPlayer{name, {}});
    return result;
}

std::vector<ClassroomQuestion> questionsOf(const Bank& bank, int count) {
    return pickQuestions(QuestionPick{{&bank}, {}, count, 7, false});
}

// Plays every remaining turn: each player answers fully right after 1 s; returns the turns played.
std::vector<DrillTurn> playAll(DrillGame& game, FixedClock& clock) {
    std::vector<DrillTurn> turns;
    while (const auto turn = game.current()) {
        turns.push_back(*turn);
        game.startTurn(clock.nowMs());
        clock.advance(1'000);
        game.submit("beta", 1.0, clock.nowMs());
    }
    return turns;
}

}  // namespace

TEST_CASE("classroom: picking questions is fixed by the seed and honours tags and count") {
    const Bank first = makeChoiceBank("one", 12, {"dates", "people", "places"});
    const Bank second = makeChoiceBank("two", 6, {"people"});
    const QuestionPick pick{{&first, &second}, {}, 8, 42, false};
    const auto a = pickQuestions(pick);
    const auto b = pickQuestions(pick);
    REQUIRE(a.size() == 8);
    std::set<CardKey> distinct;
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].key == b[i].key);
        distinct.insert(a[i].key);
        // Pointers lead into the caller's banks, not into copies.
        const Bank& owner = a[i].key.bankId == "one" ? first : second;
        CHECK(a[i].question == owner.find(a[i].key.questionId));
    }
    CHECK(distinct.size() == 8);

    QuestionPick other = pick;
    other.seed = 43;
    std::vector<CardKey> keysA;
    std::vector<CardKey> keysOther;
    for (const auto& q : a) keysA.push_back(q.key);
    for (const auto& q : pickQuestions(other)) keysOther.push_back(q.key);
    CHECK(keysA != keysOther);

    const auto placesOnly = pickQuestions(QuestionPick{{&first, &second}, {"places"}, 50, 1, false});
    CHECK(placesOnly.size() == 4);  // questions 3, 6, 9, 12 of bank one
    for (const auto& q : placesOnly) CHECK(q.question->tags.front() == "places");

    // Stratified: 9 of 18 with tags dates 4, people 10, places 4 -> 2, 5, 2.
    const auto stratified = pickQuestions(QuestionPick{{&first, &second}, {}, 9, 5, true});
    std::map<std::string, int> perTag;
    for (const auto& q : stratified) perTag[q.question->tags.front()] += 1;
    CHECK(perTag["dates"] == 2);
    CHECK(perTag["people"] == 5);
    CHECK(perTag["places"] == 2);

    CHECK(pickQuestions(QuestionPick{{&first}, {}, 0, 1, false}).empty());
    CHECK(pickQuestions(QuestionPick{{&first}, {"nope"}, 5, 1, false}).empty());
}

TEST_CASE("classroom: in turns each question goes to the next player") {
    const Bank bank = makeChoiceBank("b", 5, {"dates"});
    DrillGame game(players({"Ana", "Ben", "Cleo"}), questionsOf(bank, 5), DrillSettings{DrillMode::Turns, 20});
    CHECK(game.turnCount() == 5);
    FixedClock clock(kNoon);
    const std::vector<DrillTurn> expected{{0, 0}, {1, 1}, {2, 2}, {3, 0}, {4, 1}};
    CHECK(playAll(game, clock) == expected);
    CHECK(game.finished());
    CHECK_FALSE(game.current().has_value());
    CHECK_THROWS_AS(game.submit("x", 1.0, clock.nowMs()), std::logic_error);
}

TEST_CASE("classroom: in rounds every player answers each question in turn") {
    const Bank bank = makeChoiceBank("b", 3, {"dates"});
    DrillGame game(players({"Ana", "Ben"}), questionsOf(bank, 3), DrillSettings{DrillMode::Rounds, 20});
    CHECK(game.turnCount() == 6);
    FixedClock clock(kNoon);
    const std::vector<DrillTurn> expected{{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 0}, {2, 1}};
    CHECK(playAll(game, clock) == expected);
    // Every answer was right after 1 s of 20: 1000 - 500 / 20 = 975, streak bonuses 0, 100, 200 each.
    for (const DrillStanding& line : game.leaderboard()) {
        CHECK(line.points == 3 * 975 + 0 + 100 + 200);
        CHECK(line.correct == 3);
        CHECK(line.streak == 3);
        CHECK(line.totalMs == 3'000);
    }
}

TEST_CASE("classroom: in rounds no verdict is revealable until every player has answered the question") {
    const Bank bank = makeChoiceBank("b", 2, {"dates"});
    DrillGame game(players({"Ana", "Ben", "Cleo"}), questionsOf(bank, 2), DrillSettings{DrillMode::Rounds, 20});
    FixedClock clock(kNoon);
    CHECK(game.revealableAnswers().empty());  // nothing played yet
    // Question 1: Ana right, Ben skips, Cleo wrong. Nothing shows until Cleo has answered.
    game.startTurn(clock.nowMs());
    game.submit("beta", 1.0, clock.nowMs());
    CHECK(game.revealableAnswers().empty());
    game.startTurn(clock.nowMs());
    game.noAnswer(clock.nowMs());
    CHECK(game.revealableAnswers().empty());
    game.startTurn(clock.nowMs());
    game.submit("alpha", 0.0, clock.nowMs());
    const std::vector<DrillAnswer> round = game.revealableAnswers();
    REQUIRE(round.size() == 3);
    CHECK(round[0].turn == DrillTurn{0, 0});
    CHECK(round[0].fraction == 1.0);
    CHECK_FALSE(round[1].answered);
    CHECK(round[2].turn == DrillTurn{0, 2});
    // Question 2 starts: its first answer hides again.
    game.startTurn(clock.nowMs());
    game.submit("beta", 1.0, clock.nowMs());
    CHECK(game.revealableAnswers().empty());
}

TEST_CASE("classroom: in turns each answer is revealable at once") {
    const Bank bank = makeChoiceBank("b", 2, {"dates"});
    DrillGame game(players({"Ana", "Ben"}), questionsOf(bank, 2), DrillSettings{DrillMode::Turns, 20});
    FixedClock clock(kNoon);
    game.startTurn(clock.nowMs());
    game.submit("beta", 1.0, clock.nowMs());
    const std::vector<DrillAnswer> shown = game.revealableAnswers();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].turn == DrillTurn{0, 0});
}

TEST_CASE("classroom: the timer counts down from startTurn and scores the answer time") {
    const Bank bank = makeChoiceBank("b", 2, {"dates"});
    DrillGame game(players({"Ana"}), questionsOf(bank, 2), DrillSettings{DrillMode::Turns, 20});
    FixedClock clock(kNoon);
    game.startTurn(clock.nowMs());
    CHECK(game.remainingMs(clock.nowMs()) == 20'000);
    clock.advance(5'000);
    CHECK(game.remainingMs(clock.nowMs()) == 15'000);
    CHECK_FALSE(game.timeUp(clock.nowMs()));
    const DrillAnswer& first = game.submit("beta", 1.0, clock.nowMs());
    CHECK(first.timeMs == 5'000);
    CHECK(first.limitMs == 20'000);
    CHECK(first.points.total() == 875);  // 1000 - 500 * 5 / 20

    game.startTurn(clock.nowMs());
    clock.advance(21'000);
    CHECK(game.remainingMs(clock.nowMs()) == 0);
    CHECK(game.timeUp(clock.nowMs()));
    const DrillAnswer& late = game.noAnswer(clock.nowMs());
    CHECK_FALSE(late.answered);
    CHECK(late.timeMs == 20'000);  // charged the full limit, not the 21 s that passed
    CHECK(late.points.total() == 0);
    CHECK(game.leaderboard().front().streak == 0);
}

TEST_CASE("classroom: the timer is off, or clamped to 10..120 s") {
    const Bank bank = makeChoiceBank("b", 1, {"dates"});
    CHECK(DrillGame(players({"A"}), questionsOf(bank, 1), DrillSettings{DrillMode::Turns, 5}).limitMs(0) == 10'000);
    CHECK(DrillGame(players({"A"}), questionsOf(bank, 1), DrillSettings{DrillMode::Turns, 500}).limitMs(0) == 120'000);
    DrillGame off(players({"A"}), questionsOf(bank, 1), DrillSettings{DrillMode::Turns, 0});
    CHECK(off.limitMs(0) == 0);
    FixedClock clock(kNoon);
    off.startTurn(clock.nowMs());
    clock.advance(300'000);
    CHECK_FALSE(off.remainingMs(clock.nowMs()).has_value());
    CHECK_FALSE(off.timeUp(clock.nowMs()));
    CHECK(off.submit("beta", 1.0, clock.nowMs()).points.total() == 1000);
}

TEST_CASE("classroom: accommodations lengthen or remove a player's timer") {
    const Bank bank = makeChoiceBank("b", 3, {"dates"});
    std::vector<DrillPlayer> list = players({"Ana", "Ben", "Cleo", "Dev"});
    list[1].accommodation.timeMultiplier = 1.5;
    list[2].accommodation.extraSeconds = 15;
    list[3].accommodation.noLimit = true;
    DrillGame game(list, questionsOf(bank, 3), DrillSettings{DrillMode::Rounds, 20});
    CHECK(game.limitMs(0) == 20'000);
    CHECK(game.limitMs(1) == 30'000);
    CHECK(game.limitMs(2) == 35'000);
    CHECK(game.limitMs(3) == 0);

    FixedClock clock(kNoon);
    // Each takes 15 s: Ana 1000 - 500 * 15/20 = 625; Ben 1000 - 500 * 15/30 = 750;
    // Cleo 1000 - 500 * 15/35 = 785.71 -> 786; Dev has no limit: 1000.
    const int expected[] = {625, 750, 786, 1000};
    for (int player = 0; player < 4; ++player) {
        game.startTurn(clock.nowMs());
        clock.advance(15'000);
        CHECK(game.submit("beta", 1.0, clock.nowMs()).points.total() == expected[player]);
    }
    // A change applies from the current turn on.
    game.setAccommodation(0, DrillAccommodation{2.0, 0, false});
    CHECK(game.limitMs(0) == 40'000);
    game.startTurn(clock.nowMs());
    clock.advance(20'000);
    CHECK(game.submit("beta", 1.0, clock.nowMs()).points.speedPoints == 750);  // 1000 - 500 * 20/40
}

TEST_CASE("classroom: the leaderboard sorts by points, then total time, then name") {
    const Bank bank = makeChoiceBank("b", 1, {"dates"});
    // Timer off, so every right answer earns 1000 whatever its time.
    DrillGame game(players({"Zoe", "Adam", "Mia", "Bob"}), questionsOf(bank, 1), DrillSettings{DrillMode::Rounds, 0});
    FixedClock clock(kNoon);
    struct Play { std::int64_t ms; double score; };
    const Play plays[] = {{5'000, 1.0}, {5'000, 1.0}, {2'000, 1.0}, {1'000, 0.0}};  // Zoe, Adam, Mia, Bob
    for (const Play& play : plays) {
        game.startTurn(clock.nowMs());
        clock.advance(play.ms);
        game.submit("x", play.score, clock.nowMs());
    }
    const auto board = game.leaderboard();
    REQUIRE(board.size() == 4);
    CHECK(board[0].name == "Mia");   // 1000 in 2 s
    CHECK(board[1].name == "Adam");  // 1000 in 5 s, ties Zoe: by name
    CHECK(board[2].name == "Zoe");
    CHECK(board[3].name == "Bob");   // 0
    for (int i = 0; i < 4; ++i) CHECK(board[static_cast<std::size_t>(i)].rank == i + 1);
    CHECK(board[0].points == 1000);
    CHECK(board[3].points == 0);

    const auto podium = game.podium();
    REQUIRE(podium.size() == 3);
    CHECK(podium[2].name == "Zoe");

    DrillGame pair(players({"Ana", "Ben"}), questionsOf(bank, 1), DrillSettings{DrillMode::Rounds, 20});
    CHECK(pair.podium().size() == 2);
}

TEST_CASE("classroom: players need distinct names that are not blank") {
    const Bank bank = makeChoiceBank("b", 1, {"dates"});
    CHECK(DrillGame::checkPlayers(players({"Ana", "Ben"})).empty());
    CHECK(DrillGame::checkPlayers({}) == "a drill needs at least one player");
    CHECK(DrillGame::checkPlayers(players({"Ana", "  "})) == "a player has no name");
    CHECK(DrillGame::checkPlayers(players({"Ana", "Ana"})) == "two players are called \"Ana\"");
    CHECK_THROWS_AS(DrillGame(players({"Ana", "Ana"}), questionsOf(bank, 1), DrillSettings{}), std::invalid_argument);
}

TEST_CASE("classroom: drill turns become class report rows") {
    const Bank bank = makeChoiceBank("b", 2, {"dates"});
    DrillGame game(players({"Ana", "Ben"}), questionsOf(bank, 2), DrillSettings{DrillMode::Turns, 20});
    FixedClock clock(kNoon);
    game.startTurn(clock.nowMs());
    clock.advance(2'500);
    game.submit("b-q1 beta", 0.5, clock.nowMs());
    game.startTurn(clock.nowMs());
    clock.advance(30'000);
    game.noAnswer(clock.nowMs());
    const auto rows = game.resultRows();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].student == "Ana");
    CHECK(rows[0].key == game.questions()[0].key);
    CHECK(rows[0].answer == "b-q1 beta");
    CHECK(rows[0].score == 0.5);
    CHECK(rows[0].timeSeconds == 2.5);
    CHECK(rows[1].student == "Ben");
    CHECK(rows[1].answer.empty());
    CHECK(rows[1].score == 0.0);
    CHECK(rows[1].timeSeconds == 20.0);
}
