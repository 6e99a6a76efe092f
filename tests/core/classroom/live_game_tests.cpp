// The live classroom state machine with a fixed clock: joining (PIN, names, cap, lock), tokens and
// rejoin, kick, timing (deadline, pause, +10 s, auto-close), scoring and streaks, teams, every refusal,
// the reveal and the result rows.
#include <doctest/doctest.h>

#include <set>

#include "classroom_test_support.hpp"
#include "core/classroom/live_game.hpp"
#include "core/classroom/live_nickname.hpp"
#include "core/clock.hpp"
#include "core/seeded_random.hpp"

using namespace retain;
using namespace retain::classroom_test;

namespace {

// A bank of three choice questions (the second choice right) and one text question ("Tokyo").
Bank liveBank() {
    Bank bank = makeChoiceBank("live", 3, {"t"});
    addCapitalQuestion(bank);
    return bank;
}

LiveRandom seeded(std::uint64_t seed) {
    auto generator = std::make_shared<SplitMix64>(seed);
    return [generator] { return generator->next(); };
}

LiveSettings settingsWithPin() {
    LiveSettings settings;
    settings.pin = "123456";
    settings.questionSeconds = 20;
    return settings;
}

}  // namespace

TEST_CASE("classroom live: nicknames are trimmed and refused when empty, too long or holding controls") {
    CHECK(checkNickname("  Ana  ").name == "Ana");
    CHECK_FALSE(checkNickname("   ").ok());
    CHECK_FALSE(checkNickname("").ok());
    CHECK(checkNickname(std::string(40, 'x')).ok());
    CHECK_FALSE(checkNickname(std::string(41, 'x')).ok());
    CHECK_FALSE(checkNickname(std::string(200, 'x')).ok());
    // 40 code points of two bytes each are fine: the limit counts characters, not bytes.
    std::string cyrillic;
    for (int i = 0; i < 40; ++i) cyrillic += "\xD0\x96";
    CHECK(checkNickname(cyrillic).ok());
    CHECK_FALSE(checkNickname("An\x01" "a").ok());
    CHECK_FALSE(checkNickname("Ana\nBen").ok());
    CHECK_FALSE(checkNickname("Ana\xC2\x85").ok());   // U+0085, a C1 control
    CHECK_FALSE(checkNickname("\xFF\xFE").ok());      // not UTF-8
    // HTML is kept as text: the clients show it with textContent, so it is harmless and stays visible.
    CHECK(checkNickname("<script>alert(1)</script>").name == "<script>alert(1)</script>");
}

TEST_CASE("classroom live: nicknames with '#' or text-direction controls are refused with a clear message") {
    // "Ana##Ben" would show as "Ana" in the teacher's ImGui buttons; "Ana#" would eat its '#'.
    for (const char* name : {"Ana##Ben", "Ana#", "#1", "###"}) {
        const NicknameCheck check = checkNickname(name);
        CHECK_FALSE(check.ok());
        CHECK(check.error == "The name cannot hold '#'.");
    }
    // U+202E (right-to-left override), U+2066 (left-to-right isolate), U+200F (right-to-left mark), U+061C.
    for (const char* name : {"Ana\xE2\x80\xAE" "eb", "\xE2\x81\xA6" "Ana", "Ana\xE2\x80\x8F", "\xD8\x9C" "Ana"}) {
        const NicknameCheck check = checkNickname(name);
        CHECK_FALSE(check.ok());
        CHECK(check.error.find("text-direction") != std::string::npos);
    }
    // Right-to-left letters themselves are names like any other (Hebrew "Dana", Arabic "Ali").
    CHECK(checkNickname("\xD7\x93\xD7\xA0\xD7\x94").ok());
    CHECK(checkNickname("\xD8\xB9\xD9\x84\xD9\x8A").ok());
    CHECK(checkNickname("Ana-Maria O'Neil").ok());
}

