// The Study view over a real session and database: keys answer, rate and undo, and the database shows it.
#include <doctest/doctest.h>

#include "core/session/card_actions.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/review_repository.hpp"
#include "ui/home_view.hpp"
#include "ui/study_view.hpp"
#include "ui_test_support.hpp"

using namespace retain;
using namespace retain::ui;
using namespace retain::ui::testing;

namespace {

Library makeLibrary() {
    Bank bank;
    bank.id = "demo";
    bank.title = "Demo";
    bank.source.title = "A sample article";
    bank.source.author = "Ann Author";
    bank.questions.push_back(makeQuestion("visit", "The visit was official.", TrueFalseAnswer{true}, {"politics"}));
    bank.questions.push_back(makeQuestion("pm", "Who was Prime Minister of Japan in 2018?", TextAnswer{{"Shinzo Abe"}, true, false}, {"people"}));
    DateAnswer date;
    date.from = date.to = CalendarDate{2018, 5, 26};
    bank.questions.push_back(makeQuestion("day", "When was the summit?", date, {"politics"}));
    Library library;
    library.banks.push_back(bank);
    return library;
}

struct StudyHarness {
    HeadlessImGui imgui;
    BackendFixture fixture;
    Library library = makeLibrary();
    AppSettings settings;
    UiContext context;
    StudyView view;
    Driver driver{imgui, [this] {
                      ImGui::SetNextWindowPos(ImVec2(0, 0));
                      ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
                      ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration);
                      view.drawContent(context);
                      ImGui::End();
                  }};

    StudyHarness() {
        context.library = &library;
        context.settings = &settings;
        context.study = fixture.backend.get();
        context.studyRequested = true;  // as Home's Study button does
        driver.frames(2);
    }
    sql::Database& db() { return fixture.backend->db(); }
    std::int64_t reviews() { return countReviews(db(), fixture.backend->profile().id); }
    std::string currentId() { return view.session()->current() ? view.session()->current()->key.questionId : ""; }
};

}  // namespace

TEST_CASE("answering with T and rating with 3 stores one review rated Good") {
    StudyHarness h;
    REQUIRE(h.view.stage() == StudyView::Stage::Question);
    CHECK(h.currentId() == "visit");
    h.driver.type("t");
    CHECK(h.view.stage() == StudyView::Stage::Feedback);
    CHECK(h.reviews() == 0);  // graded, not stored until rated
    h.driver.type("3");
    CHECK(h.reviews() == 1);
    CHECK(h.db().queryInt("SELECT rating FROM review_log").value_or(0) == static_cast<int>(Rating::Good));
    CHECK(h.db().queryInt("SELECT score FROM review_log").value_or(-1) == 1);
    CHECK(h.view.session()->counts().done == 1);
    CHECK(h.view.stage() == StudyView::Stage::Question);
    CHECK(h.currentId() == "pm");
}

TEST_CASE("Space takes the suggested rating; a wrong answer suggests Again") {
    StudyHarness h;
    h.driver.type("f");  // the statement is true
    REQUIRE(h.view.stage() == StudyView::Stage::Feedback);
    REQUIRE(h.view.session()->pending() != nullptr);
    CHECK(h.view.session()->pending()->grade.suggested == Rating::Again);
    h.driver.type(" ");
    CHECK(h.db().queryInt("SELECT rating FROM review_log").value_or(0) == static_cast<int>(Rating::Again));
    const auto card = loadCard(h.db(), h.fixture.backend->profile().id, CardKey{"demo", "visit"});
    REQUIRE(card);
    CHECK(card->memory.phase == CardPhase::Learning);
}

TEST_CASE("typed text submits with Enter and Enter again rates") {
    StudyHarness h;
    h.driver.type("t");
    h.driver.type("3");
    REQUIRE(h.currentId() == "pm");
    h.driver.frames(2);  // the field takes the keyboard
    h.driver.type("Shinzo Abe");
    h.driver.tap(kKeyEnter);
    REQUIRE(h.view.stage() == StudyView::Stage::Feedback);
    CHECK(h.view.session()->pending()->grade.correct);
    h.driver.tap(kKeyEnter);
    CHECK(h.reviews() == 2);
    CHECK(h.db().queryText("SELECT response FROM review_log WHERE question_id = 'pm'").value_or("") == "Shinzo Abe");
}

