// SM-2 and Leitner sequences worked out by hand from their rules (docs/scheduling.md), and the factory.
#include <doctest/doctest.h>

#include <vector>

#include "core/scheduler/leitner_scheduler.hpp"
#include "core/scheduler/sm2_scheduler.hpp"

using namespace retain;
using doctest::Approx;

namespace {

constexpr UnixMs kStart = 1704099600000;  // 2024-01-01 09:00 UTC

// One review of a hand-worked sequence and what it must produce.
struct Expected {
    Rating rating;
    double intervalDays;
    double ease;       // SM-2 only
    int boxOrStep;     // SM-2: repetition number n; Leitner: box
    CardPhase phase;
    int lapses;
};

// Reviews a card with each rating in turn, each on its due day, and checks every outcome.
template <typename SchedulerType>
void runSequence(const SchedulerType& scheduler, const std::vector<Expected>& sequence, bool checkEase) {
    CardMemory card;
    UnixMs now = kStart;
    int index = 0;
    for (const Expected& expected : sequence) {
        CAPTURE(index);
        const SchedulingOutcome outcome = scheduler.review(card, expected.rating, now, "key");
        CHECK(outcome.intervalDays == Approx(expected.intervalDays));
        CHECK(outcome.dueMs == now + static_cast<UnixMs>(expected.intervalDays) * kMsPerDay);
        CHECK(outcome.next.phase == expected.phase);
        CHECK(outcome.next.lapses == expected.lapses);
        CHECK(outcome.next.reps == index + 1);
        if (checkEase) {
            CHECK(outcome.next.ease == Approx(expected.ease));
            CHECK(outcome.next.step == expected.boxOrStep);
        } else {
            CHECK(outcome.next.box == expected.boxOrStep);
        }
        card = outcome.next;
        now = outcome.dueMs;
        ++index;
    }
}

}  // namespace

TEST_CASE("sm2: quality mapping and E-Factor formula EF' = EF + 0.1 - (5-q)(0.08 + (5-q) 0.02), floor 1.3") {
    CHECK(sm2Quality(Rating::Again) == 1);
    CHECK(sm2Quality(Rating::Hard) == 3);
    CHECK(sm2Quality(Rating::Good) == 4);
    CHECK(sm2Quality(Rating::Easy) == 5);
    CHECK(sm2NextEase(2.5, 5) == Approx(2.6));
    CHECK(sm2NextEase(2.5, 4) == Approx(2.5));
    CHECK(sm2NextEase(2.5, 3) == Approx(2.36));   // 2.5 + 0.1 - 2 (0.08 + 0.04)
    CHECK(sm2NextEase(1.35, 3) == Approx(1.3));   // floor
}

TEST_CASE("sm2: I(1) = 1, I(2) = 6, I(n) = ceil(I(n-1) EF'), q < 3 restarts without changing EF") {
    const Sm2Scheduler scheduler{SchedulerConfig{}};
    runSequence(scheduler,
                {
                    {Rating::Good, 1, 2.5, 1, CardPhase::Review, 0},
                    {Rating::Good, 6, 2.5, 2, CardPhase::Review, 0},
                    {Rating::Easy, 16, 2.6, 3, CardPhase::Review, 0},   // ceil(6 x 2.6 = 15.6)
                    {Rating::Hard, 40, 2.46, 4, CardPhase::Review, 0},  // EF 2.6 - 0.14; ceil(16 x 2.46 = 39.36)
                    {Rating::Again, 1, 2.46, 0, CardPhase::Relearning, 1},
                    {Rating::Good, 1, 2.46, 1, CardPhase::Review, 1},
                    {Rating::Good, 6, 2.46, 2, CardPhase::Review, 1},
                    {Rating::Good, 15, 2.46, 3, CardPhase::Review, 1},  // ceil(6 x 2.46 = 14.76)
                },
                true);
}