TEST_CASE("classroom live: the PIN, tokens and joining rules") {
    const Bank bank = liveBank();
    LiveSettings drawn;
    LiveGame random(allQuestions(bank), drawn, seeded(1));
    CHECK(random.pin().size() == 6);
    CHECK(random.pin()[0] != '0');

    LiveGame game(allQuestions(bank), settingsWithPin(), seeded(2));
    CHECK(game.pin() == "123456");
    CHECK(game.join("654321", "Ana", -1, kNoon).refusal == LiveRefusal::WrongPin);
    const auto ana = game.join("123456", "Ana", -1, kNoon);
    REQUIRE(ana.refusal == LiveRefusal::None);
    CHECK(game.join("123456", "ana", -1, kNoon).refusal == LiveRefusal::NameTaken);
    const auto empty = game.join("123456", "  ", -1, kNoon);
    CHECK(empty.refusal == LiveRefusal::BadName);
    CHECK(empty.detail == "Please type a name.");
    CHECK(game.join("123456", std::string(200, 'a'), -1, kNoon).refusal == LiveRefusal::BadName);
    CHECK(game.join("123456", "Ben\x07", -1, kNoon).refusal == LiveRefusal::BadName);
    const auto html = game.join("123456", "<b>Ben</b>", -1, kNoon);
    REQUIRE(html.refusal == LiveRefusal::None);
    CHECK(game.players()[1].name == "<b>Ben</b>");

    const std::string& token = game.players()[0].token;
    CHECK(token.size() == 32);
    CHECK(token != game.players()[1].token);
    // A token from another game (same seed, other PIN) is unknown here.
    LiveGame other(allQuestions(bank), LiveSettings{"111111"}, seeded(3));
    REQUIRE(other.join("111111", "Cleo", -1, kNoon).refusal == LiveRefusal::None);
    CHECK(game.rejoin(other.players()[0].token, kNoon).refusal == LiveRefusal::UnknownToken);
    CHECK(game.rejoin("", kNoon).refusal == LiveRefusal::UnknownToken);

    game.setLocked(true);
    CHECK(game.join("123456", "Dev", -1, kNoon).refusal == LiveRefusal::LobbyLocked);
    CHECK(game.rejoin(token, kNoon).refusal == LiveRefusal::None);  // rejoin still works when locked

    const auto events = game.takeEvents();
    REQUIRE(events.size() == 3);
    CHECK(events[0].type == LiveEventType::PlayerJoined);
    CHECK(events[2].type == LiveEventType::PlayerRejoined);
    CHECK(game.takeEvents().empty());
}

TEST_CASE("classroom live: a full game refuses politely and a kick frees a place") {
    const Bank bank = liveBank();
    LiveSettings settings = settingsWithPin();
    settings.playerCap = 2;
    LiveGame game(allQuestions(bank), settings, seeded(4));
    REQUIRE(game.join("123456", "A", -1, kNoon).refusal == LiveRefusal::None);
    REQUIRE(game.join("123456", "B", -1, kNoon).refusal == LiveRefusal::None);
    const auto third = game.join("123456", "C", -1, kNoon);
    CHECK(third.refusal == LiveRefusal::GameFull);
    CHECK(liveRefusalMessage(third.refusal) == "Sorry, this game is full.");
    CHECK(game.kick(1, kNoon));
    CHECK_FALSE(game.kick(1, kNoon));
    CHECK(game.rejoin(game.players()[1].token, kNoon).refusal == LiveRefusal::Kicked);
    CHECK(game.join("123456", "C", -1, kNoon).refusal == LiveRefusal::None);
    CHECK(game.leaderboard().size() == 2);  // the kicked player is off the board

    LiveGame defaults(allQuestions(bank), settingsWithPin(), seeded(5));
    CHECK(defaults.settings().playerCap == 200);
}

