// The live classroom server over 127.0.0.1 (a free port): static files only from the web folder, and two
// tiny WebSocket clients (civetweb's client API) that join and answer while a game thread pumps the host.
// Every wait is bounded (a few seconds), so a broken server fails the test instead of hanging it.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <civetweb.h>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "net/live_server.hpp"
#include "http_test_client.hpp"
#include "net_test_support.hpp"
#include "ws_test_client.hpp"

using namespace retain;
using namespace retain::net;
using namespace retain::net_test;
using nlohmann::json;

namespace {

// Returns the HTTP status of GET path.
int httpStatus(int port, const std::string& path) { return httpGet(port, path).status; }

}  // namespace

TEST_CASE("net server: serves only the web folder and plays a game over 127.0.0.1") {
    SystemClock clock;
    LiveServer server(loopbackOptions(RETAIN_WEB_ROOT, 8), clock);
    std::string error;
    REQUIRE_MESSAGE(server.start(error), error);
    REQUIRE(server.port() > 0);

    CHECK(httpStatus(server.port(), "/") == 200);
    CHECK(httpStatus(server.port(), "/app.js") == 200);
    CHECK(httpStatus(server.port(), "/../retain.desktop") != 200);  // assets/retain.desktop exists, outside the web root
    CHECK(httpStatus(server.port(), "/%2e%2e/%2e%2e/CMakeLists.txt") != 200);
    CHECK(httpStatus(server.port(), "/missing.html") == 404);
    CHECK(isServablePath("/index.html"));
    CHECK_FALSE(isServablePath("/../x"));
    CHECK_FALSE(isServablePath("/a/../../x"));
    CHECK_FALSE(isServablePath("/.git/config"));
    CHECK_FALSE(isServablePath("/a\\b"));

    const Bank bank = everyTypeBank();
    std::vector<ClassroomQuestion> two = questionsOf(bank);
    two.resize(2);
    LiveGame game(two, pinSettings("246810"), seeded(31));
    LiveHost host(game);
    std::atomic<bool> stop{false};
    std::atomic<bool> startNow{false};
    std::mutex linesMutex;
    std::vector<std::string> lines;
    std::thread gameThread([&] {
        while (!stop) {
            if (startNow.exchange(false)) game.start(clock.nowMs());
            auto produced = pumpLiveHost(server, host, clock, 20);
            std::lock_guard lock(linesMutex);
            lines.insert(lines.end(), produced.begin(), produced.end());
        }
    });

    {
        Client ana(server.port());
        Client ben(server.port());
        ana.send(R"({"type":"join","pin":"246810","name":"Ana"})");
        CHECK(ana.waitFor("welcome")["name"] == "Ana");
        ben.send(R"({"type":"join","pin":"000000","name":"Ben"})");
        CHECK(ben.waitFor("error")["code"] == "wrong_pin");
        ben.send("{broken");
        CHECK(ben.waitFor("error")["code"] == "bad_json");
        ben.send(R"({"type":"join","pin":"246810","name":"Ben"})");
        REQUIRE(ben.waitFor("welcome").is_object());

        // The host starts the game: on the game thread, like every host action.
        startNow = true;
        const json question = ana.waitFor("question");
        REQUIRE(question.is_object());
        CHECK(question["question"]["kind"] == "choice");
        REQUIRE(ben.waitFor("question").is_object());
        const auto& shown = game.shownOrder(0).choices;
        const int tokyo = static_cast<int>(std::find(shown.begin(), shown.end(), 1) - shown.begin());
        ana.send(R"({"type":"answer","question":0,"answer":{"choice":)" + std::to_string(tokyo) + "}}");
        CHECK(ana.waitFor("ack")["question"] == 0);
        ben.send(R"({"type":"answer","question":0,"answer":{"choice":)" + std::to_string((tokyo + 1) % 4) + "}}");
        const json anaResult = ana.waitFor("result");
        const json benResult = ben.waitFor("result");
        CHECK(anaResult["correct"] == true);
        CHECK(anaResult["rank"] == 1);
        CHECK(benResult["correct"] == false);
        CHECK(benResult["verdict"] == "wrong");
    }
    // The clients are gone: the game thread hears both closes.
    for (int i = 0; i < 100 && server.connectionCount() > 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(server.connectionCount() == 0);
    stop = true;
    gameThread.join();
    server.stop();

    int answers = 0;
    for (const std::string& line : lines) answers += json::parse(line)["event"] == "answer" ? 1 : 0;
    CHECK(answers == 2);
}

TEST_CASE("net server: a symlink out of the web folder is not served") {
    const std::filesystem::path root = std::filesystem::temp_directory_path() / ("retain-web-" + std::to_string(::getpid()));
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root / "web");
    std::ofstream(root / "web" / "index.html") << "<p>page</p>";
    std::ofstream(root / "secret.txt") << "secret";
    std::filesystem::create_symlink(root / "secret.txt", root / "web" / "leak.txt");
    std::filesystem::create_symlink(root / "web" / "index.html", root / "web" / "inside.html");
    SystemClock clock;
    LiveServer server(loopbackOptions((root / "web").string(), 4), clock);
    std::string error;
    REQUIRE_MESSAGE(server.start(error), error);
    CHECK(httpStatus(server.port(), "/index.html") == 200);
    CHECK(httpStatus(server.port(), "/inside.html") == 200);  // a link that stays inside is fine
    CHECK(httpStatus(server.port(), "/leak.txt") == 404);
    server.stop();
    std::filesystem::remove_all(root);

    LiveServer missing(LiveServerOptions{"127.0.0.1", 0, "/nonexistent/web", 4}, clock);
    CHECK_FALSE(missing.start(error));
    CHECK(error == "the web folder /nonexistent/web does not exist");
}
