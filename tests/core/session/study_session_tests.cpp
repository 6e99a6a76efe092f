// The study session against a real database: order, the daily limits, one transaction per rating,
// undo, bury and suspend.
#include <doctest/doctest.h>

#include "core/grading/grader.hpp"
#include "core/session/study_session.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/review_repository.hpp"
#include "session_test_support.hpp"

using namespace retain;
using session_test::kNoon;
using session_test::SessionFixture;

namespace {

SessionConfig terminalConfig(int newPerDay = 20, int reviewsPerDay = 200) {
    SessionConfig config;
    config.newPerDay = newPerDay;
    config.reviewsPerDay = reviewsPerDay;
    config.kind = "terminal";
    config.newOrder = NewCardOrder::Bank;  // these tests follow the banks' order; the shuffle has its own tests
    return config;
}

LearnerAnswer typed(const StudyCard& card, const std::string& line) { return parseAnswerText(*card.question, line); }

// A card in review, due at dueMs, last seen 5 days before.
CardMemory reviewMemory(UnixMs dueMs) {
    CardMemory memory;
    memory.phase = CardPhase::Review;
    memory.stability = 5.0;
    memory.difficulty = 5.0;
    memory.intervalDays = 5.0;
    memory.reps = 3;
    memory.dueMs = dueMs;
    memory.lastReviewMs = dueMs - 5 * kMsPerDay;
    return memory;
}

}  // namespace

TEST_CASE_FIXTURE(SessionFixture, "session: due reviews come first by due time, then new questions in bank order") {
    const Bank bank = session_test::makeTrueFalseBank("b", 5);
    saveCard(db(), profile.id, {"b", "q4"}, StoredCard{reviewMemory(kNoon - kMsPerDay), false, 0});
    saveCard(db(), profile.id, {"b", "q2"}, StoredCard{reviewMemory(kNoon - 3 * kMsPerDay), false, 0});
    saveCard(db(), profile.id, {"b", "q5"}, StoredCard{reviewMemory(kNoon + 5 * kMsPerDay), false, 0});  // not due
    StudySession session(db(), profile, {&bank}, *scheduler, clock, terminalConfig());
    const QueueCounts counts = session.counts();
    CHECK(counts.review == 2);
    CHECK(counts.newCount == 2);
    std::vector<std::string> order;
    while (const StudyCard* card = session.next()) {
        order.push_back(card->key.questionId);
        session.rate(Rating::Easy);  // Easy leaves the day's queue, so each card shows once
    }
    CHECK(order == std::vector<std::string>{"q2", "q4", "q1", "q3"});
    CHECK(session.counts().done == 4);
}

TEST_CASE_FIXTURE(SessionFixture, "session: the daily new limit counts new cards introduced today from the log") {
    const Bank bank = session_test::makeTrueFalseBank("b", 5);
    {
        StudySession session(db(), profile, {&bank}, *scheduler, clock, terminalConfig(3));
        CHECK(session.counts().newCount == 3);
        for (int i = 0; i < 3; ++i) {
            REQUIRE(session.next());
            session.rate(Rating::Easy);
        }
        CHECK(session.next() == nullptr);
    }
    clock.advance(kMsPerMinute);
    {
        StudySession again(db(), profile, {&bank}, *scheduler, clock, terminalConfig(3));
        CHECK(again.counts().newCount == 0);  // the limit survives a restart
        CHECK(again.next() == nullptr);
    }
    clock.set(kNoon + kMsPerDay);
    {
        StudySession tomorrow(db(), profile, {&bank}, *scheduler, clock, terminalConfig(3));
        CHECK(tomorrow.counts().newCount == 2);  // the two left, under a fresh limit of 3
    }
}