TEST_CASE("classroom live: a kick during a question or a reveal takes the player and their answers out") {
    const Bank bank = liveBank();
    FixedClock clock(kNoon);
    LiveGame game(allQuestions(bank), settingsWithPin(), seeded(44));
    const int ana = game.join("123456", "Ana", -1, clock.nowMs()).playerId;
    const int ben = game.join("123456", "Ben", -1, clock.nowMs()).playerId;
    const int cleo = game.join("123456", "Cleo", -1, clock.nowMs()).playerId;
    REQUIRE(game.start(clock.nowMs()));

    // Question 1: Ana and Ben answer right; Ben is kicked while Cleo still thinks.
    clock.advance(2'000);
    REQUIRE(game.submit(ana, 0, chose(1), clock.nowMs()) == LiveRefusal::None);
    REQUIRE(game.submit(ben, 0, chose(1), clock.nowMs()) == LiveRefusal::None);
    CHECK(game.answeredCount() == 2);
    game.takeEvents();
    CHECK(game.kick(ben, clock.nowMs()));
    const std::vector<LiveEvent> events = game.takeEvents();
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == LiveEventType::PlayerKicked);
    CHECK(events[0].playerId == ben);
    CHECK(game.phase() == LivePhase::Question);  // Cleo has not answered yet
    CHECK(game.answeredCount() == 1);             // "1 of 2 answered", not "2 of 2"
    CHECK(game.leaderboard().size() == 2);
    CHECK(game.submit(ben, 0, chose(1), clock.nowMs()) == LiveRefusal::Kicked);
    CHECK(game.rejoin(game.players()[static_cast<std::size_t>(ben)].token, clock.nowMs()).refusal == LiveRefusal::Kicked);

    // Cleo answers: with Ben gone everyone has answered, and the question closes.
    clock.advance(1'000);
    REQUIRE(game.submit(cleo, 0, chose(0), clock.nowMs()) == LiveRefusal::None);
    CHECK(game.phase() == LivePhase::Reveal);
    LiveReveal reveal = game.reveal(0);
    CHECK(reveal.answered == 2);
    CHECK(reveal.correct == 1);
    CHECK(reveal.players == 2);
    int rightCount = 0;
    for (const LiveChoiceCount& choice : reveal.choices)
        if (choice.right) rightCount += choice.count;
    CHECK(rightCount == 1);  // Ana's, not Ben's

    // During the reveal Cleo is kicked too: the reveal and the board drop her answer and her place.
    CHECK(game.kick(cleo, clock.nowMs()));
    reveal = game.reveal(0);
    CHECK(reveal.answered == 1);
    CHECK(reveal.players == 1);
    REQUIRE(reveal.top.size() == 1);
    CHECK(reveal.top[0].name == "Ana");
    CHECK(game.playerResult(ana, 0).players == 1);
    CHECK(game.playerResult(ana, 0).rank == 1);
    // The result rows (what is stored) keep only Ana's answer.
    const std::vector<ClassResultRow> rows = game.resultRows();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].student == "Ana");

    // At the podium nobody can be kicked any more: the final board is what was shown.
    game.end(clock.nowMs());
    CHECK_FALSE(game.kick(ana, clock.nowMs()));
    CHECK(game.leaderboard().size() == 1);
}

