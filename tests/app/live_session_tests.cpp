// The window's live host (app/live_session) when the database will not take a finished game: the save is
// tried again every few seconds while the podium is shown, and at close the rows go to a CSV file beside
// the database, so a class's answers are never simply dropped. The failure is real SQLite: the connection
// is set to PRAGMA query_only, so every write is refused ("attempt to write a readonly database"). One
// WebSocket student on 127.0.0.1 plays; every wait is bounded.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "../core/classroom/classroom_test_support.hpp"
#include "../core/storage/storage_test_support.hpp"
#include "../net/ws_test_client.hpp"
#include "app/live_session.hpp"
#include "core/classroom/live_repository.hpp"
#include "core/storage/store.hpp"

using namespace retain;
using nlohmann::json;

namespace {

// A clock the test moves while the server's threads read it (they stamp each message).
class SteppedClock final : public Clock {
public:
    explicit SteppedClock(UnixMs nowMs) : m_nowMs(nowMs) {}
    UnixMs nowMs() const override { return m_nowMs.load(); }
    void advance(UnixMs deltaMs) { m_nowMs += deltaMs; }

private:
    std::atomic<UnixMs> m_nowMs;
};

// Pumps session (as the window does each frame) until done() holds, for at most 5 s; returns done().
template <class Done>
bool pumpUntil(app::LiveSession& session, Done done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!done() && std::chrono::steady_clock::now() < deadline) {
        session.pump();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return done();
}

struct Played {
    storage_test::TempDir dir;
    SteppedClock clock{classroom_test::kNoon};
    StoreOpenResult opened = Store::open(dir.path(), clock);
    Library library;
    app::LiveSession session;

    Played() : session(&library, opened.store ? &opened.store->db() : nullptr, clock, RETAIN_WEB_ROOT, [] {}) {
        library.banks.push_back(classroom_test::makeChoiceBank("geo", 2, {"t"}));
    }

    // Opens a game of 2 questions on 127.0.0.1, lets one student answer the first, and ends the game.
    void playAndEnd() {
        ui::LiveStartRequest request;
        request.count = 2;
        request.port = 0;
        request.thisMachineOnly = true;
        std::string error;
        REQUIRE_MESSAGE(session.open(request, error), error);
        const std::string url = session.joinUrl();
        const int port = std::stoi(url.substr(url.rfind(':') + 1));
        net_test::Client student(port);
        student.send(json{{"type", "join"}, {"pin", session.game()->pin()}, {"name", "Ana"}}.dump());
        REQUIRE(pumpUntil(session, [&] { return session.game()->players().size() == 1; }));
        session.act(ui::LiveHostAction::Start);
        clock.advance(1'000);
        student.send(json{{"type", "answer"}, {"question", 0}, {"answer", {{"choice", 0}}}}.dump());
        REQUIRE(pumpUntil(session, [&] { return session.game()->answers().size() == 1; }));
        session.act(ui::LiveHostAction::End);
        REQUIRE(session.game()->phase() == LivePhase::Podium);
    }
    std::int64_t storedGames() { return countLiveGames(opened.store->db()); }
};

}  // namespace

TEST_CASE("live session: a failed save is tried again every few seconds while the podium shows") {
    Played p;
    REQUIRE(p.opened.store);
    p.opened.store->db().exec("PRAGMA query_only = ON");
    p.playAndEnd();
    CHECK(p.session.resultStatus().find("Results not stored yet") == 0);
    // Before the retry interval nothing is tried; after it, the save runs again (and fails again).
    p.clock.advance(1'000);
    p.session.pump();
    CHECK(p.session.resultStatus().find("Results not stored yet") == 0);
    p.opened.store->db().exec("PRAGMA query_only = OFF");
    p.clock.advance(1'000);
    p.session.pump();  // 2 s after the failed try: still waiting
    CHECK(p.storedGames() == 0);
    p.clock.advance(4'000);
    p.session.pump();  // 6 s after it: tried again, and the database takes it now
    CHECK(p.session.resultStatus() == "Results stored (game 1, 1 answers): see the Class report.");
    CHECK(p.storedGames() == 1);
    p.session.close();
    CHECK(p.storedGames() == 1);  // stored once, not again at close
    for (const auto& entry : std::filesystem::directory_iterator(p.dir.path()))
        CHECK(entry.path().filename().string().rfind("live-unsaved-", 0) != 0);
}

TEST_CASE("live session: when the database never takes the game, closing writes its rows to a CSV") {
    Played p;
    REQUIRE(p.opened.store);
    p.opened.store->db().exec("PRAGMA query_only = ON");
    p.playAndEnd();
    const std::string pin = p.session.game()->pin();
    p.session.close();
    CHECK(p.storedGames() == 0);
    const std::string expected = p.dir.path() + "/live-unsaved-" + pin + "-" + std::to_string(p.clock.nowMs()) + ".csv";
    CHECK(p.session.resultStatus() == "Results could not be stored in the database; they were written to " + expected);
    std::ifstream in(expected, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream text;
    text << in.rdbuf();
    const std::string csv = text.str();
    CHECK(csv.rfind("student,bank,question,answer,score,time_seconds\r\n", 0) == 0);
    // Ana's one answer (the first question, one second in) is its only row.
    CHECK(csv.find("\r\nAna,geo,") != std::string::npos);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 2);
}
