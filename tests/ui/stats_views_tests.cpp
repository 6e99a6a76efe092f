// The Stats and Check views, headless: they load the figures through the study backend, draw every
// chart without failing, and a check runs to its report, is stored, and counts as reviews only when asked.
#include <doctest/doctest.h>

#include "core/stats/check_repository.hpp"
#include "core/storage/review_repository.hpp"
#include "ui/retention_check_view.hpp"
#include "ui/stats_view.hpp"
#include "ui/stats_view_charts.hpp"
#include "ui_test_support.hpp"

using namespace retain;
using namespace retain::ui;
using namespace retain::ui::testing;

namespace {

// A library of one bank with three true/false questions (answer: true) tagged dates or people.
Library trueFalseLibrary() {
    Library library;
    Bank bank;
    bank.id = "tf";
    bank.title = "True or false";
    bank.questions.push_back(makeQuestion("q1", "Statement one", TrueFalseAnswer{true}, {"dates"}));
    bank.questions.push_back(makeQuestion("q2", "Statement two", TrueFalseAnswer{true}, {"dates"}));
    bank.questions.push_back(makeQuestion("q3", "Statement three", TrueFalseAnswer{true}, {"people"}));
    library.banks.push_back(bank);
    return library;
}

// A context with library and the fixture's study backend, as the app gives the views.
UiContext contextOver(const Library& library, BackendFixture& fixture) {
    UiContext context;
    context.library = &library;
    context.study = fixture.backend.get();
    return context;
}

}  // namespace

TEST_CASE("stats view: nice axis maxima") {
    CHECK(niceCeiling(0.0f) == 1.0f);
    CHECK(niceCeiling(7.0f) == 8.0f);
    CHECK(niceCeiling(10.0f) == 10.0f);
    CHECK(niceCeiling(13.0f) == 20.0f);
    CHECK(niceCeiling(24.0f) == 30.0f);
    CHECK(niceCeiling(41.0f) == 50.0f);
    CHECK(niceCeiling(89.0f) == 100.0f);
    CHECK(niceCeiling(0.35f) == doctest::Approx(0.4f));
}

TEST_CASE("stats view: loads the log through the backend and draws every range") {
    HeadlessImGui imgui;
    BackendFixture fixture;
    const Library library = trueFalseLibrary();
    ReviewRecord review;
    review.profileId = fixture.backend->profile().id;
    review.card = CardKey{"tf", "q1"};
    review.reviewedMs = fixture.clock.nowMs() - kMsPerDay;
    review.rating = Rating::Good;
    appendReview(fixture.backend->db(), review);

    UiContext context = contextOver(library, fixture);
    StatsView view;
    imgui.frame([&] { view.drawContent(context); });
    REQUIRE(view.report() != nullptr);
    CHECK(view.report()->reviewsTotal == 1);
    CHECK(view.report()->cardsByPhase[0] == 3);  // no card state stored: all three questions are new
    CHECK(view.report()->reviewsPerDay.counts.size() == 30);
    for (int days : kStatsRangesDays) {
        view.setRangeDays(days);
        imgui.frame([&] { view.drawContent(context); });
        CHECK(view.report()->rangeDays == days);
        CHECK(view.report()->reviewsPerDay.counts.size() == static_cast<std::size_t>(days));
    }
    // A new review shows after the backend notes a change.
    review.reviewedMs = fixture.clock.nowMs();
    appendReview(fixture.backend->db(), review);
    fixture.backend->markChanged();
    imgui.frame([&] { view.drawContent(context); });
    CHECK(view.report()->reviewsTotal == 2);
}

