// The app's FSRS tools for a profile: its review log read back as FSRS rows, the optimisation that keeps new
// weights only when RMSE(bins) improves (as Anki does), the worker-thread tasks, and the simulation.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/scheduler/fsrs_review_log.hpp"
#include "core/session/fsrs_profile_tasks.hpp"
#include "core/session/study_backend.hpp"
#include "core/storage/fsrs_review_rows.hpp"
#include "core/storage/review_repository.hpp"
#include "session_test_support.hpp"

using namespace retain;

namespace {

// The replay rows of the ts-fsrs golden file: 400 random cards, 2,945 reviews.
std::vector<ReplayReview> goldenRows() {
    std::ifstream file(std::string(RETAIN_TEST_DATA) + "/fsrs/ts_fsrs_golden.csv");
    REQUIRE(file);
    std::string line, text;
    while (std::getline(file, line)) text += line.substr(0, line.find(',', line.find(',', line.find(',') + 1) + 1)) + "\n";
    std::istringstream input(text);
    std::vector<ReplayReview> rows;
    std::string error;
    REQUIRE_MESSAGE(fsrs::parseReviewLog(input, rows, error), error);
    return rows;
}

template <typename Task>
auto waitFor(Task& task) {
    for (int i = 0; i < 600 && !task.poll(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    REQUIRE(task.poll());
    return *task.poll();
}

}  // namespace

TEST_CASE("fsrs profile: the review log comes back as rows in time order") {
    session_test::SessionFixture fixture;
    ReviewRecord record;
    record.profileId = fixture.profile.id;
    record.card = {"bank", "q2"};
    record.reviewedMs = 2000;
    record.rating = Rating::Again;
    appendReview(fixture.db(), record);
    record.card = {"bank", "q1"};
    record.reviewedMs = 1000;
    record.rating = Rating::Easy;
    appendReview(fixture.db(), record);
    const std::vector<ReplayReview> rows = loadFsrsReviewRows(fixture.db(), fixture.profile.id);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].cardId == "bank/q1");
    CHECK(rows[0].rating == Rating::Easy);
    CHECK(rows[1].timeMs == 2000);
    CHECK(loadFsrsReviewRows(fixture.db(), fixture.profile.id + 1).empty());
}

TEST_CASE("fsrs profile: new weights are kept only when RMSE(bins) improves") {
    const std::vector<ReplayReview> rows = goldenRows();
    const ProfileOptimisation fromDefaults = optimiseProfileWeights(rows, FsrsWeights{});
    REQUIRE(fromDefaults.result.outcome == fsrs::OptimizerOutcome::Optimised);
    CHECK(fromDefaults.keep == (fromDefaults.result.after.rmseBins < fromDefaults.current.rmseBins));
    CHECK(fromDefaults.keep);
    CHECK(fromDefaults.summary.find("kept") != std::string::npos);
    // Starting from the weights just found, a new fit is no better: they stay.
    const ProfileOptimisation again = optimiseProfileWeights(rows, fromDefaults.result.weights);
    CHECK(again.current.rmseBins == doctest::Approx(fromDefaults.result.after.rmseBins));
    CHECK_FALSE(again.keep);
    CHECK(again.summary.find("did not improve") != std::string::npos);
    // Too few reviews: the reason, nothing kept.
    const ProfileOptimisation tiny = optimiseProfileWeights({rows.begin(), rows.begin() + 5}, FsrsWeights{});
    CHECK_FALSE(tiny.keep);
    CHECK(tiny.summary.find("Not enough reviews") == 0);
}

TEST_CASE("fsrs profile: the tasks run off the calling thread, report progress and can be cancelled") {
    const std::vector<ReplayReview> rows = goldenRows();
    OptimiseTask task(rows, FsrsWeights{});
    const ProfileOptimisation done = waitFor(task);
    CHECK(task.progress() == 1.0f);
    // The worker reported its steps as it went (the bar moves), ending at the total it announced.
    CHECK(task.stepsTotal() > 1);
    CHECK(task.stepsReported() == task.stepsTotal());
    CHECK(done.result.outcome == fsrs::OptimizerOutcome::Optimised);

    OptimiseTask cancelled(rows, FsrsWeights{});
    cancelled.cancel();
    CHECK(waitFor(cancelled).result.outcome == fsrs::OptimizerOutcome::Cancelled);
    CHECK_FALSE(waitFor(cancelled).keep);

    SimulateTask simulation(rows, FsrsWeights{}, 0, 20, 200);
    const std::vector<fsrs::SimulationPoint> points = waitFor(simulation);
    REQUIRE(points.size() == 28);  // 0.70..0.97, the slider's steps
    CHECK(points.front().reviewsPerDay < points.back().reviewsPerDay);
}
