// The window's self-paced paper (app/paper_session through app/live_session) over a real server on
// 127.0.0.1 and a real database: a student joins, gets the paper, saves an answer and hands in; the paper
// is then over and stored once (as a live game), and closing adds nothing. Every wait is bounded.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "../core/classroom/classroom_test_support.hpp"
#include "../core/storage/storage_test_support.hpp"
#include "../net/ws_test_client.hpp"
#include "app/live_session.hpp"
#include "core/classroom/live_repository.hpp"
#include "core/storage/store.hpp"

using namespace retain;
using nlohmann::json;

TEST_CASE("paper session: a student's paper is saved, handed in and stored once as a live game") {
    storage_test::TempDir dir;
    FixedClock clock(classroom_test::kNoon);
    StoreOpenResult opened = Store::open(dir.path(), clock);
    REQUIRE(opened.store);
    Library library;
    library.banks.push_back(classroom_test::makeChoiceBank("geo", 2, {"t"}));
    app::LiveSession session(&library, &opened.store->db(), clock, RETAIN_WEB_ROOT, [] {});
    // Pumps as the window does each frame until done() holds, for at most 5 s.
    const auto pumpUntil = [&](auto done) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!done() && std::chrono::steady_clock::now() < deadline) {
            session.pump();
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return done();
    };

    ui::LiveStartRequest request;
    request.count = 2;
    request.port = 0;
    request.thisMachineOnly = true;
    request.selfPaced = true;
    request.timeLimitSeconds = 600;
    std::string error;
    REQUIRE_MESSAGE(session.open(request, error), error);
    REQUIRE(session.paper() != nullptr);
    CHECK(session.game() == &session.paper()->lobby());
    const std::string url = session.joinUrl();
    net_test::Client student(std::stoi(url.substr(url.rfind(':') + 1)));
    student.send(json{{"type", "join"}, {"pin", session.game()->pin()}, {"name", "Ana"}}.dump());
    REQUIRE(pumpUntil([&] { return session.game()->players().size() == 1; }));
    session.act(ui::LiveHostAction::Next);  // a live game's action does nothing to a paper
    CHECK(session.paper()->phase() == SelfPacedPhase::Lobby);
    session.act(ui::LiveHostAction::Start);
    const json paper = student.waitFor("paper");
    REQUIRE(paper["questions"].size() == 2);
    student.send(json{{"type", "save"}, {"position", 0}, {"answer", {{"choice", 0}}}}.dump());
    REQUIRE(pumpUntil([&] { return session.paper()->progress(clock.nowMs())[0].answered == 1; }));
    student.send(json{{"type", "submit"}}.dump());
    REQUIRE(pumpUntil([&] { return session.paper()->phase() == SelfPacedPhase::Over; }));
    CHECK(student.waitFor("paper_result")["count"] == 2);
    CHECK(session.resultStatus() == "Results stored (game 1, 1 paper): see the Class report.");
    CHECK(countLiveGames(opened.store->db()) == 1);
    CHECK(countLiveAnswers(opened.store->db()) == 2);  // both questions of Ana's paper, the blank one too
    session.close();
    CHECK(countLiveGames(opened.store->db()) == 1);
    CHECK(session.paper() == nullptr);
    CHECK(session.game() == nullptr);
}
