// The Live tab's self-paced paper, headless, over a fake LiveControls holding a real SelfPacedGame on a
// fixed clock: the setup's choice becomes the app's request, the lobby is the live game's, and once the
// papers are out the progress table draws a row per student and asks for a redraw each second of the
// time limit.
#include <doctest/doctest.h>

#include "core/classroom/self_paced_game.hpp"
#include "core/clock.hpp"
#include "core/seeded_random.hpp"
#include "ui/live_view.hpp"
#include "ui/paper_progress_view.hpp"
#include "ui_test_support.hpp"

using namespace retain;
using namespace retain::ui;
using namespace retain::ui::testing;

namespace {

class FakePaper final : public LiveControls {
public:
    explicit FakePaper(FixedClock& clock) : m_clock(clock) {
        m_bank.id = "capitals";
        m_bank.questions.push_back(makeQuestion("japan", "Capital of Japan?", ChoiceAnswer{{"Osaka", "Tokyo", "Kyoto"}, 1, false}));
        m_bank.questions.push_back(makeQuestion("abe", "Prime Minister in 2018?", TextAnswer{{"Shinzo Abe"}, true, false}));
    }
    bool open(const LiveStartRequest& request, std::string&) override {
        requests.push_back(request);
        std::vector<ClassroomQuestion> questions;
        for (const Question& q : m_bank.questions) questions.push_back({CardKey{m_bank.id, q.id}, &q});
        SelfPacedSettings settings;
        settings.lobby.pin = "123456";
        settings.timeLimitSeconds = request.timeLimitSeconds;
        auto generator = std::make_shared<SplitMix64>(5);
        m_paper = std::make_unique<SelfPacedGame>(std::move(questions), settings, [generator] { return generator->next(); });
        return true;
    }
    const LiveGame* game() const override { return m_paper ? &m_paper->lobby() : nullptr; }
    const SelfPacedGame* paper() const override { return m_paper.get(); }
    SelfPacedGame& mutablePaper() { return *m_paper; }
    const std::string& joinUrl() const override { return m_url; }
    const QrMatrix& joinQr() const override { return m_qr; }
    void act(LiveHostAction action, int) override { actions.push_back(action); }
    void close() override { m_paper.reset(); }
    const std::string& resultStatus() const override { return m_status; }
    UnixMs nowMs() const override { return m_clock.nowMs(); }

    std::vector<LiveStartRequest> requests;
    std::vector<LiveHostAction> actions;

private:
    FixedClock& m_clock;
    Bank m_bank;
    std::unique_ptr<SelfPacedGame> m_paper;
    std::string m_url = "http://127.0.0.1:8080/?pin=123456";
    QrMatrix m_qr;
    std::string m_status;
};

struct PaperHarness {
    HeadlessImGui imgui;
    FixedClock clock{1'749'988'800'000};  // 2025-06-15 12:00:00 UTC
    FakePaper live{clock};
    UiContext context;
    LiveView view;
    PaperHarness() { context.live = &live; }
    int vertices() {
        ImDrawData* data = nullptr;
        for (int i = 0; i < 2; ++i) data = imgui.frame([&] { inFullWindow([&] { view.drawContent(context); }); });
        return data->TotalVtxCount;
    }
};

}  // namespace

TEST_CASE("paper view: time left reads minutes and seconds, rounded up") {
    CHECK(minutesSeconds(0) == "0:00");
    CHECK(minutesSeconds(1) == "0:01");
    CHECK(minutesSeconds(59'001) == "1:00");
    CHECK(minutesSeconds(605'000) == "10:05");
    CHECK(minutesSeconds(75 * 60'000) == "75:00");
    CHECK(minutesSeconds(-5) == "0:00");
}

TEST_CASE("paper view: the setup's self-paced choice and time limit become the request") {
    PaperHarness h;
    h.view.selfPaced() = true;
    h.view.timeLimitMinutes() = 15;
    REQUIRE(h.view.open(h.context));
    REQUIRE(h.live.requests.size() == 1);
    CHECK(h.live.requests[0].selfPaced);
    CHECK(h.live.requests[0].timeLimitSeconds == 900);
    CHECK(h.live.requests[0].teams.empty());
}

TEST_CASE("paper view: the progress table has a row per student and counts down each second") {
    PaperHarness h;
    h.view.selfPaced() = true;
    h.view.timeLimitMinutes() = 10;
    REQUIRE(h.view.open(h.context));
    SelfPacedGame& paper = h.live.mutablePaper();
    const int ana = paper.join("123456", "Ana", -1, h.clock.nowMs()).playerId;
    CHECK(h.vertices() > 0);  // the lobby (the live game's)
    paper.start(h.clock.nowMs());
    h.context.redrawWithinSeconds = 0.0;
    const int oneStudent = h.vertices();
    CHECK(h.context.redrawWithinSeconds == doctest::Approx(1.0));
    paper.join("123456", "Ben", -1, h.clock.nowMs());
    const int twoStudents = h.vertices();
    CHECK(twoStudents > oneStudent);
    LearnerAnswer tokyo;
    tokyo.selected = {1};
    const ExamAttempt& anaPaper = *paper.paperOf(ana);
    const int japan = anaPaper.keyAt(0).questionId == "japan" ? 0 : 1;
    REQUIRE(paper.save(ana, japan, tokyo, h.clock.nowMs()) == PaperRefusal::None);
    REQUIRE(paper.submit(ana, h.clock.nowMs()) == PaperRefusal::None);
    CHECK(h.vertices() > 0);
    paper.end(h.clock.nowMs());
    REQUIRE(paper.phase() == SelfPacedPhase::Over);
    h.context.redrawWithinSeconds = 0.0;
    CHECK(h.vertices() > 0);
    CHECK(h.context.redrawWithinSeconds == 0.0);  // over: nothing counts down
    CHECK(h.live.actions.empty());  // drawing alone never acts
}
