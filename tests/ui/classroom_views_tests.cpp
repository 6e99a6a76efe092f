// The Drill and Class report views, headless: a drill played with typed keys against a fixed clock, the
// timer running out, invalid players refused, and the class report read back from stored exams.
#include <doctest/doctest.h>

#include "core/classroom/drill_scoring.hpp"
#include "core/classroom/exam.hpp"
#include "core/classroom/exam_repository.hpp"
#include "ui/class_report_view.hpp"
#include "ui/drill_view.hpp"
#include "ui_test_support.hpp"

using namespace retain;
using namespace retain::ui;
using namespace retain::ui::testing;

namespace {

// A library of one bank with two unshuffled choice questions (the right choice is shown second).
Library capitalsLibrary() {
    Library library;
    Bank bank;
    bank.id = "capitals";
    bank.title = "Capitals";
    bank.questions.push_back(makeQuestion("japan", "Capital of Japan?", ChoiceAnswer{{"Osaka", "Tokyo", "Kyoto"}, 1, false}));
    bank.questions.push_back(makeQuestion("russia", "Capital of Russia?", ChoiceAnswer{{"Kazan", "Moscow", "Omsk"}, 1, false}));
    library.banks.push_back(std::move(bank));
    return library;
}

struct DrillHarness {
    HeadlessImGui imgui;
    BackendFixture fixture;
    Library library = capitalsLibrary();
    UiContext context;
    DrillView view;
    Driver driver{imgui, [this] { view.drawContent(context); }};
    DrillHarness() {
        context.library = &library;
        context.study = fixture.backend.get();
    }
    // Sets the players (one per line), the timer and the mode, and starts the drill.
    bool start(const std::string& players, int seconds, DrillMode mode) {
        view.playersText() = players;
        view.timerSeconds() = seconds;
        view.mode() = mode;
        return view.start(context);
    }
};

}  // namespace

