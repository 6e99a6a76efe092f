// The FSRS-6 state machine (steps, graduation, lapses), the calendar-day rule, fuzz, and properties that
// must hold for any card. Expected numbers come from an independent python3 computation of the published
// formulas (docs/scheduling.md, "Hand computation of the replay sample").
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/scheduler/fsrs_formulas.hpp"
#include "core/scheduler/fsrs_fuzz.hpp"
#include "core/scheduler/fsrs_scheduler.hpp"

using namespace retain;
using doctest::Approx;

namespace {

constexpr UnixMs kJan1At9 = 1704099600000;  // 2024-01-01 09:00 UTC
constexpr UnixMs kMinute = kMsPerMinute;
constexpr UnixMs kHour = 60 * kMsPerMinute;
constexpr double kEps = 1e-6;

SchedulerConfig noFuzz() {
    SchedulerConfig config;
    config.enableFuzz = false;
    return config;
}

// A review-phase card last seen at lastMs.
CardMemory reviewCard(double stability, double difficulty, UnixMs lastMs) {
    CardMemory card;
    card.phase = CardPhase::Review;
    card.stability = stability;
    card.difficulty = difficulty;
    card.reps = 3;
    card.lastReviewMs = lastMs;
    card.intervalDays = 5;
    return card;
}

}  // namespace

TEST_CASE("fsrs scheduler: elapsed days are whole calendar days in UTC, shifted by the rollover hour") {
    const UnixMs jan1At2359 = 1704153540000;  // 2024-01-01 23:59 UTC
    CHECK(elapsedDays(jan1At2359, jan1At2359 + 2 * kMinute, 0) == 1);   // past midnight: a new day
    CHECK(elapsedDays(kJan1At9, jan1At2359, 0) == 0);                   // same day, 15 h apart
    CHECK(elapsedDays(jan1At2359, jan1At2359 + 2 * kMinute, 4) == 0);   // day starts at 04:00
    CHECK(elapsedDays(kJan1At9 - 5 * 60 * kMinute + 1, kJan1At9 - 5 * 60 * kMinute - 2, 4) == 0);  // never negative
    CHECK(elapsedDays(kJan1At9 - 5 * 60 * kMinute - 2, kJan1At9 - 5 * 60 * kMinute + 1, 4) == 1);  // 04:00 crossed
    CHECK(dayNumber(0, 0) == 0);
    CHECK(dayNumber(-1, 0) == -1);
    CHECK(dayNumber(kJan1At9, 0) == 19723);  // 2024-01-01 is day 19723 of the Unix epoch
}

TEST_CASE("fsrs scheduler: a new card's four outcomes follow the learning steps") {
    const FsrsScheduler scheduler(noFuzz());
    const NextStates states = scheduler.nextStates(CardMemory{}, kJan1At9, "bank/q1");
    CHECK(states.again.next.phase == CardPhase::Learning);
    CHECK(states.again.dueMs == kJan1At9 + 1 * kMinute);
    CHECK(states.hard.next.phase == CardPhase::Learning);
    CHECK(states.hard.dueMs == kJan1At9 + 6 * kMinute);  // mean of 1 and 10 minutes, whole minutes (ts-fsrs)
    CHECK(states.good.next.phase == CardPhase::Learning);
    CHECK(states.good.next.step == 1);
    CHECK(states.good.dueMs == kJan1At9 + 10 * kMinute);
    CHECK(states.good.intervalDays == Approx(600.0 / 86400.0));
    CHECK(states.easy.next.phase == CardPhase::Review);
    CHECK(states.easy.intervalDays == Approx(8.0));  // round(S0(Easy) = 8.2956)
    CHECK(states.easy.dueMs == kJan1At9 + 8 * kMsPerDay);
    for (Rating rating : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy}) {
        const SchedulingOutcome& outcome = states.of(rating);
        CHECK(outcome.next.reps == 1);
        CHECK(outcome.next.lastReviewMs == kJan1At9);
        CHECK(outcome.next.dueMs == outcome.dueMs);
        CHECK(outcome.next.stability == Approx(fsrs::initialStability(FsrsWeights{}, rating)));
        CHECK(outcome.next.difficulty == Approx(fsrs::initialDifficulty(FsrsWeights{}, rating)));
        CHECK(scheduler.review(CardMemory{}, rating, kJan1At9, "bank/q1").next == outcome.next);
    }
}

