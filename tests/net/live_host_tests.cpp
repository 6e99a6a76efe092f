// The game thread's host: phone messages in, replies and event lines out, with the PIN throttle; the game
// carries on after every kind of bad input.
#include <doctest/doctest.h>

#include "net/live_host.hpp"
#include "net/live_protocol.hpp"
#include "net/pin_throttle.hpp"
#include "net_test_support.hpp"

using namespace retain;
using namespace retain::net;
using namespace retain::net_test;
using nlohmann::json;

namespace {

struct Harness {
    Bank bank = everyTypeBank();
    LiveGame game{questionsOf(bank), pinSettings(), seeded(21)};
    LiveHost host{game};

    // Sends text from connection at nowMs, flushes, and returns the replies to that connection as JSON.
    std::vector<json> say(std::uint64_t connection, const std::string& text, UnixMs nowMs, const std::string& address = "10.0.0.1") {
        host.handle(LiveInbound{LiveInbound::Kind::Text, connection, address, text, nowMs});
        host.flush(nowMs);
        return repliesTo(connection);
    }
    std::vector<json> repliesTo(std::uint64_t connection) {
        std::vector<json> replies;
        for (const LiveOutbound& out : host.takeOutbox())
            if (out.connection == connection) replies.push_back(json::parse(out.text));
        return replies;
    }
};

std::string joinText(const std::string& name, const std::string& pin = "123456") {
    return json{{"type", "join"}, {"pin", pin}, {"name", name}}.dump();
}

}  // namespace

TEST_CASE("net host: join, question, answer, result; bad input refused and the game carries on") {
    Harness h;
    auto welcome = h.say(1, joinText("Ana"), kNoon);
    REQUIRE(welcome.size() == 1);
    CHECK(welcome[0]["type"] == "welcome");
    CHECK(welcome[0]["token"].get<std::string>().size() == 32);
    CHECK(h.say(2, joinText("<script>alert(1)</script>"), kNoon)[0]["name"] == "<script>alert(1)</script>");
    const auto lines = h.host.takeEventLines();
    REQUIRE(lines.size() == 2);
    CHECK(json::parse(lines[1])["event"] == "player_joined");
    CHECK(json::parse(lines[1])["name"] == "<script>alert(1)</script>");

    CHECK(h.say(1, joinText("Again"), kNoon)[0]["code"] == "already_joined");
    CHECK(h.say(3, "{\"type\":\"answer\",\"question\":0,\"answer\":{\"choice\":0}}", kNoon)[0]["code"] == "not_joined");
    CHECK(h.say(1, std::string(5000, 'x'), kNoon)[0]["code"] == "too_large");
    CHECK(h.say(1, "{oops", kNoon)[0]["code"] == "bad_json");
    CHECK(h.say(1, "{\"type\":\"shout\"}", kNoon)[0]["code"] == "unknown_type");
    CHECK(h.say(1, "{\"type\":\"answer\",\"question\":0,\"answer\":{\"choice\":0}}", kNoon)[0]["code"] == "not_open");

    h.game.start(kNoon);
    h.host.flush(kNoon);
    const auto opened = h.repliesTo(1);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0]["type"] == "question");
    CHECK(opened[0]["question"]["choices"].size() == 4);
    const int tokyo = static_cast<int>(std::find(h.game.shownOrder(0).choices.begin(), h.game.shownOrder(0).choices.end(), 1) -
                                       h.game.shownOrder(0).choices.begin());
    const std::string answer = "{\"type\":\"answer\",\"question\":0,\"answer\":{\"choice\":" + std::to_string(tokyo) + "}}";
    CHECK(h.say(1, "{\"type\":\"answer\",\"question\":0,\"answer\":{\"choice\":9}}", kNoon + 1000)[0]["code"] == "bad_answer");
    const auto ack = h.say(1, answer, kNoon + 2000);
    REQUIRE(ack.size() == 1);
    CHECK(ack[0]["type"] == "ack");
    CHECK(h.say(1, answer, kNoon + 2500)[0]["code"] == "already_answered");
    CHECK(h.say(2, "{\"type\":\"answer\",\"question\":1,\"answer\":{\"choice\":0}}", kNoon + 3000)[0]["code"] == "wrong_question");
    h.host.takeEventLines();
    h.host.handle(LiveInbound{LiveInbound::Kind::Text, 2, "10.0.0.2", "{\"type\":\"answer\",\"question\":0,\"answer\":{\"choice\":" + std::to_string((tokyo + 1) % 4) + "}}", kNoon + 4000});
    h.host.flush(kNoon + 4000);
    // Both answered: the question closes and each phone gets its own result.
    for (const LiveOutbound& out : h.host.takeOutbox()) {
        const json message = json::parse(out.text);
        if (message["type"] != "result") continue;
        CHECK(message["correct"] == (out.connection == 1));
        CHECK(message["points"] == (out.connection == 1 ? 950 : 0));
        CHECK(message["rank"] == (out.connection == 1 ? 1 : 2));
        CHECK(message["right_answer"] == "Tokyo");
    }
    const auto events = h.host.takeEventLines();
    REQUIRE(events.size() == 2);
    CHECK(json::parse(events[0])["event"] == "answer");
    CHECK(json::parse(events[0])["verdict"] == "wrong");
    CHECK(json::parse(events[1])["event"] == "question_closed");
    CHECK(json::parse(events[1])["answered"] == 2);
    CHECK(json::parse(events[1])["correct"] == 1);
}

