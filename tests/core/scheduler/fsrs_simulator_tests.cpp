// The "help me decide" simulator: seeded and deterministic, a higher desired retention costs more reviews
// and keeps more known, the daily limits hold, and a card that is never due decays along the curve.
#include <doctest/doctest.h>

#include <vector>

#include "core/scheduler/fsrs_formulas.hpp"
#include "core/scheduler/fsrs_simulator.hpp"

using namespace retain;
using namespace retain::fsrs;
using doctest::Approx;

TEST_CASE("fsrs simulator: retention grid 0.70..0.97") {
    const std::vector<double> grid = retentionGrid(0.03);
    REQUIRE(grid.size() == 10);
    CHECK(grid.front() == Approx(0.70));
    CHECK(grid.back() == Approx(0.97));
    CHECK(retentionGrid(0.01).size() == 28);
}

TEST_CASE("fsrs simulator: more retention, more reviews and more known; seeded; limits hold") {
    std::vector<SimulatedCard> cards(400);  // new cards
    SimulationSettings settings;
    settings.days = 120;
    const std::vector<SimulationPoint> points = simulateRetentions(cards, settings, {0.70, 0.85, 0.97});
    REQUIRE(points.size() == 3);
    CHECK(points[0].reviewsPerDay < points[1].reviewsPerDay);
    CHECK(points[1].reviewsPerDay < points[2].reviewsPerDay);
    CHECK(points[0].knownShareMean < points[2].knownShareMean);
    CHECK(points[2].knownShareEnd > 0.9);
    CHECK(points[0].cardsIntroduced == 400);   // 20 a day for 20 days
    // Deterministic per seed, different with another.
    const std::vector<SimulationPoint> again = simulateRetentions(cards, settings, {0.85});
    CHECK(again[0].reviewsPerDay == points[1].reviewsPerDay);
    settings.seed = 7;
    CHECK(simulateRetentions(cards, settings, {0.85})[0].reviewsPerDay != points[1].reviewsPerDay);
    // The daily limits: 2 new a day for 120 days introduce 240; a review limit of 3 keeps a day's answers at
    // most 3 reviews (+3 relearning steps) + 2 new cards (+2 steps).
    settings.newPerDay = 2;
    settings.reviewsPerDay = 3;
    const SimulationPoint limited = simulateRetentions(cards, settings, {0.97})[0];
    CHECK(limited.cardsIntroduced == 240);
    CHECK(limited.reviewsPerDay <= 10.0);
}

TEST_CASE("fsrs simulator: a card never due decays along the forgetting curve") {
    SimulatedCard card;
    card.isNew = false;
    card.stability = 30.0;
    card.difficulty = 5.0;
    card.daysSinceReview = 10;
    card.dueInDays = 1000;
    SimulationSettings settings;
    settings.days = 30;
    const SimulationPoint point = simulateRetentions({card}, settings, {0.9})[0];
    CHECK(point.reviewsPerDay == 0.0);
    CHECK(point.cardsIntroduced == 0);
    // Day 29 ends 39 days after the review.
    CHECK(point.knownShareEnd == Approx(forgettingCurve(FsrsWeights{}, 39, 30.0)));
    CHECK(point.knownShareMean > point.knownShareEnd);
}

TEST_CASE("fsrs simulator: cards and habits from a log") {
    std::vector<ReplayReview> log = {
        {"a", 1704099600000, Rating::Good, 1},
        {"a", 1704099600000 + 600000, Rating::Good, 2},   // graduates, 2 days
        {"a", 1704099600000 + 2 * kMsPerDay, Rating::Easy, 3},
        {"b", 1704099600000 + 2 * kMsPerDay, Rating::Again, 4},
    };
    const SimulationInput input = simulationInputFromLog(log, FsrsWeights{});
    REQUIRE(input.cards.size() == 2);
    CHECK_FALSE(input.cards[0].isNew);
    CHECK(input.cards[0].daysSinceReview == 1);      // day 0 is the day after the last review
    CHECK(input.cards[0].dueInDays > 5);
    CHECK(input.cards[1].dueInDays == 0);            // still in its steps
    CHECK(input.firstRatingShares == std::array<double, 4>{1, 0, 1, 0});
    CHECK(input.recallRatingShares == std::array<double, 3>{0, 0, 1});
}