TEST_CASE("sm2: a new card forgotten is Learning, intervals are ordered, retrievability estimate 0.9^(t/I)") {
    SchedulerConfig config;
    config.maximumIntervalDays = 20;
    const Sm2Scheduler scheduler(config);
    CHECK(scheduler.review(CardMemory{}, Rating::Again, kStart, "k").next.phase == CardPhase::Learning);
    CardMemory card;
    card.phase = CardPhase::Review;
    card.step = 5;
    card.intervalDays = 10;
    card.lastReviewMs = kStart;
    const NextStates states = scheduler.nextStates(card, kStart + 10 * kMsPerDay, "k");
    CHECK(states.again.intervalDays <= states.hard.intervalDays);
    CHECK(states.hard.intervalDays <= states.good.intervalDays);
    CHECK(states.good.intervalDays <= states.easy.intervalDays);
    CHECK(states.easy.intervalDays == Approx(20));  // ceil(10 x 2.6) capped at the maximum
    CHECK(scheduler.retrievability(card, kStart + 10 * kMsPerDay) == Approx(0.9));
    CHECK(scheduler.retrievability(card, kStart + 20 * kMsPerDay) == Approx(0.81));
    CHECK(scheduler.retrievability(CardMemory{}, kStart) == 0.0);
}

TEST_CASE("leitner: five boxes 1, 2, 4, 8, 16 days: Again to box 1, Hard stays, Good +1, Easy +2") {
    CHECK(leitnerNextBox(0, Rating::Hard) == 1);
    CHECK(leitnerNextBox(0, Rating::Good) == 1);
    CHECK(leitnerNextBox(0, Rating::Easy) == 2);
    CHECK(leitnerNextBox(4, Rating::Easy) == 5);
    CHECK(leitnerNextBox(5, Rating::Good) == 5);
    CHECK(leitnerNextBox(3, Rating::Again) == 1);
    const LeitnerScheduler scheduler{SchedulerConfig{}};
    runSequence(scheduler,
                {
                    {Rating::Good, 1, 0, 1, CardPhase::Review, 0},
                    {Rating::Good, 2, 0, 2, CardPhase::Review, 0},
                    {Rating::Easy, 8, 0, 4, CardPhase::Review, 0},
                    {Rating::Hard, 8, 0, 4, CardPhase::Review, 0},
                    {Rating::Easy, 16, 0, 5, CardPhase::Review, 0},
                    {Rating::Good, 16, 0, 5, CardPhase::Review, 0},
                    {Rating::Again, 1, 0, 1, CardPhase::Relearning, 1},
                    {Rating::Easy, 4, 0, 3, CardPhase::Review, 1},
                },
                false);
}

TEST_CASE("scheduler factory: kinds by name, and each kind schedules by its own rules") {
    CHECK(parseSchedulerKind("fsrs") == SchedulerKind::Fsrs);
    CHECK(parseSchedulerKind("sm2") == SchedulerKind::Sm2);
    CHECK(parseSchedulerKind("leitner") == SchedulerKind::Leitner);
    CHECK_FALSE(parseSchedulerKind("anki"));
    for (SchedulerKind kind : {SchedulerKind::Fsrs, SchedulerKind::Sm2, SchedulerKind::Leitner})
        CHECK(parseSchedulerKind(schedulerKindName(kind)) == kind);
    const SchedulerConfig config;
    // Easy on a new card: FSRS 8 days (S0(Easy)), SM-2 1 day (I(1)), Leitner box 2 = 2 days.
    CHECK(makeScheduler(SchedulerKind::Fsrs, config)->review(CardMemory{}, Rating::Easy, kStart, "k").intervalDays ==
          Approx(8));
    CHECK(makeScheduler(SchedulerKind::Sm2, config)->review(CardMemory{}, Rating::Easy, kStart, "k").intervalDays ==
          Approx(1));
    CHECK(makeScheduler(SchedulerKind::Leitner, config)->review(CardMemory{}, Rating::Easy, kStart, "k").intervalDays ==
          Approx(2));
}