TEST_CASE_FIXTURE(SessionFixture, "session: the daily review limit counts today's reviews from the log, most overdue first") {
    const Bank bank = session_test::makeTrueFalseBank("b", 5);
    saveCard(db(), profile.id, {"b", "q1"}, StoredCard{reviewMemory(kNoon - 1 * kMsPerDay), false, 0});
    saveCard(db(), profile.id, {"b", "q2"}, StoredCard{reviewMemory(kNoon - 4 * kMsPerDay), false, 0});
    saveCard(db(), profile.id, {"b", "q3"}, StoredCard{reviewMemory(kNoon - 2 * kMsPerDay), false, 0});
    saveCard(db(), profile.id, {"b", "q4"}, StoredCard{reviewMemory(kNoon - 3 * kMsPerDay), false, 0});
    {
        StudySession session(db(), profile, {&bank}, *scheduler, clock, terminalConfig(0, 3));
        CHECK(session.counts().review == 3);
        std::vector<std::string> order;
        for (int i = 0; i < 2; ++i) {
            REQUIRE(session.next());
            order.push_back(session.next()->key.questionId);
            session.rate(Rating::Good);
        }
        CHECK(order == std::vector<std::string>{"q2", "q4"});  // four and three days overdue
    }
    clock.advance(kMsPerMinute);
    {
        StudySession again(db(), profile, {&bank}, *scheduler, clock, terminalConfig(0, 3));
        CHECK(again.counts().review == 1);  // 3 - the 2 done today, after a restart
        REQUIRE(again.next());
        CHECK(again.next()->key.questionId == "q3");
        again.rate(Rating::Good);
        CHECK(again.next() == nullptr);  // q1 waits for tomorrow
    }
}

