// The self-paced paper's host: the paper sent at start (the phone's own order, never the answers),
// answers saved and acknowledged, hand-in and result, rejoin with saved answers, and every kind of bad
// input refused with the game carrying on.
#include <doctest/doctest.h>

#include "net/live_protocol.hpp"
#include "net/paper_protocol.hpp"
#include "net/self_paced_host.hpp"
#include "net_test_support.hpp"

using namespace retain;
using namespace retain::net;
using namespace retain::net_test;
using nlohmann::json;

namespace {

SelfPacedSettings paperSettings(int timeLimitSeconds) {
    SelfPacedSettings settings;
    settings.lobby = pinSettings();
    settings.title = "Check";
    settings.timeLimitSeconds = timeLimitSeconds;
    settings.seed = 7;
    return settings;
}

struct Harness {
    explicit Harness(int timeLimitSeconds = 0) : game{questionsOf(bank), paperSettings(timeLimitSeconds), seeded(21)} {}
    Bank bank = everyTypeBank();
    SelfPacedGame game;
    SelfPacedHost host{game};

    // Sends text from connection at nowMs, flushes, and returns the replies to that connection as JSON.
    std::vector<json> say(std::uint64_t connection, const std::string& text, UnixMs nowMs, const std::string& address = "10.0.0.1") {
        host.handle(LiveInbound{LiveInbound::Kind::Text, connection, address, text, nowMs});
        host.flush(nowMs);
        return repliesTo(connection);
    }
    std::vector<json> repliesTo(std::uint64_t connection) { return repliesOf(host, connection); }
};

std::string joinText(const std::string& name, const std::string& pin = "123456") {
    return json{{"type", "join"}, {"pin", pin}, {"name", name}}.dump();
}

std::string saveText(int position, const json& answer) { return json{{"type", "save"}, {"position", position}, {"answer", answer}}.dump(); }

// Returns the position of the question of kind on a paper message.
int positionOfKind(const json& paper, const std::string& kind) {
    for (const json& item : paper["questions"])
        if (item["question"]["kind"] == kind) return item["position"].get<int>();
    FAIL("no question of kind " << kind);
    return -1;
}

const json* findType(const std::vector<json>& replies, const std::string& type) {
    for (const json& reply : replies)
        if (reply["type"] == type) return &reply;
    return nullptr;
}

}  // namespace

