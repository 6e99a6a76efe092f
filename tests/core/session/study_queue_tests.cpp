// Today's queue in memory: which card comes next, and when learning cards interleave.
#include <doctest/doctest.h>

#include "core/session/study_queue.hpp"
#include "session_test_support.hpp"

using namespace retain;
using session_test::kNoon;

namespace {

StudyCard card(const std::string& id, CardPhase phase, UnixMs dueMs) {
    StudyCard result;
    result.key = CardKey{"bank", id};
    result.memory.phase = phase;
    result.memory.dueMs = dueMs;
    return result;
}

std::vector<std::string> drain(StudyQueue& queue, UnixMs nowMs) {
    std::vector<std::string> ids;
    while (auto next = queue.take(nowMs)) ids.push_back(next->key.questionId);
    return ids;
}

std::vector<StudyCard> mixedCards() {
    return {
        card("new1", CardPhase::New, 0),
        card("review-today", CardPhase::Review, kNoon + 3 * 3'600'000),       // later today: due today
        card("learn-soon", CardPhase::Learning, kNoon + 5 * kMsPerMinute),     // within learn-ahead
        card("new2", CardPhase::New, 0),
        card("review-old", CardPhase::Review, kNoon - 2 * kMsPerDay),
        card("learn-due", CardPhase::Relearning, kNoon - 5 * kMsPerMinute),
        card("review-tomorrow", CardPhase::Review, kNoon + kMsPerDay),         // not today
        card("learn-tomorrow", CardPhase::Learning, kNoon + kMsPerDay),        // not today
        card("review-yesterday", CardPhase::Review, kNoon - kMsPerDay),
        card("new3", CardPhase::New, 0),
        card("new4", CardPhase::New, 0),
        card("learn-late", CardPhase::Learning, kNoon + 3 * 3'600'000),        // today, beyond learn-ahead
    };
}

}  // namespace

TEST_CASE("session: queue order is due learning, reviews by due time, new up to the limit, then learn-ahead") {
    StudyQueue queue(mixedCards(), kNoon, 0, QueueLimits{.newCards = 3}, 20 * kMsPerMinute);
    const QueueCounts counts = queue.counts();
    CHECK(counts.newCount == 3);
    CHECK(counts.review == 3);
    CHECK(counts.learning == 3);
    CHECK(drain(queue, kNoon) == std::vector<std::string>{"learn-due", "review-old", "review-yesterday", "review-today",
                                                          "new1", "new2", "new3", "learn-soon"});
    CHECK(queue.counts().learning == 1);  // learn-late waits
    REQUIRE(queue.nextLearningDueMs().has_value());
    CHECK(*queue.nextLearningDueMs() == kNoon + 3 * 3'600'000);
}

TEST_CASE("session: over the review limit the most overdue reviews stay; learning cards are never cut") {
    StudyQueue queue(mixedCards(), kNoon, 0, QueueLimits{.newCards = 1, .reviews = 2}, 20 * kMsPerMinute);
    const QueueCounts counts = queue.counts();
    CHECK(counts.review == 2);
    CHECK(counts.newCount == 1);
    CHECK(counts.learning == 3);
    CHECK(drain(queue, kNoon) == std::vector<std::string>{"learn-due", "review-old", "review-yesterday", "new1", "learn-soon"});

    StudyQueue none(mixedCards(), kNoon, 0, QueueLimits{.newCards = 0, .reviews = 0}, 20 * kMsPerMinute);
    CHECK(none.counts().review == 0);
    CHECK(none.counts().newCount == 0);
    CHECK(none.counts().learning == 3);
}

TEST_CASE("session: a learning card interleaves as soon as it comes due") {
    StudyQueue queue(mixedCards(), kNoon, 0, QueueLimits{.newCards = 3}, 20 * kMsPerMinute);
    CHECK(queue.take(kNoon)->key.questionId == "learn-due");
    CHECK(queue.take(kNoon)->key.questionId == "review-old");
    // Six minutes later learn-soon is due and goes before the remaining reviews.
    CHECK(queue.take(kNoon + 6 * kMsPerMinute)->key.questionId == "learn-soon");
    CHECK(queue.take(kNoon + 6 * kMsPerMinute)->key.questionId == "review-yesterday");
}

TEST_CASE("session: requeue keeps learning cards due today and holds later ones; putBack returns a card to the front") {
    StudyQueue queue({card("new1", CardPhase::New, 0), card("new2", CardPhase::New, 0)}, kNoon, 0, QueueLimits{.newCards = 20}, 0);
    StudyCard first = *queue.take(kNoon);
    StudyCard graduated = first;
    graduated.memory = CardMemory{CardPhase::Review, 3, 5, 2.5, 3, 0, 0, 1, 0, kNoon + 3 * kMsPerDay, kNoon};
    queue.requeue(graduated);
    CHECK(queue.counts().remaining() == 1);
    CHECK(queue.held().later == 1);  // due in 3 days: held, for review ahead
    CHECK(queue.countAhead(2) == 0);
    CHECK(queue.countAhead(3) == 1);
    StudyCard stepping = first;
    stepping.memory.phase = CardPhase::Learning;
    stepping.memory.dueMs = kNoon + 10 * kMsPerMinute;
    queue.requeue(stepping);
    CHECK(queue.counts().learning == 1);
    CHECK(queue.remove(stepping.key));
    CHECK_FALSE(queue.remove(stepping.key));
    queue.putBack(first);
    CHECK(queue.take(kNoon)->key.questionId == "new1");
}

TEST_CASE("session: the day starts at the rollover hour") {
    CHECK(dayStartMs(kNoon, 0) == kNoon - 12 * 3'600'000);
    CHECK(nextDayStartMs(kNoon, 0) == kNoon + 12 * 3'600'000);
    CHECK(dayStartMs(kNoon, 4) == kNoon - 8 * 3'600'000);
    CHECK(dayStartMs(kNoon - 9 * 3'600'000, 4) == kNoon - 32 * 3'600'000);  // 03:00 belongs to the day before
}

TEST_CASE("session: the queue keeps what the limits and the day hold back, and admits it on request") {
    QueueLimits limits;
    limits.newCards = 1;
    limits.reviews = 1;
    StudyQueue queue(mixedCards(), kNoon, 0, limits, 20 * kMsPerMinute);
    CHECK(queue.held() == HeldCounts{3, 2, 2});  // new2-4; two of the three due reviews; the two due tomorrow
    CHECK(queue.nextHeldMs() == nextDayStartMs(kNoon, 0));
    CHECK(queue.countAhead(0) == 0);
    CHECK(queue.countAhead(1) == 2);
    CHECK(queue.admitNew(2) == 2);
    CHECK(queue.admitNew(5) == 1);
    CHECK(queue.admitAhead(1) == 2);
    CHECK(queue.held() == HeldCounts{0, 2, 0});
    CHECK(queue.counts().newCount == 4);
    CHECK(queue.remove(CardKey{"bank", "new3"}));
}