TEST_CASE("drill view: a typed choice scores speed points from the fixed clock, then the leaderboard") {
    DrillHarness h;
    h.view.playersText() = "Ana\nBen\n";
    h.view.timerSeconds() = 20;
    h.view.mode() = DrillMode::Rounds;
    REQUIRE(h.view.start(h.context));
    REQUIRE(h.view.stage() == DrillView::Stage::Question);
    CHECK(h.view.game()->turnCount() == 4);
    h.driver.frames(1);  // the question's first frame ignores keys
    CHECK(h.context.redrawWithinSeconds == doctest::Approx(0.1));  // the countdown asks for frames
    h.fixture.clock.advance(5'000);
    h.driver.type("2");  // the second choice as shown: unshuffled, so the right one
    REQUIRE(h.view.stage() == DrillView::Stage::Standings);
    const DrillAnswer& first = h.view.game()->answers().at(0);
    const Question& asked = *h.view.game()->questions().at(static_cast<std::size_t>(first.turn.questionIndex)).question;
    CHECK(first.answerText == std::get<ChoiceAnswer>(asked.answer).choices[1]);  // the text, not "2"
    CHECK(first.fraction == 1.0);
    CHECK(first.points.total() == drillSpeedPoints(5'000, 20'000));
    CHECK(h.view.game()->leaderboard().front().name == "Ana");

    // Enter goes to Ben's turn; his time runs out without an answer.
    h.driver.frames(1);
    h.driver.tap(kKeyEnter);
    REQUIRE(h.view.stage() == DrillView::Stage::Question);
    CHECK(h.view.game()->current()->playerIndex == 1);
    h.fixture.clock.advance(20'001);
    h.driver.frames(1);
    CHECK(h.view.stage() == DrillView::Stage::Standings);
    CHECK_FALSE(h.view.game()->answers().at(1).answered);
    CHECK(h.view.game()->answers().at(1).points.total() == 0);
}

TEST_CASE("drill view: a timer running out draws the standings in the same frame and asks for settle frames") {
    DrillHarness h;
    REQUIRE(h.start("Ana\n", 10, DrillMode::Turns));
    h.driver.frames(2);
    CHECK_FALSE(h.context.screenChanged);  // a running countdown is not a screen change
    h.fixture.clock.advance(10'001);
    // The loop's timer wake-up: one frame with no input. It must end on the standings, not a blank screen.
    h.context.redrawWithinSeconds = 0.0;
    h.driver.frames(1);
    CHECK(h.view.stage() == DrillView::Stage::Standings);
    CHECK(h.context.screenChanged);  // the window draws its settle frames without waiting for the mouse
    CHECK_FALSE(h.view.game()->answers().at(0).answered);
    CHECK(h.view.game()->revealableAnswers().size() == 1);  // turns: the answer is shown at once
}

TEST_CASE("drill view: in rounds the second player gets the question before any verdict is shown") {
    DrillHarness h;
    REQUIRE(h.start("Ana\nBen\n", 20, DrillMode::Rounds));
    h.driver.frames(1);
    h.driver.type("2");  // Ana: right
    REQUIRE(h.view.stage() == DrillView::Stage::Standings);
    CHECK(h.view.game()->revealableAnswers().empty());  // Ben has not answered this question yet
    h.driver.frames(1);
    h.driver.tap(kKeyEnter);
    REQUIRE(h.view.stage() == DrillView::Stage::Question);
    CHECK(h.view.game()->current()->playerIndex == 1);
    CHECK(h.view.game()->current()->questionIndex == 0);
    h.driver.frames(1);
    h.driver.type("1");  // Ben: wrong
    REQUIRE(h.view.stage() == DrillView::Stage::Standings);
    CHECK(h.view.game()->revealableAnswers().size() == 2);  // now both verdicts and the answer show
}

TEST_CASE("drill view: Enter held from the standings does not answer the next question empty") {
    BackendFixture fixture;
    HeadlessImGui imgui;
    Library library;
    Bank bank;
    bank.id = "people";
    bank.questions.push_back(makeQuestion("pm", "Prime Minister of Japan in 2018?", TextAnswer{{"Shinzo Abe"}, true, false}));
    bank.questions.push_back(makeQuestion("president", "President of Russia in 2018?", TextAnswer{{"Vladimir Putin"}, true, false}));
    library.banks.push_back(std::move(bank));
    UiContext context;
    context.library = &library;
    context.study = fixture.backend.get();
    DrillView view;
    Driver driver{imgui, [&] { view.drawContent(context); }};
    view.playersText() = "Ana\n";
    view.timerSeconds() = 60;  // the fixed clock stands still: the time never runs out
    view.mode() = DrillMode::Turns;
    REQUIRE(view.start(context));
    driver.frames(2);
    driver.type("Abe");
    driver.tap(kKeyEnter);
    REQUIRE(view.stage() == DrillView::Stage::Standings);
    REQUIRE(view.game()->answers().size() == 1);
    // Enter held for a second: its first press goes on to the next question, the key repeat that
    // follows must not submit that question's empty field.
    driver.hold(kKeyEnter, 60);
    CHECK(view.stage() == DrillView::Stage::Question);
    CHECK(view.game()->answers().size() == 1);
    // A single Enter on the empty field is no answer either; typing then Enter is.
    driver.tap(kKeyEnter);
    CHECK(view.stage() == DrillView::Stage::Question);
    driver.type("Putin");
    driver.tap(kKeyEnter);
    CHECK(view.stage() == DrillView::Stage::Standings);
    REQUIRE(view.game()->answers().size() == 2);
    CHECK(view.game()->answers()[1].answered);
}

TEST_CASE("drill view: repeated players and an empty pick are refused at setup") {
    DrillHarness h;
    h.view.playersText() = "Ana\nAna";
    CHECK_FALSE(h.view.start(h.context));
    CHECK_FALSE(h.view.error().empty());
    CHECK(h.view.stage() == DrillView::Stage::Setup);
    h.library.banks.clear();
    h.view.playersText() = "Ana";
    CHECK_FALSE(h.view.start(h.context));
    CHECK(h.view.stage() == DrillView::Stage::Setup);
}

TEST_CASE("class report view: stored exams as item analysis and student totals") {
    HeadlessImGui imgui;
    BackendFixture fixture;
    Library library = capitalsLibrary();
    QuestionPick pick;
    pick.banks = {&library.banks[0]};
    pick.count = 2;
    pick.seed = 3;
    const ExamSpec spec = makeExam("Capitals", pick, 0);
    // Ana gets both right, Ben only the first question of the canonical order.
    for (const auto& [student, rightCount] : {std::pair<std::string, int>{"Ana", 2}, {"Ben", 1}}) {
        ExamAttempt attempt(spec, student, fixture.clock.nowMs());
        for (int position = 0; position < attempt.size(); ++position) {
            const int canonical = attempt.paper().items[static_cast<std::size_t>(position)].questionIndex;
            attempt.answer(position, "x", canonical < rightCount ? 1.0 : 0.0, fixture.clock.nowMs() + 1000);
        }
        attempt.submit(fixture.clock.nowMs() + 2000);
        saveExamRecord(fixture.backend->db(), *attempt.record());
    }
    UiContext context;
    context.library = &library;
    context.study = fixture.backend.get();
    ClassReportView view;
    imgui.frame([&] { view.drawContent(context); });
    REQUIRE(view.rows().size() == 4);
    REQUIRE(view.items().size() == 2);
    CHECK(view.items()[0].facility == doctest::Approx(1.0));
    CHECK(view.items()[0].flagged());  // too easy
    CHECK(view.items()[1].facility == doctest::Approx(0.5));
    const auto totals = studentTotals(view.rows());
    REQUIRE(totals.size() == 2);
    CHECK(totals[0].student == "Ana");
    CHECK(totals[0].score == doctest::Approx(2.0));
    CHECK(totals[1].score == doctest::Approx(1.0));
}