TEST_CASE("net self-paced: join, paper, save, change, submit, result") {
    Harness h;
    const auto welcome = h.say(1, joinText("Ana"), kNoon);
    REQUIRE(welcome.size() == 1);
    CHECK(welcome[0]["type"] == "welcome");
    h.say(2, joinText("Ben"), kNoon);
    CHECK(h.say(1, saveText(0, json{{"choice", 0}}), kNoon)[0]["code"] == "not_started");

    h.game.start(kNoon + 1000);
    h.host.flush(kNoon + 1000);
    std::vector<LiveOutbound> out = h.host.takeOutbox();
    REQUIRE(out.size() == 2);
    const json paper = json::parse(out[0].text);
    CHECK(out[0].connection == 1);
    CHECK(paper["type"] == "paper");
    CHECK(paper["count"] == 9);
    CHECK(paper["remaining_ms"].is_null());
    CHECK(paper["submitted"] == false);
    // The paper never carries an answer or a verdict.
    CHECK(out[0].text.find("Abe") == std::string::npos);
    CHECK(out[0].text.find("correct") == std::string::npos);
    // Ben's paper is in another order.
    CHECK(json::parse(out[1].text)["questions"] != paper["questions"]);

    const int choice = positionOfKind(paper, "choice");
    const int text = positionOfKind(paper, "text");
    const json choices = paper["questions"][static_cast<std::size_t>(choice)]["question"]["choices"];
    int tokyo = -1;
    int osaka = -1;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (choices[i] == "Tokyo") tokyo = static_cast<int>(i);
        if (choices[i] == "Osaka") osaka = static_cast<int>(i);
    }
    const auto saved = h.say(1, saveText(choice, json{{"choice", osaka}}), kNoon + 2000);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0]["type"] == "saved");
    CHECK(saved[0]["answered"] == 1);
    CHECK(saved[0].dump().find("correct") == std::string::npos);  // no feedback before submit
    CHECK(h.say(1, saveText(choice, json{{"choice", tokyo}}), kNoon + 3000)[0]["answered"] == 1);
    CHECK(h.say(1, saveText(text, json{{"text", "Abe"}}), kNoon + 4000)[0]["answered"] == 2);
    std::vector<std::string> lines = h.host.takeEventLines();
    const json lastSave = json::parse(lines.back());
    CHECK(lastSave["event"] == "answer_saved");
    CHECK(lastSave["name"] == "Ana");
    CHECK(lastSave["answer"] == "Abe");
    CHECK(lastSave["question_id"] == "every/text");

    const auto handedIn = h.say(1, json{{"type", "submit"}}.dump(), kNoon + 5000);
    const json* result = findType(handedIn, "paper_result");
    REQUIRE(result != nullptr);
    CHECK((*result)["score"] == 2.0);
    CHECK((*result)["correct"] == 2);
    CHECK((*result)["automatic"] == false);
    CHECK((*result)["items"][static_cast<std::size_t>(choice)]["correct"] == true);
    CHECK((*result)["items"][static_cast<std::size_t>(choice)]["answer"] == "Tokyo");
    CHECK((*result)["items"][static_cast<std::size_t>(positionOfKind(paper, "date"))]["answered"] == false);
    CHECK(h.say(1, saveText(choice, json{{"choice", osaka}}), kNoon + 6000)[0]["code"] == "submitted");
    CHECK(h.say(1, json{{"type", "submit"}}.dump(), kNoon + 6000)[0]["code"] == "submitted");
    lines = h.host.takeEventLines();
    REQUIRE(!lines.empty());
    CHECK(json::parse(lines[0])["event"] == "paper_submitted");
    CHECK(json::parse(lines[0])["score"] == 2.0);

    // Ben hands in a blank paper: the game is over, and its line ranks both.
    h.say(2, json{{"type", "submit"}}.dump(), kNoon + 7000);
    lines = h.host.takeEventLines();
    const json over = json::parse(lines.back());
    CHECK(over["event"] == "game_over");
    REQUIRE(over["scores"].size() == 2);
    CHECK(over["scores"][0]["name"] == "Ana");
    CHECK(over["scores"][0]["score"] == 2.0);
    CHECK(over["scores"][1]["name"] == "Ben");
    CHECK(h.say(3, joinText("Cy"), kNoon + 8000)[0]["code"] == "game_over");
    CHECK(h.say(4, joinText("Cy", "999999"), kNoon + 8000)[0]["code"] == "wrong_pin");
}