TEST_CASE("Ctrl+Z undoes the last rating in the database and shows the card again") {
    StudyHarness h;
    h.driver.type("t");
    h.driver.type("4");
    REQUIRE(h.reviews() == 1);
    REQUIRE(h.currentId() == "pm");
    h.driver.tap(kKeyZ, true);
    CHECK(h.reviews() == 0);
    CHECK_FALSE(loadCard(h.db(), h.fixture.backend->profile().id, CardKey{"demo", "visit"}).has_value());
    CHECK(h.currentId() == "visit");
    CHECK(h.view.stage() == StudyView::Stage::Question);
    CHECK(h.view.session()->tally().answered() == 0);
}

TEST_CASE("an unreadable date is asked again and nothing is stored") {
    StudyHarness h;
    h.driver.type("t");
    h.driver.type("3");
    h.driver.frames(2);
    h.driver.type("Shinzo Abe");
    h.driver.tap(kKeyEnter);
    h.driver.type("3");
    REQUIRE(h.currentId() == "day");
    h.driver.frames(2);
    h.driver.type("05/06/2018");  // day and month could be either way round
    h.driver.tap(kKeyEnter);
    CHECK(h.view.stage() == StudyView::Stage::Question);
    CHECK(h.reviews() == 2);
}

TEST_CASE("the summary follows the last card, with accuracy per tag") {
    StudyHarness h;
    h.driver.type("t");
    h.driver.type("3");
    h.driver.frames(2);
    h.driver.type("Abe Shinzo");  // not an accepted spelling
    h.driver.tap(kKeyEnter);
    h.driver.type("1");
    h.driver.frames(2);
    h.driver.type("26 May 2018");
    h.driver.tap(kKeyEnter);
    h.driver.type("3");
    // Learning steps come back within the learn-ahead window (the clock stands still): answer them right.
    for (int i = 0; i < 20 && h.view.stage() == StudyView::Stage::Question; ++i) {
        const std::string id = h.currentId();
        h.driver.frames(2);
        if (id == "visit") h.driver.type("t");
        else {
            h.driver.type(id == "pm" ? "Shinzo Abe" : "26 May 2018");
            h.driver.tap(kKeyEnter);
        }
        h.driver.type("3");
    }
    CHECK(h.view.stage() == StudyView::Stage::Finished);
    CHECK(h.view.session()->tally().answered() >= 3);
    const auto tags = h.view.session()->tally().byTag();
    REQUIRE(tags.count("politics"));
    CHECK(tags.at("politics").answered >= 2);
    CHECK(tags.at("politics").correct == tags.at("politics").answered);
    REQUIRE(tags.count("people"));
    CHECK(tags.at("people").correct < tags.at("people").answered);
}

TEST_CASE("flashcard mode: Space shows the answer, the learner's rating is stored without a score") {
    StudyHarness h;
    StudySettings study = h.fixture.backend->studySettings();  // a profile setting, stored with the profile
    study.flashcardMode = true;
    h.fixture.backend->saveStudySettings(study);
    h.context.studyRequested = true;
    h.driver.frames(2);
    REQUIRE(h.view.stage() == StudyView::Stage::Question);
    h.driver.type(" ");
    CHECK(h.view.stage() == StudyView::Stage::Revealed);
    h.driver.type("2");
    CHECK(h.reviews() == 1);
    CHECK(h.db().queryInt("SELECT rating FROM review_log").value_or(0) == static_cast<int>(Rating::Hard));
    CHECK(h.db().queryInt("SELECT score IS NULL FROM review_log").value_or(0) == 1);
}

TEST_CASE("home counts follow the database: a rated new question leaves the new count") {
    StudyHarness h;
    HomeView home;
    auto drawHome = [&] {
        h.imgui.frame([&] {
            ImGui::Begin("home");
            home.drawContent(h.context);
            ImGui::End();
        });
    };
    drawHome();
    REQUIRE(home.progress().size() == 1);
    CHECK(home.progress()[0].newCount == 3);
    h.driver.type("t");
    h.driver.type("3");
    drawHome();
    CHECK(home.progress()[0].newCount == 2);
    CHECK(home.progress()[0].due == 1);  // a new card rated Good is in learning, due again today
    home.tag() = "people";
    drawHome();
    CHECK(home.progress()[0].total == 1);
    CHECK(home.progress()[0].due == 0);
}

