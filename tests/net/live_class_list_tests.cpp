// A live game with a class list: the phone asks for the names after the PIN (the "roster" message, PIN
// checked and throttled like a join), taken names are marked, and only names on the list may join, under
// the list's spelling.
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

struct ClassHarness {
    Bank bank = everyTypeBank();
    LiveGame game;
    LiveHost host{game};

    explicit ClassHarness(std::vector<std::string> classList)
        : game(questionsOf(bank), withClassList(std::move(classList)), seeded(3)) {}

    static LiveSettings withClassList(std::vector<std::string> classList) {
        LiveSettings settings = pinSettings();
        settings.classList = std::move(classList);
        return settings;
    }

    // Sends text from connection (address 10.0.0.1) at kNoon; returns the one reply to it.
    json say(std::uint64_t connection, const json& message, UnixMs nowMs = kNoon) {
        host.handle(LiveInbound{LiveInbound::Kind::Text, connection, "10.0.0.1", message.dump(), nowMs});
        host.flush(nowMs);
        std::vector<json> replies;
        for (const LiveOutbound& out : host.takeOutbox())
            if (out.connection == connection) replies.push_back(json::parse(out.text));
        REQUIRE(!replies.empty());
        return replies.front();
    }
};

json rosterRequest(const std::string& pin = "123456") { return json{{"type", "roster"}, {"pin", pin}}; }
json join(const std::string& name) { return json{{"type", "join"}, {"pin", "123456"}, {"name", name}}; }

}  // namespace

TEST_CASE("net class list: the roster lists the names, a taken one marked, and only they may join") {
    ClassHarness h({"Ana Lima", "Ben Okoro", "Chloé"});
    const json before = h.say(1, rosterRequest());
    CHECK(before == json::parse(R"({"type":"roster","names":[{"name":"Ana Lima","taken":false},)"
                                R"({"name":"Ben Okoro","taken":false},{"name":"Chloé","taken":false}]})"));

    const json welcome = h.say(1, join("ana lima "));
    CHECK(welcome["type"] == "welcome");
    CHECK(welcome["name"] == "Ana Lima");  // the list's spelling, so results land on the right student
    CHECK(h.say(2, join("Ana Lima"))["code"] == "name_taken");
    const json stranger = h.say(2, join("Zed"));
    CHECK(stranger["code"] == "not_on_class_list");
    CHECK(stranger["message"] == "Please pick your name from the class list.");

    const json after = h.say(2, rosterRequest());
    CHECK(after["names"][0] == json{{"name", "Ana Lima"}, {"taken", true}});
    CHECK(after["names"][1]["taken"] == false);

    // A kicked student's name is free again.
    REQUIRE(h.game.kick(welcome["player"].get<int>(), kNoon));
    CHECK(h.say(3, rosterRequest())["names"][0]["taken"] == false);
}

TEST_CASE("net class list: without a class list the roster is empty and any nickname joins") {
    ClassHarness h({});
    CHECK(h.say(1, rosterRequest()) == json::parse(R"({"type":"roster","names":[]})"));
    CHECK(h.say(1, join("Zed"))["type"] == "welcome");
}

TEST_CASE("net class list: a roster request with a wrong PIN is refused and counts toward the throttle") {
    ClassHarness h({"Ana"});
    for (int i = 0; i < kPinFreeTries; ++i) CHECK(h.say(1, rosterRequest("000000"))["code"] == "wrong_pin");
    CHECK(h.say(1, rosterRequest())["code"] == "slow_down");
    CHECK(h.say(1, join("Ana"))["code"] == "slow_down");  // the same throttle as joins
    CHECK(h.say(1, rosterRequest(), kNoon + kPinFirstWaitMs)["type"] == "roster");

    const ParsedClientMessage noPin = parseClientMessage(R"({"type":"roster"})");
    CHECK_FALSE(noPin.message.has_value());
    CHECK(noPin.errorCode == "bad_message");
    CHECK(noPin.error == "A roster request needs \"pin\".");
}
