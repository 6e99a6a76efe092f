// The one review path: every rated answer (a study session's, a retention check's counted as reviews)
// is stored by writeReview, which writes the card state and the log row together; and the session times
// the answer itself from when the card was shown.
#include <doctest/doctest.h>

#include "core/grading/grader.hpp"
#include "core/session/study_session.hpp"
#include "core/stats/check_repository.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/review_repository.hpp"
#include "core/storage/review_writer.hpp"
#include "session_test_support.hpp"

using namespace retain;
using session_test::kNoon;
using session_test::SessionFixture;

namespace {

ReviewRecord goodReview(ProfileId profile, const Scheduler& scheduler) {
    ReviewRecord record;
    record.profileId = profile;
    record.card = CardKey{"b", "q1"};
    record.reviewedMs = kNoon;
    record.rating = Rating::Good;
    record.score = 1.0;
    record.response = "true";
    record.durationMs = 4'000;
    record.after = scheduler.review(CardMemory{}, Rating::Good, kNoon, "b/q1").next;
    return record;
}

}  // namespace

TEST_CASE_FIXTURE(SessionFixture, "review writer: card state and log row together; a suspension stays, a burial ends") {
    saveCard(db(), profile.id, {"b", "q1"}, StoredCard{CardMemory{}, true, kNoon + kMsPerDay});
    const ReviewRecord record = goodReview(profile.id, *scheduler);
    const ReviewId id = writeReview(db(), record);
    const auto stored = loadCard(db(), profile.id, {"b", "q1"});
    REQUIRE(stored);
    CHECK(stored->memory == record.after);
    CHECK(stored->suspended);
    CHECK(stored->buriedUntilMs == 0);
    auto logged = findReview(db(), id);
    REQUIRE(logged);
    logged->id = 0;
    CHECK(*logged == record);
}

TEST_CASE_FIXTURE(SessionFixture, "review writer: a failed log write stores nothing, alone or inside a caller's transaction") {
    db().exec("CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON review_log BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    CHECK_THROWS_AS(writeReview(db(), goodReview(profile.id, *scheduler)), sql::StorageError);
    CHECK_FALSE(loadCard(db(), profile.id, {"b", "q1"}).has_value());
    db().exec("DROP TRIGGER temp.refuse_log");
    {
        sql::Transaction outer(db());
        writeReview(db(), goodReview(profile.id, *scheduler));
        CHECK(countReviews(db(), profile.id) == 1);
        // outer is left without commit: the review goes with it
    }
    CHECK(countReviews(db(), profile.id) == 0);
    CHECK_FALSE(loadCard(db(), profile.id, {"b", "q1"}).has_value());
}

TEST_CASE_FIXTURE(SessionFixture, "review path: a session rating and a check counted as reviews store the same rows") {
    const Profile other = ensureProfile(db(), "other", SchedulerKind::Fsrs, kNoon);
    const Bank bank = session_test::makeTrueFalseBank("b", 1);
    SessionConfig config;
    config.kind = "terminal";
    StudySession session(db(), profile, {&bank}, *scheduler, clock, config);
    REQUIRE(session.next());
    clock.advance(4'000);
    const RatedAnswer rated = session.submit(parseAnswerText(*session.current()->question, "true"), Rating::Good);

    CheckAnswer answer;
    answer.key = CardKey{"b", "q1"};
    answer.score = 1.0;
    answer.recalled = true;
    answer.response = "true";
    answer.suggested = Rating::Good;
    answer.answeredMs = kNoon + 4'000;
    answer.durationMs = 4'000;
    CheckRecord check;
    check.profileId = other.id;
    check.startedMs = kNoon;
    check.finishedMs = kNoon + 5'000;
    check.countedAsReviews = true;
    check.answers = {answer};
    saveCheck(db(), check, *scheduler);

    const auto fromSession = findReview(db(), rated.reviewId);
    const auto fromCheck = findReview(db(), rated.reviewId + 1);
    REQUIRE(fromSession);
    REQUIRE(fromCheck);
    CHECK(fromCheck->profileId == other.id);
    CHECK(fromCheck->sessionId == std::nullopt);
    ReviewRecord comparable = *fromCheck;
    comparable.id = fromSession->id;
    comparable.profileId = fromSession->profileId;
    comparable.sessionId = fromSession->sessionId;
    CHECK(comparable == *fromSession);
    CHECK(loadCard(db(), other.id, {"b", "q1"}) == loadCard(db(), profile.id, {"b", "q1"}));
}

TEST_CASE_FIXTURE(SessionFixture, "session timing: the answer is timed from markShown, and the time sets the suggested rating") {
    const Bank bank = session_test::makeTrueFalseBank("b", 2);
    SessionConfig config;
    config.kind = "terminal";
    config.grading.hardAfterSeconds = 20.0;
    config.grading.easyWithinSeconds = 5.0;
    StudySession session(db(), profile, {&bank}, *scheduler, clock, config);
    REQUIRE(session.next());
    clock.advance(60'000);  // the card waited off screen for a minute
    session.markShown();
    clock.advance(3'000);
    const PendingAnswer& quick = session.grade(parseAnswerText(*session.current()->question, "true"));
    CHECK(quick.durationMs == 3'000);
    CHECK(quick.grade.suggested == Rating::Easy);
    clock.advance(30'000);  // a second try replaces the first, timed from the same showing
    const PendingAnswer& slow = session.grade(parseAnswerText(*session.current()->question, "true"));
    CHECK(slow.durationMs == 33'000);
    CHECK(slow.grade.suggested == Rating::Hard);
    const RatedAnswer rated = session.rate(slow.grade.suggested);
    CHECK(findReview(db(), rated.reviewId)->durationMs == 33'000);
}

TEST_CASE_FIXTURE(SessionFixture, "session timing: time with another tab in front does not count, so a quick answer stays Easy") {
    const Bank bank = session_test::makeTrueFalseBank("b", 2);
    SessionConfig config;
    config.kind = "window";
    config.grading.hardAfterSeconds = 20.0;
    config.grading.easyWithinSeconds = 5.0;
    StudySession session(db(), profile, {&bank}, *scheduler, clock, config);
    REQUIRE(session.next());
    session.markShown();
    clock.advance(2'000);
    session.pauseAnswerTime();  // Stats in front for ten minutes
    clock.advance(600'000);
    CHECK(session.answerElapsedMs() == 2'000);
    session.pauseAnswerTime();  // a second pause changes nothing
    clock.advance(1'000);
    session.resumeAnswerTime();
    clock.advance(1'000);
    CHECK(session.answerElapsedMs() == 3'000);
    session.resumeAnswerTime();  // resuming when not paused changes nothing
    const PendingAnswer& graded = session.grade(parseAnswerText(*session.current()->question, "true"));
    CHECK(graded.durationMs == 3'000);
    CHECK(graded.grade.suggested == Rating::Easy);
    const RatedAnswer rated = session.rate(graded.grade.suggested);
    CHECK(findReview(db(), rated.reviewId)->durationMs == 3'000);
    // The next card starts a fresh count: no pause carries over.
    REQUIRE(session.next());
    clock.advance(4'000);
    CHECK(session.answerElapsedMs() == 4'000);
}