TEST_CASE("the window's session schedules with the profile's scheduler once the profile changes it") {
    StudyHarness h;
    const auto goodDays = [&h] {
        h.driver.type("t");  // answer the true/false question on screen, then look at the outcomes
        REQUIRE(h.view.stage() == StudyView::Stage::Feedback);
        return h.view.session()->pending()->states.good.intervalDays;
    };
    const double fsrsGood = goodDays();
    CHECK(fsrsGood == doctest::Approx(10.0 / (24 * 60)));  // FSRS-6: a new card's second learning step, 10 min

    StudySettings study = h.fixture.backend->studySettings();
    study.scheduler = SchedulerKind::Sm2;
    h.fixture.backend->saveStudySettings(study);  // what the Settings view calls
    h.context.studyRequested = true;               // a new session picks the profile's setup up
    h.driver.frames(2);
    CHECK(goodDays() == doctest::Approx(1.0));     // SM-2: a new card's first interval, 1 day
    CHECK(findProfile(h.db(), "default")->study.scheduler == SchedulerKind::Sm2);  // stored with the profile
}

TEST_CASE("@ suspends the question with a line saying so; Ctrl+Z takes it back and shows it again") {
    StudyHarness h;
    REQUIRE(h.currentId() == "visit");
    h.driver.type("@");
    const CardKey visit{"demo", "visit"};
    CHECK(loadCard(h.db(), h.fixture.backend->profile().id, visit)->suspended);
    CHECK(h.view.notice() == "Suspended: The visit was official.");
    CHECK(h.currentId() == "pm");
    h.driver.tap(kKeyZ, true);
    CHECK_FALSE(loadCard(h.db(), h.fixture.backend->profile().id, visit));  // new again, as before
    CHECK(h.currentId() == "visit");
    CHECK(h.view.stage() == StudyView::Stage::Question);
    CHECK(h.view.notice() == "Suspend taken back: The visit was official.");
    h.driver.type("-");  // bury, as in Anki
    CHECK(loadCard(h.db(), h.fixture.backend->profile().id, visit)->buriedUntilMs > 0);
    CHECK(h.view.notice() == "Buried until tomorrow: The visit was official.");
    CHECK(h.reviews() == 0);
}

TEST_CASE("Browse's suspend or forget reaches the card on the Study screen; the answer never overwrites them") {
    StudyHarness h;
    const ProfileId profile = h.fixture.backend->profile().id;
    const CardKey visit{"demo", "visit"};
    SUBCASE("suspended in Browse while on screen: it leaves the session, nothing is stored") {
        REQUIRE(h.currentId() == "visit");
        REQUIRE(applyCardAction(*h.fixture.backend, {visit}, CardAction::Suspend) == 1);
        h.driver.frames(1);
        CHECK(h.currentId() == "pm");
        CHECK(h.view.notice() == "Suspended or buried in Browse, so it leaves this session: The visit was official.");
        CHECK(loadCard(h.db(), profile, visit)->suspended);
        CHECK(h.reviews() == 0);
    }
    SUBCASE("forgotten in Browse after the answer was graded: the rating starts it over as new") {
        StoredCard studied;
        studied.memory = CardMemory{CardPhase::Review, 30.0, 5.0, 2.5, 30.0, 0, 0, 8, 1, h.fixture.clock.nowMs(),
                                    h.fixture.clock.nowMs() - 30 * kMsPerDay};
        saveCard(h.db(), profile, visit, studied);
        h.context.studyRequested = true;  // a session that read the studied row
        h.driver.frames(2);
        REQUIRE(h.currentId() == "visit");
        REQUIRE(h.view.session()->current()->memory.reps == 8);
        h.driver.type("t");
        REQUIRE(h.view.stage() == StudyView::Stage::Feedback);
        REQUIRE(applyCardAction(*h.fixture.backend, {visit}, CardAction::Forget) == 1);
        h.driver.frames(1);
        CHECK(h.view.notice() == "Changed in Browse: rated from its new state. The visit was official.");
        CHECK(h.view.session()->pending()->states.good.next.reps == 1);  // the buttons' outcomes, recomputed
        h.driver.type("3");
        const auto stored = loadCard(h.db(), profile, visit);
        REQUIRE(stored);
        CHECK(stored->memory.reps == 1);
        CHECK(stored->memory.lapses == 0);
    }
}
