// The Live view, headless, over a fake LiveControls that holds a real LiveGame on a fixed clock: the setup
// fields become the app's request, the lobby draws the QR code module by module, the question screen asks
// to be redrawn when its countdown's next second begins, and every phase draws.
#include <doctest/doctest.h>

#include "core/classroom/class_list_service.hpp"
#include "core/classroom/live_game.hpp"
#include "core/clock.hpp"
#include "core/seeded_random.hpp"
#include "ui/live_view.hpp"
#include "ui_test_support.hpp"

using namespace retain;
using namespace retain::ui;
using namespace retain::ui::testing;

namespace {

// What the app does, minus the server and the database: opens a real game, records the teacher's actions.
class FakeLive final : public LiveControls {
public:
    explicit FakeLive(FixedClock& clock) : m_clock(clock) {
        m_bank.id = "capitals";
        m_bank.questions.push_back(makeQuestion("japan", "Capital of Japan?", ChoiceAnswer{{"Osaka", "Tokyo", "Kyoto"}, 1, false}));
        m_bank.questions.push_back(makeQuestion("abe", "Prime Minister in 2018?", TextAnswer{{"Shinzo Abe"}, true, false}));
    }
    bool open(const LiveStartRequest& request, std::string& error) override {
        requests.push_back(request);
        if (request.port == 1) {
            error = "Port 1 is taken.";
            return false;
        }
        std::vector<ClassroomQuestion> questions;
        for (const Question& q : m_bank.questions) questions.push_back({CardKey{m_bank.id, q.id}, &q});
        LiveSettings settings;
        settings.pin = "123456";
        settings.questionSeconds = request.questionSeconds;
        settings.teams = request.teams;
        settings.classList = request.classList;
        auto generator = std::make_shared<SplitMix64>(5);
        m_game = std::make_unique<LiveGame>(std::move(questions), settings, [generator] { return generator->next(); });
        m_url = "http://127.0.0.1:8080/?pin=123456";
        m_qr = encodeQrMatrix(m_url).value_or(QrMatrix{});
        return true;
    }
    const LiveGame* game() const override { return m_game.get(); }
    LiveGame& mutableGame() { return *m_game; }
    const std::string& joinUrl() const override { return m_url; }
    const QrMatrix& joinQr() const override { return m_qr; }
    void act(LiveHostAction action, int) override { actions.push_back(action); }
    void close() override { m_game.reset(); }
    const std::string& resultStatus() const override { return m_status; }
    UnixMs nowMs() const override { return m_clock.nowMs(); }
    void hideQr() { m_qr = QrMatrix{}; }

    std::vector<LiveStartRequest> requests;
    std::vector<LiveHostAction> actions;

private:
    FixedClock& m_clock;
    Bank m_bank;
    std::unique_ptr<LiveGame> m_game;
    std::string m_url;
    QrMatrix m_qr;
    std::string m_status;
};

struct LiveHarness {
    HeadlessImGui imgui;
    FixedClock clock{1'749'988'800'000};  // 2025-06-15 12:00:00 UTC
    FakeLive live{clock};
    UiContext context;
    LiveView view;
    LiveHarness() { context.live = &live; }
    int vertices() {
        ImDrawData* data = nullptr;
        for (int i = 0; i < 2; ++i) data = imgui.frame([&] { inFullWindow([&] { view.drawContent(context); }); });
        return data->TotalVtxCount;
    }
};

}  // namespace

TEST_CASE("live view: the setup fields become the app's request; team mode needs two names") {
    LiveHarness h;
    h.view.questionCount() = 7;
    h.view.questionSeconds() = 30;
    h.view.port() = 1;
    h.view.thisMachineOnly() = true;
    CHECK_FALSE(h.view.open(h.context));
    CHECK(h.view.error() == "Port 1 is taken.");
    REQUIRE(h.live.requests.size() == 1);
    CHECK(h.live.requests[0].count == 7);
    CHECK(h.live.requests[0].questionSeconds == 30);
    CHECK(h.live.requests[0].thisMachineOnly);
    CHECK(h.live.requests[0].teams.empty());
    h.view.port() = 0;
    REQUIRE(h.view.open(h.context));
    CHECK(h.view.error().empty());
    CHECK(h.live.game()->phase() == LivePhase::Lobby);
}

TEST_CASE("live view: a class list chosen in the setup gives the game its names; none gives free names") {
    LiveHarness h;
    BackendFixture backend;
    h.context.study = backend.backend.get();
    importClassList(*backend.backend, "9B", "Ana Lima\nBen Okoro\n", ClassListSource::Pasted, "pasted", h.clock.nowMs());
    CHECK(h.vertices() > 0);  // the setup with its class-list choice and import panel draws
    REQUIRE(h.view.open(h.context));
    CHECK(h.live.requests[0].classList.empty());  // "None": students type a nickname
    h.live.close();

    h.view.className() = "9B";
    REQUIRE(h.view.open(h.context));
    REQUIRE(h.live.requests.size() == 2);
    CHECK(h.live.requests[1].className == "9B");
    CHECK(h.live.requests[1].classList == std::vector<std::string>{"Ana Lima", "Ben Okoro"});
    h.live.close();

    // A class that is gone (or never was) opens nothing and says why.
    h.view.className() = "7C";
    CHECK_FALSE(h.view.open(h.context));
    CHECK(h.view.error() == "Class 7C has no names any more: import it again or pick another.");
    CHECK(h.live.requests.size() == 2);
}

TEST_CASE("live view: the lobby draws the QR code as one rectangle per dark module") {
    LiveHarness h;
    REQUIRE(h.view.open(h.context));
    int darkModules = 0;
    for (std::uint8_t module : h.live.joinQr().modules) darkModules += module;
    REQUIRE(darkModules > 100);
    const int withQr = h.vertices();
    h.live.hideQr();
    const int withoutQr = h.vertices();
    // Each dark module is a filled rectangle (4 vertices), plus the light square behind them.
    CHECK(withQr - withoutQr == 4 * darkModules + 4);
}

TEST_CASE("live view: the question asks for a redraw when its countdown's next second begins, then every phase draws") {
    LiveHarness h;
    REQUIRE(h.view.open(h.context));
    LiveGame& game = h.live.mutableGame();
    const int ana = game.join("123456", "Ana", -1, h.clock.nowMs()).playerId;
    game.join("123456", "Ben", -1, h.clock.nowMs());
    CHECK(h.vertices() > 0);
    game.start(h.clock.nowMs());
    h.clock.advance(300);  // 19.7 s left: the display shows 20 s until 19.0 s
    h.context.redrawWithinSeconds = 0.0;
    h.vertices();
    CHECK(h.context.redrawWithinSeconds == doctest::Approx(0.701));
    LearnerAnswer tokyo;
    tokyo.selected = {1};
    REQUIRE(game.submit(ana, 0, tokyo, h.clock.nowMs()) == LiveRefusal::None);
    game.skip(h.clock.nowMs());
    REQUIRE(game.phase() == LivePhase::Reveal);
    h.context.redrawWithinSeconds = 0.0;
    CHECK(h.vertices() > 0);
    CHECK(h.context.redrawWithinSeconds == 0.0);  // a reveal waits for the teacher: idle
    game.end(h.clock.nowMs());
    REQUIRE(game.phase() == LivePhase::Podium);
    CHECK(h.vertices() > 0);
    CHECK(h.live.actions.empty());  // drawing alone never acts
}