TEST_CASE("net self-paced: a rejoin gets the paper back with its saved answers, and the result once in") {
    Harness h(600);
    const std::string token = h.say(1, joinText("Ana"), kNoon)[0]["token"];
    h.game.start(kNoon);
    h.host.flush(kNoon);
    const json paper = json::parse(h.host.takeOutbox().at(0).text);
    CHECK(paper["remaining_ms"] == 600'000);
    const int text = positionOfKind(paper, "text");
    h.say(1, saveText(text, json{{"text", "Abe"}}), kNoon + 1000);
    h.host.handle(LiveInbound{LiveInbound::Kind::Closed, 1, "10.0.0.1", "", kNoon + 2000});

    CHECK(h.say(2, json{{"type", "rejoin"}, {"token", std::string(32, 'f')}}.dump(), kNoon + 3000)[0]["code"] == "unknown_token");
    const auto back = h.say(3, json{{"type", "rejoin"}, {"token", token}}.dump(), kNoon + 10'000);
    REQUIRE(back.size() == 2);
    CHECK(back[0]["type"] == "welcome");
    CHECK(back[1]["type"] == "paper");
    REQUIRE(back[1]["questions"].size() == 9);
    CHECK(back[1]["questions"][static_cast<std::size_t>(text)]["question"] == paper["questions"][static_cast<std::size_t>(text)]["question"]);
    CHECK(back[1]["questions"][static_cast<std::size_t>(text)]["saved"] == "Abe");
    CHECK(back[1]["answered"] == 1);
    CHECK(back[1]["remaining_ms"] == 590'000);

    // Time runs out: the paper is handed in by itself and the phone gets its result.
    h.host.flush(kNoon + 600'000);
    const auto timeUp = h.repliesTo(3);
    REQUIRE(timeUp.size() == 1);
    CHECK(timeUp[0]["type"] == "paper_result");
    CHECK(timeUp[0]["automatic"] == true);
    CHECK(timeUp[0]["correct"] == 1);
    CHECK(h.say(3, saveText(0, json{{"choice", 0}}), kNoon + 600'001)[0]["code"] == "game_over");
    h.host.handle(LiveInbound{LiveInbound::Kind::Closed, 3, "10.0.0.1", "", kNoon + 600'002});
    const auto again = h.say(4, json{{"type", "rejoin"}, {"token", token}}.dump(), kNoon + 600'003);
    REQUIRE(again.size() == 2);
    CHECK(again[1]["type"] == "paper_result");
}

TEST_CASE("net self-paced: hostile input is refused and the paper carries on") {
    Harness h;
    h.say(1, joinText("Ana"), kNoon);
    h.game.start(kNoon);
    h.host.flush(kNoon);
    const json paper = json::parse(h.host.takeOutbox().at(0).text);
    const int choice = positionOfKind(paper, "choice");

    CHECK(h.say(9, saveText(choice, json{{"choice", 0}}), kNoon)[0]["code"] == "not_joined");
    CHECK(h.say(1, std::string(5000, 'x'), kNoon)[0]["code"] == "too_large");
    CHECK(h.say(1, "{\"type\":\"save\",\"position\":" + std::string(4100, '1') + "}", kNoon)[0]["code"] == "too_large");
    CHECK(h.say(1, "{oops", kNoon)[0]["code"] == "bad_json");
    CHECK(h.say(1, "{\"type\":\"shout\"}", kNoon)[0]["code"] == "unknown_type");
    CHECK(h.say(1, "{\"type\":\"save\",\"answer\":{}}", kNoon)[0]["code"] == "bad_message");
    CHECK(h.say(1, "{\"type\":\"save\",\"position\":-3,\"answer\":{}}", kNoon)[0]["code"] == "bad_message");
    CHECK(h.say(1, "{\"type\":\"save\",\"position\":0,\"answer\":[1]}", kNoon)[0]["code"] == "bad_message");
    CHECK(h.say(1, "{\"type\":\"open\",\"position\":\"x\"}", kNoon)[0]["code"] == "bad_message");
    CHECK(h.say(1, saveText(99, json{{"choice", 0}}), kNoon)[0]["code"] == "bad_position");
    CHECK(h.say(1, json{{"type", "open"}, {"position", 99}}.dump(), kNoon)[0]["code"] == "bad_position");
    CHECK(h.say(1, saveText(choice, json{{"choice", 17}}), kNoon)[0]["code"] == "bad_answer");
    CHECK(h.say(1, saveText(choice, json{{"text", 5}}), kNoon)[0]["code"] == "bad_answer");
    CHECK(h.say(1, json{{"type", "open"}, {"position", choice}}.dump(), kNoon).empty());
    // A live game's answer is no paper answer.
    CHECK(h.say(1, "{\"type\":\"answer\",\"question\":0,\"answer\":{\"choice\":0}}", kNoon)[0]["code"] == "not_open");
    CHECK(h.game.paperOf(0)->answeredCount() == 0);
    // A token from another game is unknown here.
    SelfPacedGame other(questionsOf(h.bank), paperSettings(0), seeded(99));
    other.join("123456", "Zed", -1, kNoon);
    CHECK(h.say(5, json{{"type", "rejoin"}, {"token", other.lobby().players()[0].token}}.dump(), kNoon, "10.0.0.5")[0]["code"] == "unknown_token");
    // And after all that the paper still takes an answer.
    CHECK(h.say(1, saveText(choice, json{{"choice", 0}}), kNoon + 1000)[0]["type"] == "saved");
}

TEST_CASE("net self-paced: a kicked student is told and the paper messages stop") {
    Harness h;
    h.say(1, joinText("Ana"), kNoon);
    h.say(2, joinText("Ben"), kNoon);
    h.game.start(kNoon);
    h.host.flush(kNoon);
    h.host.takeOutbox();
    REQUIRE(h.game.kick(1, kNoon + 10));
    h.host.flush(kNoon + 10);
    const auto toBen = h.repliesTo(2);
    REQUIRE(toBen.size() == 1);
    CHECK(toBen[0]["type"] == "kicked");
    CHECK(h.say(2, json{{"type", "submit"}}.dump(), kNoon + 20)[0]["code"] == "not_joined");
}