TEST_CASE("net host: rejoin on a new connection keeps the score; a closed connection disconnects; kick closes") {
    Harness h;
    const std::string token = h.say(1, joinText("Ana"), kNoon)[0]["token"];
    h.say(2, joinText("Ben"), kNoon);
    h.game.start(kNoon);
    h.host.flush(kNoon);
    h.host.takeOutbox();
    const int tokyo = static_cast<int>(std::find(h.game.shownOrder(0).choices.begin(), h.game.shownOrder(0).choices.end(), 1) -
                                       h.game.shownOrder(0).choices.begin());
    h.say(1, "{\"type\":\"answer\",\"question\":0,\"answer\":{\"choice\":" + std::to_string(tokyo) + "}}", kNoon);
    h.host.handle(LiveInbound{LiveInbound::Kind::Closed, 1, "10.0.0.1", {}, kNoon + 100});
    CHECK_FALSE(h.game.players()[0].connected);
    const auto back = h.say(7, json{{"type", "rejoin"}, {"token", token}}.dump(), kNoon + 200);
    REQUIRE(back.size() == 2);
    CHECK(back[0]["type"] == "welcome");
    CHECK(back[0]["points"] == 1000);
    CHECK(back[1]["type"] == "question");
    CHECK(back[1]["answered"] == true);
    CHECK(h.say(8, json{{"type", "rejoin"}, {"token", "0123456789abcdef0123456789abcdef"}}.dump(), kNoon)[0]["code"] == "unknown_token");

    h.game.kick(1, kNoon + 300);
    h.host.flush(kNoon + 300);
    bool closed = false;
    for (const LiveOutbound& out : h.host.takeOutbox())
        if (out.connection == 2 && json::parse(out.text)["type"] == "kicked") closed = out.close;
    CHECK(closed);
    CHECK(h.host.playerOn(2) == -1);
}

TEST_CASE("net host: wrong PINs and wrong tokens from one address are slowed down after a few tries") {
    Harness h;
    for (int i = 0; i < kPinFreeTries; ++i) CHECK(h.say(1, joinText("Eve", "000000"), kNoon)[0]["code"] == "wrong_pin");
    CHECK(h.say(1, joinText("Eve", "123456"), kNoon)[0]["code"] == "slow_down");
    // Another address is not slowed, and the first one may try again after the wait.
    CHECK(h.say(2, joinText("Ana"), kNoon, "10.0.0.9")[0]["type"] == "welcome");
    CHECK(h.say(1, joinText("Eve"), kNoon + kPinFirstWaitMs)[0]["type"] == "welcome");

    // Guessing tokens counts like guessing PINs: after a few wrong ones even the right token must wait.
    const std::string token = h.game.players()[0].token;
    const std::string wrongToken = json{{"type", "rejoin"}, {"token", "0123456789abcdef0123456789abcdef"}}.dump();
    for (int i = 0; i < kPinFreeTries; ++i) CHECK(h.say(20 + i, wrongToken, kNoon, "10.0.0.7")[0]["code"] == "unknown_token");
    CHECK(h.say(30, json{{"type", "rejoin"}, {"token", token}}.dump(), kNoon, "10.0.0.7")[0]["code"] == "slow_down");
    CHECK(h.say(31, json{{"type", "rejoin"}, {"token", token}}.dump(), kNoon + kPinFirstWaitMs, "10.0.0.7")[0]["type"] == "welcome");

    PinThrottle throttle;
    for (int i = 0; i < 5; ++i) throttle.recordFailure("a", kNoon);
    CHECK(throttle.waitMs("a", kNoon) == 4 * kPinFirstWaitMs);
    for (int i = 0; i < 20; ++i) throttle.recordFailure("a", kNoon);
    CHECK(throttle.waitMs("a", kNoon) == kPinLongestWaitMs);
    CHECK(throttle.waitMs("a", kNoon + kPinForgetMs) == 0);
}