TEST_CASE("check view: a check runs without feedback, reports, and is stored") {
    HeadlessImGui imgui;
    BackendFixture fixture;
    const Library library = trueFalseLibrary();
    UiContext context = contextOver(library, fixture);
    RetentionCheckView view;
    imgui.frame([&] { view.drawContent(context); });
    CHECK(view.stage() == RetentionCheckView::Stage::Setup);
    REQUIRE(view.start(context, 3, 11, false));
    Driver driver(imgui, [&] { view.drawContent(context); });
    driver.frames(2);
    // Answer "t" to the first two questions and "f" to the last: two right, one wrong.
    for (const char* key : {"t", "t", "f"}) {
        REQUIRE(view.stage() == RetentionCheckView::Stage::Asking);
        driver.type(key);
        driver.frames(2);
    }
    REQUIRE(view.stage() == RetentionCheckView::Stage::Report);
    REQUIRE(view.report().has_value());
    CHECK(view.report()->questions == 3);
    CHECK(view.report()->recalled == 2);
    CHECK(view.report()->forgotten.size() == 1);
    CHECK(view.report()->predictedQuestions == 0);  // nothing was studied before
    driver.frames(1);
    const auto checks = loadChecks(fixture.backend->db(), fixture.backend->profile().id);
    REQUIRE(checks.size() == 1);
    CHECK(checks[0].seed == 11);
    CHECK(checks[0].answers.size() == 3);
    CHECK(countReviews(fixture.backend->db(), fixture.backend->profile().id) == 0);  // not counted as reviews
}

TEST_CASE("check view: a check counted as reviews writes the review log; stopping one before any answer stores nothing") {
    HeadlessImGui imgui;
    BackendFixture fixture;
    const Library library = trueFalseLibrary();
    UiContext context = contextOver(library, fixture);
    RetentionCheckView view;
    Driver driver(imgui, [&] { view.drawContent(context); });

    REQUIRE(view.start(context, 3, 11, true));
    driver.frames(2);
    REQUIRE(view.stage() == RetentionCheckView::Stage::Asking);
    view.finish(context);  // what "Stop and see the report" does
    CHECK(view.stage() == RetentionCheckView::Stage::Setup);
    CHECK_FALSE(view.report().has_value());
    CHECK(view.notice().rfind("Nothing was checked", 0) == 0);
    driver.frames(1);
    CHECK(loadChecks(fixture.backend->db(), fixture.backend->profile().id).empty());
    CHECK(countReviews(fixture.backend->db(), fixture.backend->profile().id) == 0);

    REQUIRE(view.start(context, 2, 5, true));
    driver.frames(2);
    for (int i = 0; i < 2; ++i) {
        driver.type("t");
        driver.frames(2);
    }
    REQUIRE(view.stage() == RetentionCheckView::Stage::Report);
    CHECK(countReviews(fixture.backend->db(), fixture.backend->profile().id) == 2);
    CHECK(fixture.backend->cards().size() == 2);
}

TEST_CASE("check view: an ordering question is answered by Enter with its arrangement (it used to wait forever)") {
    HeadlessImGui imgui;
    BackendFixture fixture;
    Library library;
    Bank bank;
    bank.id = "order";
    bank.questions.push_back(makeQuestion("steps", "Put in order.", OrderingAnswer{{"Declaration", "Visit", "Forum"}}));
    library.banks.push_back(bank);
    UiContext context = contextOver(library, fixture);
    RetentionCheckView view;
    REQUIRE(view.start(context, 1, 3, false));
    Driver driver(imgui, [&] { view.drawContent(context); });
    driver.frames(2);
    REQUIRE(view.stage() == RetentionCheckView::Stage::Asking);
    CHECK_FALSE(view.input().empty());
    driver.tap(kKeyEnter);
    driver.frames(1);
    REQUIRE(view.stage() == RetentionCheckView::Stage::Report);
    REQUIRE(view.report().has_value());
    CHECK(view.report()->questions == 1);
    const auto checks = loadChecks(fixture.backend->db(), fixture.backend->profile().id);
    REQUIRE(checks.size() == 1);
    REQUIRE(checks[0].answers.size() == 1);
    CHECK_FALSE(checks[0].answers[0].response.empty());  // answered, not skipped ("" is a skip)
}
