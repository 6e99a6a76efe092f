// A live game with a class list: the phone asks for the names after the PIN (the "roster" message, PIN
// checked and throttled like a join), taken names are marked, and only names on the list may join, under
// the list's spelling.
#include <doctest/doctest.h>

#include <map>

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

TEST_CASE("net class list: phones still choosing a name are sent the roster again when a name is taken or freed") {
    ClassHarness h({"Ana", "Ben", "Chloé"});
    h.say(1, rosterRequest());
    h.say(2, rosterRequest());
    h.say(3, rosterRequest("000000"));  // a wrong PIN: this connection is told nothing more
    // Flushes and returns every roster in the outbox, by connection.
    auto rostersOut = [&] {
        h.host.flush(kNoon);
        std::map<std::uint64_t, std::vector<json>> rosters;
        for (const LiveOutbound& out : h.host.takeOutbox())
            if (json::parse(out.text)["type"] == "roster") rosters[out.connection].push_back(json::parse(out.text));
        return rosters;
    };
    auto rostersAfter = [&](std::uint64_t connection, const json& message) {
        h.host.handle(LiveInbound{LiveInbound::Kind::Text, connection, "10.0.0.1", message.dump(), kNoon});
        return rostersOut();
    };
    auto afterAna = rostersAfter(1, join("Ana"));
    REQUIRE(afterAna[2].size() == 1);  // phone 2, still on the join screen, sees Ana's name taken at once
    CHECK(afterAna[2][0]["names"][0] == json{{"name", "Ana"}, {"taken", true}});
    CHECK(afterAna[2][0]["names"][1] == json{{"name", "Ben"}, {"taken", false}});
    CHECK(afterAna.count(1) == 0);  // not the phone that joined
    CHECK(afterAna.count(3) == 0);  // nor a phone whose PIN was wrong
    auto afterBen = rostersAfter(4, join("Ben"));  // a phone that never asked for the names
    REQUIRE(afterBen[2].size() == 1);
    CHECK(afterBen[2][0]["names"][1]["taken"] == true);
    CHECK(afterBen.count(1) == 0);
    CHECK(afterBen.count(4) == 0);

    // Kicking Ben frees his name: phone 2 hears it. Once it closes, it hears nothing more.
    REQUIRE(h.game.kick(1, kNoon));
    auto freed = rostersOut();
    REQUIRE(freed[2].size() == 1);
    CHECK(freed[2][0]["names"][1] == json{{"name", "Ben"}, {"taken", false}});
    h.host.handle(LiveInbound{LiveInbound::Kind::Closed, 2, "10.0.0.1", "", kNoon});
    REQUIRE(h.game.kick(0, kNoon));
    CHECK(rostersOut().empty());
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