TEST_CASE("fsrs scheduler: a multi-review sequence through learning, review, lapse and relearning") {
    const FsrsScheduler scheduler(noFuzz());
    const UnixMs jan2At8 = 1704182400000;  // 2024-01-02 08:00 UTC
    CardMemory card;
    // Again: first step (1 min), S0(Again), D0(Again).
    card = scheduler.review(card, Rating::Again, jan2At8, "c").next;
    CHECK(card.phase == CardPhase::Learning);
    CHECK(card.step == 0);
    CHECK(card.stability == Approx(0.212).epsilon(kEps));
    CHECK(card.difficulty == Approx(6.4133).epsilon(kEps));
    // Hard a minute later: same day, so short-term stability; the increase 0.676 is raised to 1 (only Again
    // lowers S on the same day); step 0 repeats for round((1 + 10) / 2) = 6 minutes.
    card = scheduler.review(card, Rating::Hard, jan2At8 + kMinute, "c").next;
    CHECK(card.phase == CardPhase::Learning);
    CHECK(card.step == 0);
    CHECK(card.intervalDays == Approx(360.0 / 86400.0));
    CHECK(card.stability == Approx(0.212).epsilon(kEps));
    CHECK(card.difficulty == Approx(7.604210).epsilon(kEps));
    // Good: next step (10 min).
    card = scheduler.review(card, Rating::Good, jan2At8 + 7 * kMinute, "c").next;
    CHECK(card.step == 1);
    CHECK(card.stability == Approx(0.246689).epsilon(kEps));  // 0.212 e^(w17 w18) 0.212^-w19
    CHECK(card.dueMs == jan2At8 + 17 * kMinute);
    // Good after the last step: graduates with a whole-day interval.
    card = scheduler.review(card, Rating::Good, jan2At8 + 17 * kMinute, "c").next;
    CHECK(card.phase == CardPhase::Review);
    CHECK(card.stability == Approx(0.284206).epsilon(kEps));
    CHECK(card.difficulty == Approx(7.579470).epsilon(kEps));
    CHECK(card.intervalDays == Approx(1.0));
    CHECK(card.reps == 4);
    CHECK(card.lapses == 0);
    // Again three days later: a lapse, into relearning.
    const UnixMs later = jan2At8 + 3 * kMsPerDay;
    const double r = scheduler.retrievability(card, later);
    CHECK(r == Approx(0.687591).epsilon(1e-5));  // (1 + factor 3 / 0.284206)^-w20
    const CardMemory lapsed = scheduler.review(card, Rating::Again, later, "c").next;
    CHECK(lapsed.phase == CardPhase::Relearning);
    CHECK(lapsed.lapses == 1);
    CHECK(lapsed.step == 0);
    CHECK(lapsed.intervalDays == Approx(600.0 / 86400.0));
    CHECK(lapsed.stability == Approx(fsrs::stabilityAfterFailure(FsrsWeights{}, card.difficulty, card.stability, r)));
    CHECK(lapsed.stability < card.stability);
    // Good ten minutes later ends relearning.
    const CardMemory relearned = scheduler.review(lapsed, Rating::Good, later + 10 * kMinute, "c").next;
    CHECK(relearned.phase == CardPhase::Review);
    CHECK(relearned.intervalDays >= 1.0);
}

TEST_CASE("fsrs scheduler: the rollover hour turns a past-midnight review into a same-day review") {
    const UnixMs jan1At2359 = 1704153540000;
    SchedulerConfig config = noFuzz();
    const CardMemory easy = FsrsScheduler(config).review(CardMemory{}, Rating::Easy, jan1At2359, "b").next;
    // UTC midnight: one day elapsed, long-term rule (11.416543, see the replay sample).
    const CardMemory utc = FsrsScheduler(config).review(easy, Rating::Hard, jan1At2359 + 2 * kMinute, "b").next;
    CHECK(utc.stability == Approx(11.416543).epsilon(kEps));
    // Day starts at 04:00: same day, short-term rule; the increase e^(w17 (-1 + w18)) 8.2956^-w19 = 0.53 is
    // raised to 1, so Hard keeps S.
    config.dayRolloverHour = 4;
    const CardMemory shifted = FsrsScheduler(config).review(easy, Rating::Hard, jan1At2359 + 2 * kMinute, "b").next;
    CHECK(shifted.stability == Approx(8.2956).epsilon(kEps));
    CHECK(shifted.difficulty == Approx(4.010608969296839).epsilon(kEps));
}

