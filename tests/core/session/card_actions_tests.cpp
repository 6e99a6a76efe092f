// Card actions of Browse (suspend, unsuspend, bury, unbury, forget) as data and as one transaction, and
// the study session's undo of a bury or suspend.
#include <doctest/doctest.h>

#include "core/session/card_actions.hpp"
#include "core/session/study_queue.hpp"
#include "core/session/study_session.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/review_repository.hpp"
#include "session_test_support.hpp"

using namespace retain;
using session_test::kNoon;
using session_test::SessionFixture;

namespace {

// A card in review, due in 3 days (stability 12 days, one lapse).
StoredCard reviewed() { return session_test::reviewCard(kNoon + 3 * kMsPerDay, 12.0, 4, 1); }

SessionConfig actionsConfig() {
    SessionConfig result;
    result.kind = "terminal";
    result.newOrder = NewCardOrder::Bank;  // the tests follow the bank's order
    return result;
}

}  // namespace

TEST_CASE("card actions: each action's row as data") {
    const StoredCard studied = reviewed();
    SUBCASE("suspend and unsuspend keep the memory; a new question's row goes when nothing is left in it") {
        const auto suspended = cardAfterAction(studied, CardAction::Suspend, kNoon, 0);
        REQUIRE(suspended);
        CHECK(suspended->suspended);
        CHECK(suspended->memory == studied.memory);
        CHECK(cardAfterAction(suspended, CardAction::Unsuspend, kNoon, 0) == studied);
        const auto newSuspended = cardAfterAction(std::nullopt, CardAction::Suspend, kNoon, 0);
        REQUIRE(newSuspended);
        CHECK(newSuspended->memory == CardMemory{});
        CHECK(cardAfterAction(newSuspended, CardAction::Unsuspend, kNoon, 0) == std::nullopt);
    }
    SUBCASE("bury lasts until the next day starts at the rollover hour; unbury ends it") {
        const auto buried = cardAfterAction(studied, CardAction::Bury, kNoon, 4);
        REQUIRE(buried);
        // 2025-06-15 12:00 UTC with a 04:00 rollover: the next day starts 2025-06-16 04:00 UTC.
        CHECK(buried->buriedUntilMs == kNoon + 16 * 3'600'000);
        CHECK(cardAfterAction(buried, CardAction::Unbury, kNoon, 4) == studied);
    }
    SUBCASE("forget makes the memory new and ends a bury, but a suspension stays") {
        StoredCard hidden = studied;
        hidden.suspended = true;
        hidden.buriedUntilMs = kNoon + kMsPerDay;
        const auto forgotten = cardAfterAction(hidden, CardAction::Forget, kNoon, 0);
        REQUIRE(forgotten);
        CHECK(forgotten->memory == CardMemory{});
        CHECK(forgotten->suspended);
        CHECK(forgotten->buriedUntilMs == 0);
        CHECK(cardAfterAction(studied, CardAction::Forget, kNoon, 0) == std::nullopt);
    }
}

TEST_CASE_FIXTURE(SessionFixture, "card actions: many cards in one transaction; forget keeps the review log") {
    const Bank bank = session_test::makeTrueFalseBank("b", 3);
    {
        StudySession session(db(), profile, {&bank}, *scheduler, clock, actionsConfig());
        REQUIRE(session.next());
        session.rate(Rating::Good);  // q1 now has a row and a log entry
    }
    const std::vector<CardKey> all{{"b", "q1"}, {"b", "q2"}, {"b", "q3"}};
    CHECK(applyCardAction(db(), profile.id, all, CardAction::Suspend, kNoon, 0) == 3);
    for (const CardKey& key : all) CHECK(loadCard(db(), profile.id, key)->suspended);
    CHECK(applyCardAction(db(), profile.id, all, CardAction::Suspend, kNoon, 0) == 0);  // nothing left to change
    CHECK(applyCardAction(db(), profile.id, {{"b", "q2"}}, CardAction::Unsuspend, kNoon, 0) == 1);
    CHECK_FALSE(loadCard(db(), profile.id, {"b", "q2"}));  // new again: no row

    CHECK(applyCardAction(db(), profile.id, all, CardAction::Unsuspend, kNoon, 0) == 2);
    CHECK(applyCardAction(db(), profile.id, {{"b", "q1"}}, CardAction::Forget, kNoon, 0) == 1);
    CHECK_FALSE(loadCard(db(), profile.id, {"b", "q1"}));
    CHECK(countReviews(db(), profile.id) == 1);  // the history stays

    SUBCASE("a failed write changes none of the cards") {
        db().exec("CREATE TRIGGER refuse_q3 BEFORE INSERT ON card_state WHEN NEW.question_id = 'q3' "
                  "BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        CHECK_THROWS_AS(applyCardAction(db(), profile.id, all, CardAction::Bury, kNoon, 0), sql::StorageError);
        for (const CardKey& key : all) CHECK_FALSE(loadCard(db(), profile.id, key));
    }
}

TEST_CASE_FIXTURE(SessionFixture, "session: undo takes a suspend or a bury back and shows the card again") {
    const Bank bank = session_test::makeTrueFalseBank("b", 3);
    saveCard(db(), profile.id, {"b", "q2"}, reviewed());
    StudySession session(db(), profile, {&bank}, *scheduler, clock, actionsConfig());
    REQUIRE(session.next()->key.questionId == "q1");
    CHECK_FALSE(session.undoable());
    session.rate(Rating::Easy);
    REQUIRE(session.next()->key.questionId == "q3");  // q2 is not due
    CHECK(session.suspend({"b", "q3"}));
    CHECK(session.undoable() == UndoKind::Suspend);
    CHECK(loadCard(db(), profile.id, {"b", "q3"})->suspended);
    CHECK(session.next() == nullptr);

    clock.advance(kMsPerMinute);
    REQUIRE(session.undo());
    CHECK_FALSE(loadCard(db(), profile.id, {"b", "q3"}));  // a new question again: its row is gone
    REQUIRE(session.current());
    CHECK(session.current()->key.questionId == "q3");
    CHECK(session.shownMs() == kNoon + kMsPerMinute);  // its answer time starts over
    CHECK(session.undoable() == UndoKind::Rating);  // the rating before it is next

    // A studied card keeps its memory through a bury and its undo; a suspend elsewhere is not undone by it.
    CHECK(session.bury({"b", "q2"}));
    CHECK(loadCard(db(), profile.id, {"b", "q2"})->buriedUntilMs == nextDayStartMs(kNoon, 0));
    REQUIRE(session.undo());
    CHECK(loadCard(db(), profile.id, {"b", "q2"}) == reviewed());
    CHECK(session.current()->key.questionId == "q2");
    CHECK(session.counts().newCount == 1);  // q3, shown before the undo, went back to the queue
    CHECK(session.counts().done == 1);
}