TEST_CASE("classroom live: timing, Kahoot points, streaks and auto-close when everyone answered") {
    const Bank bank = liveBank();
    FixedClock clock(kNoon);
    LiveGame game(allQuestions(bank), settingsWithPin(), seeded(6));
    const int ana = game.join("123456", "Ana", -1, clock.nowMs()).playerId;
    const int ben = game.join("123456", "Ben", -1, clock.nowMs()).playerId;
    CHECK(game.submit(ana, 0, chose(1), clock.nowMs()) == LiveRefusal::NotOpen);  // still the lobby
    REQUIRE(game.start(clock.nowMs()));
    CHECK(game.phase() == LivePhase::Question);
    CHECK(game.nextDeadlineMs() == kNoon + 20'000);

    // Question 1: Ana right after 5 s (875), Ben wrong; both answered, so it closes at once.
    clock.advance(5'000);
    CHECK(game.submit(ana, 0, chose(1), clock.nowMs()) == LiveRefusal::None);
    CHECK(game.submit(ana, 0, chose(1), clock.nowMs()) == LiveRefusal::AlreadyAnswered);
    CHECK(game.answers()[0].receivedMs == kNoon + 5'000);
    CHECK(game.answers()[0].timeMs == 5'000);
    CHECK(game.phase() == LivePhase::Question);
    clock.advance(1'000);
    CHECK(game.submit(ben, 0, chose(0), clock.nowMs()) == LiveRefusal::None);
    CHECK(game.phase() == LivePhase::Reveal);
    CHECK(game.submit(ben, 0, chose(1), clock.nowMs()) == LiveRefusal::NotOpen);
    CHECK(game.playerResult(ana, 0).points.total() == 875);
    CHECK(game.playerResult(ana, 0).rank == 1);
    CHECK(game.playerResult(ben, 0).verdict == Verdict::Wrong);
    CHECK(game.playerResult(ben, 0).rank == 2);
    CHECK_FALSE(game.nextDeadlineMs().has_value());  // the host moves on from a reveal

    // Question 2: Ana right at 0 s: 1000 + streak bonus 100. Ben waits out the timer.
    game.next(clock.nowMs());
    CHECK(game.submit(ana, 0, chose(1), clock.nowMs()) == LiveRefusal::WrongQuestion);
    CHECK(game.submit(ana, 1, chose(1), clock.nowMs()) == LiveRefusal::None);
    CHECK(game.playerResult(ana, 1).points.speedPoints == 1000);
    CHECK(game.playerResult(ana, 1).points.streakBonus == 100);
    clock.advance(20'001);
    CHECK(game.submit(ben, 1, chose(1), clock.nowMs()) == LiveRefusal::TooLate);
    game.tick(clock.nowMs());
    CHECK(game.phase() == LivePhase::Reveal);
    CHECK(game.players()[static_cast<std::size_t>(ben)].streak == 0);
    CHECK(game.players()[static_cast<std::size_t>(ana)].points == 875 + 1100);

    // Question 3: paused 30 s after 4 s, then 6 s more: t = 10 s of 20 s = 750 (+200 streak).
    game.next(clock.nowMs());
    const UnixMs opened = clock.nowMs();
    clock.advance(4'000);
    game.pause(clock.nowMs());
    CHECK(game.remainingMs(clock.nowMs()) == 16'000);
    CHECK_FALSE(game.nextDeadlineMs().has_value());
    clock.advance(30'000);
    CHECK(game.submit(ana, 2, chose(1), clock.nowMs()) == LiveRefusal::Paused);
    CHECK(game.remainingMs(clock.nowMs()) == 16'000);
    game.resume(clock.nowMs());
    CHECK(game.nextDeadlineMs() == opened + 50'000);
    clock.advance(6'000);
    CHECK(game.submit(ana, 2, chose(1), clock.nowMs()) == LiveRefusal::None);
    CHECK(game.answers().back().timeMs == 10'000);
    CHECK(game.playerResult(ana, 2).points.speedPoints == 750);
    CHECK(game.playerResult(ana, 2).points.streakBonus == 200);

    // +10 s: the limit becomes 30 s, so Ben at 25 s is in time and earns round(1000(1 - 25/60)) = 583.
    game.addTime(10'000, clock.nowMs());
    CHECK(game.limitMs() == 30'000);
    clock.advance(15'000);
    CHECK(game.submit(ben, 2, chose(1), clock.nowMs()) == LiveRefusal::None);
    CHECK(game.playerResult(ben, 2).points.total() == 583);
    CHECK(game.phase() == LivePhase::Reveal);
}

TEST_CASE("classroom live: the streak bonus stops at +500") {
    Bank bank = makeChoiceBank("long", 8, {"t"});
    FixedClock clock(kNoon);
    LiveGame game(allQuestions(bank), settingsWithPin(), seeded(7));
    const int ana = game.join("123456", "Ana", -1, clock.nowMs()).playerId;
    game.start(clock.nowMs());
    std::vector<int> bonuses;
    for (int q = 0; q < 8; ++q) {
        const int right = std::get<ChoiceAnswer>(bank.questions[static_cast<std::size_t>(q)].answer).correct;
        REQUIRE(game.submit(ana, q, chose(right), clock.nowMs()) == LiveRefusal::None);
        bonuses.push_back(game.playerResult(ana, q).points.streakBonus);
        game.next(clock.nowMs());
    }
    CHECK(bonuses == std::vector<int>{0, 100, 200, 300, 400, 500, 500, 500});
    CHECK(game.phase() == LivePhase::Podium);
    CHECK(game.submit(ana, 7, chose(1), clock.nowMs()) == LiveRefusal::GameOver);
    CHECK(game.join("123456", "Late", -1, clock.nowMs()).refusal == LiveRefusal::GameOver);
}

TEST_CASE("classroom live: rejoin with the token keeps the score; a disconnected phone does not hold up the question") {
    const Bank bank = liveBank();
    FixedClock clock(kNoon);
    LiveGame game(allQuestions(bank), settingsWithPin(), seeded(8));
    const int ana = game.join("123456", "Ana", -1, clock.nowMs()).playerId;
    const int ben = game.join("123456", "Ben", -1, clock.nowMs()).playerId;
    game.start(clock.nowMs());
    REQUIRE(game.submit(ana, 0, chose(1), clock.nowMs()) == LiveRefusal::None);
    game.disconnect(ben, clock.nowMs());
    CHECK(game.phase() == LivePhase::Reveal);  // only Ana is connected, and she answered
    const std::string token = game.players()[static_cast<std::size_t>(ana)].token;
    game.disconnect(ana, clock.nowMs());
    const auto back = game.rejoin(token, clock.nowMs());
    REQUIRE(back.refusal == LiveRefusal::None);
    CHECK(back.playerId == ana);
    CHECK(game.players()[static_cast<std::size_t>(ana)].points == 1000);
    CHECK(game.players()[static_cast<std::size_t>(ana)].connected);

    // With nobody connected the timer decides, not "everyone answered".
    game.next(clock.nowMs());
    game.disconnect(ana, clock.nowMs());
    CHECK(game.phase() == LivePhase::Question);
    clock.advance(20'000);
    game.tick(clock.nowMs());
    CHECK(game.phase() == LivePhase::Reveal);
}

TEST_CASE("classroom live: team score is the average of its members") {
    const Bank bank = liveBank();
    FixedClock clock(kNoon);
    LiveSettings settings = settingsWithPin();
    settings.teams = {"Red", "Blue"};
    LiveGame game(allQuestions(bank), settings, seeded(9));
    const int a = game.join("123456", "A", 0, clock.nowMs()).playerId;
    const int b = game.join("123456", "B", 0, clock.nowMs()).playerId;
    const int c = game.join("123456", "C", -1, clock.nowMs()).playerId;  // the smaller team: Blue
    CHECK(game.players()[static_cast<std::size_t>(c)].team == 1);
    game.start(clock.nowMs());
    REQUIRE(game.submit(a, 0, chose(1), clock.nowMs()) == LiveRefusal::None);  // 1000
    REQUIRE(game.submit(b, 0, chose(0), clock.nowMs()) == LiveRefusal::None);  // 0
    clock.advance(10'000);
    REQUIRE(game.submit(c, 0, chose(1), clock.nowMs()) == LiveRefusal::None);  // 750
    const auto teams = game.teamBoard();
    REQUIRE(teams.size() == 2);
    CHECK(teams[0].name == "Blue");
    CHECK(teams[0].points == doctest::Approx(750.0));
    CHECK(teams[1].name == "Red");
    CHECK(teams[1].points == doctest::Approx(500.0));
    CHECK(teams[1].members == 2);
}

TEST_CASE("classroom live: the reveal counts choices as shown, spreads typed answers and cites the source") {
    const Bank bank = liveBank();
    FixedClock clock(kNoon);
    LiveGame game(allQuestions(bank), settingsWithPin(), seeded(10));
    std::vector<int> ids;
    for (const char* name : {"A", "B", "C", "D"}) ids.push_back(game.join("123456", name, -1, clock.nowMs()).playerId);
    game.start(clock.nowMs());
    game.submit(ids[0], 0, chose(1), clock.nowMs());
    game.submit(ids[1], 0, chose(1), clock.nowMs());
    game.submit(ids[2], 0, chose(3), clock.nowMs());
    game.skip(clock.nowMs());  // D never answers
    const LiveReveal first = game.reveal(0);
    CHECK(first.answered == 3);
    CHECK(first.correct == 2);
    CHECK(first.players == 4);
    REQUIRE(first.choices.size() == 4);
    const ShownOrder& order = game.shownOrder(0);
    for (std::size_t shown = 0; shown < 4; ++shown) {
        const int index = order.choices[shown];
        CHECK(first.choices[shown].text == std::get<ChoiceAnswer>(bank.questions[0].answer).choices[static_cast<std::size_t>(index)]);
        CHECK(first.choices[shown].count == (index == 1 ? 2 : index == 3 ? 1 : 0));
        CHECK(first.choices[shown].right == (index == 1));
    }
    REQUIRE(first.top.size() == 4);
    CHECK(first.top[0].name == "A");  // equal points and time: by name
    CHECK(first.top[0].streak == 1);
    CHECK(first.top[3].points == 0);

    game.end(clock.nowMs());
    LiveGame typedGame(allQuestions(bank), settingsWithPin(), seeded(11));
    for (const char* name : {"A", "B", "C"}) typedGame.join("123456", name, -1, clock.nowMs());
    typedGame.start(clock.nowMs());
    for (int q = 0; q < 3; ++q) {
        typedGame.skip(clock.nowMs());
        typedGame.next(clock.nowMs());
    }
    typedGame.submit(0, 3, typed("Tokyo"), clock.nowMs());
    typedGame.submit(1, 3, typed("Osaka"), clock.nowMs());
    typedGame.submit(2, 3, typed("Tokyo"), clock.nowMs());
    const LiveReveal last = typedGame.reveal(3);
    REQUIRE(last.typed.size() == 2);
    CHECK(last.typed[0].text == "Tokyo");
    CHECK(last.typed[0].count == 2);
    CHECK(last.typed[0].correct);
    CHECK(last.typed[1].text == "Osaka");
    CHECK(last.rightAnswer == "Tokyo");
    CHECK(last.citation == "Paragraph 4: \u201Cthe capital\u201D");
    const auto rows = typedGame.resultRows();
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].student == "B");
    CHECK(rows[1].answer == "Osaka");
    CHECK(rows[1].score == 0.0);
}

TEST_CASE("classroom live: auto-advancing reveals, end and the events a host loop sees") {
    const Bank bank = liveBank();
    FixedClock clock(kNoon);
    LiveSettings settings = settingsWithPin();
    settings.revealSeconds = 5;
    LiveGame game(allQuestions(bank), settings, seeded(12));
    const int ana = game.join("123456", "Ana", -1, clock.nowMs()).playerId;
    game.start(clock.nowMs());
    game.submit(ana, 0, chose(1), clock.nowMs());
    CHECK(game.nextDeadlineMs() == kNoon + 5'000);
    clock.advance(5'000);
    game.tick(clock.nowMs());
    CHECK(game.questionIndex() == 1);
    game.end(clock.nowMs());
    CHECK(game.phase() == LivePhase::Podium);
    std::vector<std::string> names;
    for (const LiveEvent& event : game.takeEvents()) names.push_back(liveEventName(event.type));
    CHECK(names == std::vector<std::string>{"player_joined", "question_opened", "answer", "question_closed",
                                            "question_opened", "question_closed", "game_over"});
}

TEST_CASE("classroom live: the reveal lists the top 5, caps the typed spread and leaves kicked players out") {
    Bank bank;
    bank.id = "typed";
    Question text;
    text.id = "word";
    text.prompt = "Any word?";
    text.answer = TextAnswer{{"yes"}, false, false};
    bank.questions.push_back(text);
    FixedClock clock(kNoon);
    LiveGame game(allQuestions(bank), settingsWithPin(), seeded(13));
    for (int i = 0; i < 13; ++i) game.join("123456", "P" + std::to_string(i), -1, clock.nowMs());
    game.start(clock.nowMs());
    // P0..P2 say "yes" (right), P3..P12 each say a different wrong word: 11 distinct answers.
    for (int i = 0; i < 13; ++i) {
        clock.advance(100);
        REQUIRE(game.submit(i, 0, typed(i < 3 ? "yes" : "w" + std::to_string(i)), clock.nowMs()) == LiveRefusal::None);
    }
    REQUIRE(game.phase() == LivePhase::Reveal);
    LiveReveal reveal = game.reveal(0);
    REQUIRE(reveal.top.size() == 5);
    CHECK(reveal.top[0].name == "P0");  // fastest of the right answers
    CHECK(reveal.top[0].streak == 1);
    CHECK(reveal.top[3].points == 0);
    REQUIRE(reveal.typed.size() == static_cast<std::size_t>(kLiveTypedSpreadMax));
    CHECK(reveal.typed[0].text == "yes");
    CHECK(reveal.typed[0].count == 3);
    CHECK(reveal.otherAnswers == 1);
    CHECK(reveal.answered == 13);

    // A shortened board is the full board's head; each player's counted rank is their place on it.
    const auto board = game.leaderboard();
    const auto top3 = game.leaderboard(3);
    REQUIRE(board.size() == 13);
    REQUIRE(top3.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(top3[i].playerId == board[i].playerId);
    CHECK(game.leaderboard(99).size() == 13);
    for (const LiveStanding& line : board) {
        const LivePlayerResult mine = game.playerResult(line.playerId, 0);
        CHECK(mine.rank == line.rank);
        CHECK(mine.total == line.points);
        CHECK(mine.players == 13);
    }

    game.kick(0, clock.nowMs());
    CHECK(game.playerResult(0, 0).rank == 0);
    CHECK(game.playerResult(1, 0).rank == 1);
    CHECK(game.playerResult(99, 0).rank == 0);
    reveal = game.reveal(0);
    CHECK(reveal.answered == 12);
    CHECK(reveal.typed[0].count == 2);
    CHECK(reveal.top[0].name == "P1");
    CHECK(game.resultRows().size() == 12);
}

TEST_CASE("classroom live: the projector's options are the phones' shown order; typed types have none") {
    const Bank bank = liveBank();
    Bank withTruth = bank;
    Question truth;
    truth.id = "tf";
    truth.prompt = "Tokyo is the capital?";
    truth.answer = TrueFalseAnswer{true};
    withTruth.questions.push_back(truth);
    LiveSettings settings = settingsWithPin();
    settings.shuffleSeed = 77;
    LiveGame game(allQuestions(withTruth), settings, seeded(12));
    const auto& choices = std::get<ChoiceAnswer>(withTruth.questions[0].answer).choices;
    const std::vector<std::string> shown = game.shownOptions(0);
    REQUIRE(shown.size() == choices.size());
    const ShownOrder& order = game.shownOrder(0);
    bool moved = false;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        CHECK(shown[i] == choices[static_cast<std::size_t>(order.choices[i])]);
        moved = moved || shown[i] != choices[i];
    }
    // The same seed always gives the same order; this one moves at least one choice, so the test would
    // catch options listed in the bank's order.
    CHECK(moved);
    CHECK(game.shownOptions(3).empty());  // the text question
    CHECK(game.shownOptions(4) == std::vector<std::string>{"True", "False"});
}