TEST_CASE("fsrs scheduler: a review card's Hard, Good and Easy are whole days apart, up to the maximum") {
    // S = 1.46 the same day: Hard, Good and Easy all round to 1 day by the formula alone.
    const CardMemory card = reviewCard(1.46, 5.0, kJan1At9);
    const NextStates states = FsrsScheduler(noFuzz()).nextStates(card, kJan1At9 + 2 * kHour, "k");
    CHECK(states.hard.intervalDays == Approx(1.0));
    CHECK(states.good.intervalDays == Approx(2.0));  // Hard + 1
    CHECK(states.easy.intervalDays == Approx(3.0));  // Good + 1
    CHECK(states.good.dueMs == kJan1At9 + 2 * kHour + 2 * kMsPerDay);
    // At the maximum interval the maximum wins over the + 1 (Anki's order).
    SchedulerConfig capped = noFuzz();
    capped.maximumIntervalDays = 5;
    const NextStates top = FsrsScheduler(capped).nextStates(reviewCard(50, 5, kJan1At9), kJan1At9 + 40 * kMsPerDay, "k");
    CHECK(top.hard.intervalDays == Approx(5.0));
    CHECK(top.good.intervalDays == Approx(5.0));
    CHECK(top.easy.intervalDays == Approx(5.0));
    // A learning card is not reordered: Good and Easy graduate by their own stabilities.
    CardMemory learning = card;
    learning.phase = CardPhase::Learning;
    learning.step = 1;
    const NextStates steps = FsrsScheduler(noFuzz()).nextStates(learning, kJan1At9 + 2 * kHour, "k");
    CHECK(steps.good.intervalDays == Approx(1.0));
}

TEST_CASE("fsrs scheduler: steps and limits follow the config") {
    SchedulerConfig config = noFuzz();
    config.learningStepsSeconds = {120};
    config.relearningStepsSeconds = {};
    config.maximumIntervalDays = 30;
    const FsrsScheduler scheduler(config);
    const NextStates fresh = scheduler.nextStates(CardMemory{}, kJan1At9, "k");
    CHECK(fresh.hard.intervalDays == Approx(180.0 / 86400.0));  // one step: Hard waits 1.5 steps
    CHECK(fresh.good.next.phase == CardPhase::Review);          // Good after the only step graduates
    // Without relearning steps a lapse stays in Review with a day interval.
    const CardMemory card = reviewCard(50, 5, kJan1At9);
    const NextStates states = scheduler.nextStates(card, kJan1At9 + 40 * kMsPerDay, "k");
    CHECK(states.again.next.phase == CardPhase::Review);
    CHECK(states.again.next.lapses == 1);
    CHECK(states.again.intervalDays >= 1.0);
    CHECK(states.easy.intervalDays == Approx(30.0));  // capped at the maximum interval
    // A learning card whose step is past the end (steps were shortened) graduates on any rating (ts-fsrs).
    CardMemory learning = card;
    learning.phase = CardPhase::Learning;
    learning.step = 3;
    CHECK(scheduler.review(learning, Rating::Good, kJan1At9 + kMinute, "k").next.phase == CardPhase::Review);
    CHECK(scheduler.review(learning, Rating::Again, kJan1At9 + kMinute, "k").next.phase == CardPhase::Review);
}

