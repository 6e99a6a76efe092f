// The database is the truth for a running study session: what Browse (or another window) does to a card
// through the card actions reaches the session before it shows or rates that card, so an answer never
// writes the session's stale copy back over a Forget, and a suspended or buried card is dropped.
#include <doctest/doctest.h>

#include "core/session/card_actions.hpp"
#include "core/session/study_session.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/review_repository.hpp"
#include "session_test_support.hpp"

using namespace retain;
using session_test::kNoon;
using session_test::SessionFixture;

namespace {

SessionConfig bankOrder() {
    SessionConfig result;
    result.kind = "terminal";
    result.newOrder = NewCardOrder::Bank;  // q1 first
    return result;
}

// A review card due now: 20 days of stability, 6 reviews, 2 lapses.
StoredCard dueReview() { return session_test::reviewCard(kNoon, 20.0, 6, 2); }

}  // namespace

TEST_CASE_FIXTURE(SessionFixture, "store truth: Forget in Browse while the card is on screen is not overwritten by the answer") {
    const Bank bank = session_test::makeTrueFalseBank("b", 2);
    saveCard(db(), profile.id, {"b", "q1"}, dueReview());
    StudySession session(db(), profile, {&bank}, *scheduler, clock, bankOrder());
    REQUIRE(session.next()->key.questionId == "q1");
    REQUIRE(session.current()->memory.phase == CardPhase::Review);
    session.grade(LearnerAnswer{"true"});  // graded against the review state: nothing stored yet

    // Browse forgets it (its own transaction, as the view does).
    REQUIRE(applyCardAction(db(), profile.id, {{"b", "q1"}}, CardAction::Forget, kNoon, 0) == 1);
    REQUIRE_FALSE(loadCard(db(), profile.id, {"b", "q1"}));

    clock.advance(5'000);
    const RatedAnswer rated = session.rate(Rating::Good);
    CHECK(rated.recheck == CardRecheck::Refreshed);
    // The answer is the first review of a new card, not the 7th of the forgotten one.
    const auto stored = loadCard(db(), profile.id, {"b", "q1"});
    REQUIRE(stored);
    CHECK(stored->memory.reps == 1);
    CHECK(stored->memory.lapses == 0);
    CHECK(stored->memory.phase != CardPhase::Review);  // a new card's Good starts its learning steps
    const auto log = findReview(db(), rated.reviewId);
    REQUIRE(log);
    CHECK(log->before == CardMemory{});  // the log row says what it was applied to
}

TEST_CASE_FIXTURE(SessionFixture, "store truth: a card suspended or buried in Browse is dropped, its answer not stored") {
    const Bank bank = session_test::makeTrueFalseBank("b", 2);
    CardAction action = CardAction::Suspend;
    SUBCASE("suspended") { action = CardAction::Suspend; }
    SUBCASE("buried") { action = CardAction::Bury; }
    StudySession session(db(), profile, {&bank}, *scheduler, clock, bankOrder());
    REQUIRE(session.next()->key.questionId == "q1");
    session.grade(LearnerAnswer{"true"});
    REQUIRE(applyCardAction(db(), profile.id, {{"b", "q1"}}, action, kNoon, 0) == 1);
    const StoredCard hidden = *loadCard(db(), profile.id, {"b", "q1"});

    const RatedAnswer rated = session.rate(Rating::Good);
    CHECK(rated.recheck == CardRecheck::Dropped);
    CHECK(rated.reviewId == 0);
    CHECK(countReviews(db(), profile.id) == 0);
    CHECK(loadCard(db(), profile.id, {"b", "q1"}) == hidden);  // still suspended / buried, memory untouched
    CHECK(session.current() == nullptr);
    REQUIRE(session.next());
    CHECK(session.current()->key.questionId == "q2");  // the dropped card does not come back today
    CHECK(session.counts().done == 0);
    CHECK(session.tally().answered() == 0);
}

TEST_CASE_FIXTURE(SessionFixture, "store truth: a queued card changed in Browse comes out of the queue as stored") {
    const Bank bank = session_test::makeTrueFalseBank("b", 3);
    saveCard(db(), profile.id, {"b", "q1"}, dueReview());
    saveCard(db(), profile.id, {"b", "q2"}, dueReview());
    StudySession session(db(), profile, {&bank}, *scheduler, clock, bankOrder());
    REQUIRE(session.next());
    const std::string first = session.current()->key.questionId;
    REQUIRE(first != "q3");  // reviews come before the new question
    const std::string forgotten = first == "q1" ? "q2" : "q1";
    // While they wait in the queue: the other review card is forgotten, the new one suspended.
    REQUIRE(applyCardAction(db(), profile.id, {{"b", forgotten}}, CardAction::Forget, kNoon, 0) == 1);
    REQUIRE(applyCardAction(db(), profile.id, {{"b", "q3"}}, CardAction::Suspend, kNoon, 0) == 1);
    CHECK(session.rate(Rating::Easy).recheck == CardRecheck::Same);
    int shown = 1;
    while (const StudyCard* card = session.next()) {
        CHECK(card->key.questionId == forgotten);  // the suspended one never shows
        CHECK(card->memory == CardMemory{});       // forgotten: shown as new
        session.rate(Rating::Easy);
        ++shown;
    }
    CHECK(shown == 2);
    CHECK(loadCard(db(), profile.id, {"b", forgotten})->memory.reps == 1);
}

TEST_CASE_FIXTURE(SessionFixture, "store truth: an unchanged card is rated as the session computed it") {
    const Bank bank = session_test::makeTrueFalseBank("b", 1);
    saveCard(db(), profile.id, {"b", "q1"}, dueReview());
    StudySession session(db(), profile, {&bank}, *scheduler, clock, bankOrder());
    REQUIRE(session.next());
    const PendingAnswer pending = session.grade(LearnerAnswer{"true"});
    const RatedAnswer rated = session.rate(Rating::Hard);
    CHECK(rated.recheck == CardRecheck::Same);
    CHECK(rated.outcome.next == pending.states.of(Rating::Hard).next);
    CHECK(loadCard(db(), profile.id, {"b", "q1"})->memory == pending.states.of(Rating::Hard).next);
}