TEST_CASE("net host: a successful join or rejoin does not clear an address's misses") {
    Harness h;
    CHECK(h.say(1, joinText("Ana"), kNoon, "10.0.0.7")[0]["type"] == "welcome");
    const std::string token = h.game.players()[0].token;
    const std::string rightToken = json{{"type", "rejoin"}, {"token", token}}.dump();
    const std::string wrongToken = json{{"type", "rejoin"}, {"token", "0123456789abcdef0123456789abcdef"}}.dump();
    // Two wrong tokens, the right one (the guesser's own player), two more wrong ones: the misses add up
    // to four, so the fourth waits, as if the rejoin in between had not happened.
    UnixMs at = kNoon;
    for (int i = 0; i < 2; ++i) CHECK(h.say(20 + i, wrongToken, at, "10.0.0.7")[0]["code"] == "unknown_token");
    CHECK(h.say(30, rightToken, at, "10.0.0.7")[0]["type"] == "welcome");
    CHECK(h.say(22, wrongToken, at, "10.0.0.7")[0]["code"] == "unknown_token");
    CHECK(h.say(23, wrongToken, at, "10.0.0.7")[0]["code"] == "slow_down");
    // A join with the right PIN after the wait does not reset the count either: the next miss doubles it.
    at += kPinFirstWaitMs;
    CHECK(h.say(40, joinText("Ben"), at, "10.0.0.7")[0]["type"] == "welcome");
    CHECK(h.say(41, wrongToken, at, "10.0.0.7")[0]["code"] == "unknown_token");
    const auto wait = h.say(42, wrongToken, at + kPinFirstWaitMs, "10.0.0.7");
    CHECK(wait[0]["code"] == "slow_down");
}

TEST_CASE("net host: abuse over the wire: late answers, another game's token, bad nicknames, a full game") {
    Bank bank = everyTypeBank();
    LiveSettings settings = pinSettings();
    settings.playerCap = 2;
    LiveGame game{questionsOf(bank), settings, seeded(41)};
    LiveHost host{game};
    auto say = [&](std::uint64_t connection, const std::string& text, UnixMs nowMs) {
        host.handle(LiveInbound{LiveInbound::Kind::Text, connection, "10.0.0." + std::to_string(connection), text, nowMs});
        host.flush(nowMs);
        std::vector<json> replies;
        for (const LiveOutbound& out : host.takeOutbox())
            if (out.connection == connection) replies.push_back(json::parse(out.text));
        return replies;
    };
    // Nicknames: empty, 200 characters and control characters are refused with a reason; HTML is kept as
    // text (the page renders it with textContent) and the game carries on.
    CHECK(say(1, joinText(""), kNoon)[0]["code"] == "bad_name");
    CHECK(say(1, joinText(std::string(200, 'n')), kNoon)[0]["code"] == "bad_name");
    CHECK(say(1, joinText("Ana\x1b[31m"), kNoon)[0]["code"] == "bad_name");
    CHECK(say(1, joinText("Ana\r\nBen"), kNoon)[0]["code"] == "bad_name");
    CHECK(say(1, joinText("<img src=x onerror=alert(1)>"), kNoon)[0]["type"] == "welcome");
    CHECK(say(2, joinText("Ben"), kNoon)[0]["type"] == "welcome");
    // The cap is 2: a third phone is refused politely.
    const auto full = say(3, joinText("Cleo"), kNoon);
    CHECK(full[0]["code"] == "game_full");
    CHECK(full[0]["message"] == "Sorry, this game is full.");

    // A token from another game is unknown here (and counts as a wrong try for the throttle).
    LiveGame other{questionsOf(bank), pinSettings("654321"), seeded(42)};
    REQUIRE(other.join("654321", "Zed", -1, kNoon).refusal == LiveRefusal::None);
    CHECK(say(4, json{{"type", "rejoin"}, {"token", other.players()[0].token}}.dump(), kNoon)[0]["code"] == "unknown_token");

    game.start(kNoon);
    host.flush(kNoon);
    host.takeOutbox();
    const std::int64_t limitMs = static_cast<std::int64_t>(game.settings().questionSeconds) * kMsPerSecond;
    const std::string answer = "{\"type\":\"answer\",\"question\":0,\"answer\":{\"choice\":0}}";
    // Received after the timer ran out (before the host's tick closed the question): too late.
    CHECK(say(1, answer, kNoon + limitMs + 1)[0]["code"] == "too_late");
    // Now it is closed: answers to it are refused, and so are answers to a question not open yet.
    CHECK(say(2, answer, kNoon + limitMs + 2)[0]["code"] == "not_open");
    CHECK(say(2, "{\"type\":\"answer\",\"question\":1,\"answer\":{\"choice\":0}}", kNoon + limitMs + 3)[0]["code"] == "not_open");
    CHECK(game.answerOf(0, 0) == nullptr);
    CHECK(game.answerOf(1, 0) == nullptr);
    CHECK(game.phase() == LivePhase::Reveal);
}
