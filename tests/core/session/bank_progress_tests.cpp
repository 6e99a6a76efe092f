// Home-screen counts of a bank: due, new, learned and hidden, with and without a tag.
#include <doctest/doctest.h>

#include "core/session/bank_progress.hpp"
#include "session_test_support.hpp"

using namespace retain;
using retain::session_test::kNoon;
using retain::session_test::makeTrueFalseBank;

namespace {
StoredCard cardIn(CardPhase phase, UnixMs dueMs) {
    StoredCard card;
    card.memory.phase = phase;
    card.memory.dueMs = dueMs;
    card.memory.reps = 1;
    return card;
}
}  // namespace

TEST_CASE("bank progress counts due, new, learned and hidden questions") {
    Bank bank = makeTrueFalseBank("b", 6);
    std::map<CardKey, StoredCard> cards;
    cards[{"b", "q1"}] = cardIn(CardPhase::Review, kNoon - kMsPerDay);       // overdue review: due, learned
    cards[{"b", "q2"}] = cardIn(CardPhase::Review, kNoon + 5 * kMsPerDay);   // learned, not due
    cards[{"b", "q3"}] = cardIn(CardPhase::Learning, kNoon + 10 * kMsPerMinute);  // later today: due
    StoredCard suspended = cardIn(CardPhase::Review, kNoon - kMsPerDay);
    suspended.suspended = true;
    cards[{"b", "q4"}] = suspended;
    cards[{"other", "q5"}] = cardIn(CardPhase::Review, kNoon - kMsPerDay);  // another bank: ignored
    const BankProgress progress = bankProgress(bank, cards, kNoon, 0);
    CHECK(progress.total == 6);
    CHECK(progress.due == 2);
    CHECK(progress.learned == 2);
    CHECK(progress.hidden == 1);
    CHECK(progress.newCount == 2);  // q5 and q6 of this bank
}

TEST_CASE("bank progress with a tag counts only the questions carrying it") {
    Bank bank = makeTrueFalseBank("b", 4);
    bank.questions[1].tags = {"economy"};
    bank.questions[3].tags = {"economy", "figures"};
    std::map<CardKey, StoredCard> cards;
    cards[{"b", "q2"}] = cardIn(CardPhase::Review, kNoon - kMsPerDay);
    cards[{"b", "q1"}] = cardIn(CardPhase::Review, kNoon - kMsPerDay);  // untagged: not counted
    const BankProgress progress = bankProgress(bank, cards, kNoon, 0, "economy");
    CHECK(progress.total == 2);
    CHECK(progress.due == 1);
    CHECK(progress.newCount == 1);
    CHECK(questionHasTag(bank.questions[3], "figures"));
    CHECK_FALSE(questionHasTag(bank.questions[0], "figures"));
    CHECK(questionHasTag(bank.questions[0], ""));
}
