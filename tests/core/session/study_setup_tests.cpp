// The one study setup (core/session/study_setup.hpp): built from the profile's own settings, the same
// for the window's StudyBackend and for `retain study --terminal`.
#include <doctest/doctest.h>

#include <array>

#include "core/session/study_backend.hpp"
#include "core/session/study_setup.hpp"
#include "core/storage/profile_repository.hpp"
#include "session_test_support.hpp"

using namespace retain;
using session_test::kNoon;

namespace {

// A card in review for 5 days, due now: every scheduler gives each rating a different interval.
CardMemory reviewCard() {
    CardMemory memory;
    memory.phase = CardPhase::Review;
    memory.stability = 5.0;
    memory.difficulty = 5.0;
    memory.ease = 2.5;
    memory.intervalDays = 5.0;
    memory.box = 3;
    memory.reps = 3;
    memory.dueMs = kNoon;
    memory.lastReviewMs = kNoon - 5 * kMsPerDay;
    return memory;
}

// Returns the interval, days, of each rating of reviewCard() at noon.
std::array<double, 4> intervals(const Scheduler& scheduler) {
    const NextStates states = scheduler.nextStates(reviewCard(), kNoon, "b/q1");
    return {states.again.intervalDays, states.hard.intervalDays, states.good.intervalDays, states.easy.intervalDays};
}

std::array<double, 4> intervalsOf(SchedulerKind kind) { return intervals(*makeScheduler(kind, SchedulerConfig{})); }

}  // namespace

TEST_CASE("study setup: every study setting of the profile reaches the scheduler or the session") {
    Profile profile;
    profile.id = 7;
    profile.name = "ana";
    profile.study.scheduler = SchedulerKind::Sm2;
    profile.study.desiredRetention = 0.85;
    profile.study.newPerDay = 7;
    profile.study.reviewsPerDay = 70;
    profile.study.hardAfterSeconds = 25.0;
    profile.study.easyWithinSeconds = 3.0;
    const StudySetup setup = makeStudySetup(profile, "terminal");
    CHECK(setup.profile.name == "ana");
    CHECK(setup.schedulerConfig.desiredRetention == doctest::Approx(0.85));
    CHECK(setup.sessionConfig.newPerDay == 7);
    CHECK(setup.sessionConfig.reviewsPerDay == 70);
    CHECK(setup.sessionConfig.grading.hardAfterSeconds == doctest::Approx(25.0));
    CHECK(setup.sessionConfig.grading.easyWithinSeconds == doctest::Approx(3.0));
    CHECK(setup.sessionConfig.kind == "terminal");
    CHECK(setup.sessionConfig.rolloverHour == setup.schedulerConfig.dayRolloverHour);
    CHECK(intervals(*setup.scheduler) == intervalsOf(SchedulerKind::Sm2));
    CHECK(intervals(*setup.scheduler) != intervalsOf(SchedulerKind::Fsrs));

    StudyOverrides overrides;
    overrides.newPerDay = 2;
    overrides.reviewsPerDay = 3;
    overrides.rolloverHour = 4;
    const StudySetup overridden = makeStudySetup(profile, "window", overrides);
    CHECK(overridden.sessionConfig.newPerDay == 2);
    CHECK(overridden.sessionConfig.reviewsPerDay == 3);
    CHECK(overridden.sessionConfig.rolloverHour == 4);
    CHECK(overridden.schedulerConfig.dayRolloverHour == 4);
    CHECK(overridden.profile.study == profile.study);  // overrides are for the run, not the profile
}

TEST_CASE("study setup: the profile's desired retention and FSRS-6 weights set the FSRS intervals") {
    Profile profile;
    const CardMemory fresh;
    const auto easyDays = [&](const StudySetup& setup) { return setup.scheduler->review(fresh, Rating::Easy, kNoon, "b/q").intervalDays; };
    CHECK(easyDays(makeStudySetup(profile, "window")) == doctest::Approx(8.0));  // S0(Easy) = w3 = 8.2956 days
    FsrsWeights weights;
    weights.initialStabilityEasy = 20.0;
    profile.study.fsrsWeights = weights;
    // At the default 90 % retention the first interval is the initial stability, rounded to days.
    CHECK(easyDays(makeStudySetup(profile, "window")) == doctest::Approx(20.0));
    profile.study.desiredRetention = 0.80;
    CHECK(easyDays(makeStudySetup(profile, "window")) > 20.0);  // a lower target waits longer
}

TEST_CASE("study setup: changing a profile's scheduler changes both the window's session and the terminal's") {
    session_test::SessionFixture fixture;  // a store with the profile "default" (FSRS)
    const Bank bank = session_test::makeTrueFalseBank("b", 1);
    // The window: a StudyBackend over its own store on the same folder, after the fixture's store closes.
    fixture.store.reset();
    StoreOpenResult opened = Store::open(fixture.dir.path(), fixture.clock);
    REQUIRE(opened.store);
    StudyBackend window(std::move(opened.store), fixture.clock, "default");
    CHECK(intervals(window.scheduler()) == intervalsOf(SchedulerKind::Fsrs));

    StudySettings settings = window.studySettings();
    settings.scheduler = SchedulerKind::Leitner;
    window.saveStudySettings(settings);  // what the Settings view calls

    const StudyRun run = window.startSession({&bank});
    CHECK(intervals(*run.scheduler) == intervalsOf(SchedulerKind::Leitner));
    // The terminal: the same profile read back from the database, through the same setup function.
    const std::optional<Profile> stored = findProfile(window.db(), "default");
    REQUIRE(stored);
    const StudySetup terminal = makeStudySetup(*stored, "terminal");
    CHECK(intervals(*terminal.scheduler) == intervalsOf(SchedulerKind::Leitner));
    CHECK(terminal.sessionConfig.newPerDay == run.session->config().newPerDay);
    CHECK(terminal.sessionConfig.kind == "terminal");
    CHECK(run.session->config().kind == "window");
}