TEST_CASE("fsrs scheduler: properties over many cards: ordered intervals, stability up on success, down on lapse") {
    for (bool fuzz : {false, true}) {
        SchedulerConfig config;
        config.enableFuzz = fuzz;
        const FsrsScheduler scheduler(config);
        for (double stability : {0.3, 1.0, 2.3, 7.0, 30.0, 365.0}) {
            for (double difficulty : {1.0, 3.0, 5.5, 8.0, 10.0}) {
                for (int days : {0, 1, 3, 10, 100}) {
                    const CardMemory card = reviewCard(stability, difficulty, kJan1At9);
                    const UnixMs now = kJan1At9 + days * kMsPerDay;
                    const std::string key = "bank/q" + std::to_string(days) + "-" + std::to_string(stability);
                    const NextStates s = scheduler.nextStates(card, now, key);
                    CAPTURE(fuzz);
                    CAPTURE(stability);
                    CAPTURE(difficulty);
                    CAPTURE(days);
                    CHECK(s.again.intervalDays <= s.hard.intervalDays);
                    CHECK(s.hard.intervalDays + 1 <= s.good.intervalDays);  // strictly, whole days
                    CHECK(s.good.intervalDays + 1 <= s.easy.intervalDays);
                    CHECK(s.hard.next.stability <= s.good.next.stability);
                    CHECK(s.good.next.stability <= s.easy.next.stability);
                    CHECK(s.again.next.stability < stability);
                    CHECK(s.again.next.difficulty >= s.good.next.difficulty);
                    if (days > 0) {
                        CHECK(s.good.next.stability > stability);   // success on a later day: more stable
                        CHECK(s.hard.next.stability > stability);
                    }
                    for (Rating rating : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy}) {
                        CHECK(s.of(rating).dueMs == now + static_cast<UnixMs>(s.of(rating).intervalDays * kMsPerDay + 0.5));
                    }
                }
            }
        }
    }
}

TEST_CASE("fsrs fuzz: range as the reference, deterministic per card key and reps, covering the range") {
    CHECK(fsrs::fuzzRange(10, 36500).minDays == 8);     // delta = 1 + 0.15*4.5 + 0.1*3 = 1.975
    CHECK(fsrs::fuzzRange(10, 36500).maxDays == 12);
    CHECK(fsrs::fuzzRange(100, 36500).minDays == 93);   // delta = 1 + 0.675 + 1.3 + 0.05*80 = 6.975
    CHECK(fsrs::fuzzRange(100, 36500).maxDays == 107);
    CHECK(fsrs::fuzzRange(3, 36500).minDays == 2);      // delta = 1.075, min at least 2
    CHECK(fsrs::fuzzRange(36500, 36500).maxDays == 36500);
    // ts-fsrs: an interval longer than the days since the last review is fuzzed to at least elapsed + 1.
    CHECK(fsrs::fuzzRange(10, 36500, 9).minDays == 10);
    CHECK(fsrs::fuzzRange(10, 36500, 9).maxDays == 12);
    CHECK(fsrs::fuzzRange(10, 36500, 30).minDays == 8);  // a shorter interval than elapsed keeps its range
    CHECK(fsrs::fuzzedInterval(2, 36500, 0.99) == 2);   // short intervals are not fuzzed
    CHECK(fsrs::fuzzedInterval(10, 36500, 0.0) == 8);
    CHECK(fsrs::fuzzedInterval(10, 36500, 0.999999) == 12);

    CHECK(fsrs::fuzzFraction("bank/q1", 4) == fsrs::fuzzFraction("bank/q1", 4));
    CHECK(fsrs::fuzzFraction("bank/q1", 4) != fsrs::fuzzFraction("bank/q1", 5));
    CHECK(fsrs::fuzzFraction("bank/q1", 4) != fsrs::fuzzFraction("bank/q2", 4));

    SchedulerConfig config;
    config.enableFuzz = true;
    const FsrsScheduler scheduler(config);
    const CardMemory card = reviewCard(100, 5, kJan1At9);
    const UnixMs now = kJan1At9 + 100 * kMsPerDay;
    const int plain = fsrs::nextInterval(FsrsWeights{}, scheduler.review(card, Rating::Good, now, "x").next.stability,
                                         0.9, 36500);
    const fsrs::FuzzRange range = fsrs::fuzzRange(plain, 36500);
    std::set<int> seen;
    for (int i = 0; i < 400; ++i) {
        const std::string key = "bank/q" + std::to_string(i);
        const double days = scheduler.review(card, Rating::Good, now, key).intervalDays;
        CHECK(days == scheduler.review(card, Rating::Good, now, key).intervalDays);  // same key, same interval
        CHECK(days >= range.minDays);
        CHECK(days <= range.maxDays);
        seen.insert(static_cast<int>(days));
    }
    CHECK(seen.count(range.minDays) == 1);
    CHECK(seen.count(range.maxDays) == 1);
    CHECK(static_cast<int>(seen.size()) == range.maxDays - range.minDays + 1);
}