TEST_CASE_FIXTURE(SessionFixture, "session: grade stores nothing; rate stores card state and log row together") {
    const Bank bank = session_test::makeTrueFalseBank("b", 2);
    StudySession session(db(), profile, {&bank}, *scheduler, clock, terminalConfig());
    const StudyCard* card = session.next();
    REQUIRE(card);
    const CardKey key = card->key;
    clock.advance(4'000);
    const PendingAnswer& pending = session.grade(typed(*card, "true"));  // timed by the session: shown at noon
    CHECK(pending.grade.correct);
    CHECK(pending.durationMs == 4'000);
    CHECK(countReviews(db(), profile.id) == 0);
    CHECK_FALSE(loadCard(db(), profile.id, key).has_value());

    const NextStates states = pending.states;
    const RatedAnswer rated = session.rate(Rating::Good);
    CHECK(rated.outcome.next == states.good.next);
    CHECK(loadCard(db(), profile.id, key)->memory == states.good.next);
    const auto record = findReview(db(), rated.reviewId);
    REQUIRE(record);
    CHECK(record->card == key);
    CHECK(record->rating == Rating::Good);
    CHECK(record->reviewedMs == kNoon + 4'000);
    CHECK(record->response == "true");
    CHECK(record->score == doctest::Approx(1.0));
    CHECK(record->durationMs == 4'000);
    CHECK(record->before == CardMemory{});
    CHECK(record->after == states.good.next);
    CHECK(record->sessionId == session.id());
}

TEST_CASE_FIXTURE(SessionFixture, "session: a failed log write leaves the card state unwritten (one transaction)") {
    const Bank bank = session_test::makeTrueFalseBank("b", 1);
    StudySession session(db(), profile, {&bank}, *scheduler, clock, terminalConfig());
    REQUIRE(session.next());
    db().exec("CREATE TEMP TRIGGER refuse_log BEFORE INSERT ON review_log BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    CHECK_THROWS_AS(session.submit(typed(*session.current(), "true"), Rating::Good), sql::StorageError);
    CHECK_FALSE(loadCard(db(), profile.id, {"b", "q1"}).has_value());  // the card write was rolled back
    REQUIRE(session.current());                                       // still waiting for its rating
    db().exec("DROP TRIGGER temp.refuse_log");
    session.rate(Rating::Good);
    CHECK(loadCard(db(), profile.id, {"b", "q1"}).has_value());
    CHECK(countReviews(db(), profile.id) == 1);
}

TEST_CASE_FIXTURE(SessionFixture, "session: undo restores the card exactly and removes the log row") {
    const Bank bank = session_test::makeTrueFalseBank("b", 3);
    const StoredCard seeded{reviewMemory(kNoon - kMsPerDay), false, 0};
    saveCard(db(), profile.id, {"b", "q2"}, seeded);
    StudySession session(db(), profile, {&bank}, *scheduler, clock, terminalConfig());
    const auto cardsBefore = loadCards(db(), profile.id);

    REQUIRE(session.next()->key.questionId == "q2");
    session.submit(typed(*session.current(), "false"), Rating::Again);  // a lapse
    REQUIRE(session.next()->key.questionId == "q1");
    session.submit(typed(*session.current(), "true"), std::nullopt);   // a new card's first review
    CHECK(countReviews(db(), profile.id) == 2);
    CHECK(loadCards(db(), profile.id) != cardsBefore);

    REQUIRE(session.next());
    const CardKey shownBeforeUndo = session.current()->key;
    CHECK(session.undo());
    CHECK(session.current()->key.questionId == "q1");  // the undone card is shown again
    CHECK(session.current()->memory == CardMemory{});
    CHECK(session.undo());
    CHECK(session.current()->key.questionId == "q2");
    CHECK(session.current()->memory == seeded.memory);
    CHECK_FALSE(session.undo());

    CHECK(countReviews(db(), profile.id) == 0);
    CHECK(loadCards(db(), profile.id) == cardsBefore);  // q1 has no row again; q2 is as seeded
    CHECK(session.counts().done == 0);
    // The card that was showing when undo ran is not lost: it comes after the undone ones.
    session.rate(Rating::Easy);
    session.next();
    session.rate(Rating::Easy);
    bool seen = false;
    while (const StudyCard* card = session.next()) {
        seen = seen || card->key == shownBeforeUndo;
        session.rate(Rating::Easy);
    }
    CHECK(seen);
}

TEST_CASE_FIXTURE(SessionFixture, "session: bury hides a card until tomorrow, suspend until unsuspended") {
    const Bank bank = session_test::makeTrueFalseBank("b", 3);
    {
        StudySession session(db(), profile, {&bank}, *scheduler, clock, terminalConfig());
        REQUIRE(session.next()->key.questionId == "q1");
        CHECK(session.bury({"b", "q1"}));
        CHECK(session.next()->key.questionId == "q2");
        CHECK(session.suspend({"b", "q3"}));  // not shown yet: leaves the queue too
        CHECK(session.counts().newCount == 1);
        CHECK_FALSE(session.bury({"b", "nope"}));
        CHECK_FALSE(session.bury({"other", "q1"}));
    }
    const auto buried = loadCard(db(), profile.id, {"b", "q1"});
    REQUIRE(buried);
    CHECK(buried->buriedUntilMs == nextDayStartMs(kNoon, 0));
    CHECK(buried->memory == CardMemory{});
    CHECK(loadCard(db(), profile.id, {"b", "q3"})->suspended);
    CHECK(countReviews(db(), profile.id) == 0);

    clock.advance(3'600'000);
    {
        StudySession later(db(), profile, {&bank}, *scheduler, clock, terminalConfig());
        CHECK(later.counts().newCount == 1);  // only q2
    }
    clock.set(kNoon + kMsPerDay);
    {
        StudySession tomorrow(db(), profile, {&bank}, *scheduler, clock, terminalConfig());
        CHECK(tomorrow.counts().newCount == 2);  // q1 is back, q3 stays suspended
        std::vector<std::string> ids;
        while (const StudyCard* card = tomorrow.next()) {
            ids.push_back(card->key.questionId);
            tomorrow.rate(Rating::Easy);
        }
        CHECK(ids == std::vector<std::string>{"q1", "q2"});
    }
}

TEST_CASE_FIXTURE(SessionFixture, "session: preview gives longer intervals for better ratings; a session row is kept") {
    const Bank bank = session_test::makeTrueFalseBank("b", 1);
    {
        StudySession session(db(), profile, {&bank}, *scheduler, clock, terminalConfig());
        REQUIRE(session.next());
        const NextStates states = session.preview();
        CHECK(states.again.intervalDays < states.hard.intervalDays);
        CHECK(states.hard.intervalDays < states.good.intervalDays);
        CHECK(states.good.intervalDays < states.easy.intervalDays);
        clock.advance(60'000);
    }
    CHECK(db().queryInt("SELECT count(*) FROM study_sessions WHERE kind = 'terminal' AND ended_ms = " +
                        std::to_string(kNoon + 60'000)).value_or(0) == 1);
}

TEST_CASE_FIXTURE(SessionFixture, "session: questions still marked draft are not studied") {
    Bank bank = session_test::makeTrueFalseBank("b", 3);
    bank.questions[1].draft = true;  // q2 awaits a teacher's review
    StudySession session(db(), profile, {&bank}, *scheduler, clock, terminalConfig());
    CHECK(session.counts().newCount == 2);
    std::vector<std::string> order;
    while (const StudyCard* card = session.next()) {
        order.push_back(card->key.questionId);
        session.rate(Rating::Easy);
    }
    CHECK(order == std::vector<std::string>{"q1", "q3"});
}
