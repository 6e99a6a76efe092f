// "Help me decide": a seeded simulation of the next days of study under FSRS-6 for several desired
// retentions, giving the reviews per day and the share of facts known (docs/scheduling.md, "Simulator").
// Anki replaced its "optimal retention" with such a workload / knowledge comparison; this one starts from
// the learner's own cards and weights.
#pragma once

#include <array>
#include <string>
#include <cstdint>
#include <vector>

#include "core/scheduler/fsrs_replay.hpp"
#include "core/scheduler/fsrs_weights.hpp"
#include "core/types.hpp"

namespace retain::fsrs {

// One card at the start of the simulation.
struct SimulatedCard {
    bool isNew = true;           // never reviewed: introduced at most newPerDay a day
    double stability = 0.0;      // days (reviewed cards)
    double difficulty = 0.0;     // 1..10 (reviewed cards)
    int daysSinceReview = 0;     // whole days since the last review, at day 0
    int dueInDays = 0;           // days until due, at day 0 (<= 0: due now)
};

// What the simulation assumes about the learner.
struct SimulationSettings {
    FsrsWeights weights;
    int days = 365;                 // simulated days, day 0 = today
    int newPerDay = 20;             // new cards introduced per day at most
    int reviewsPerDay = 200;        // review-card answers per day at most; the most overdue come first
    int maximumIntervalDays = 36500;
    std::uint64_t seed = 2023;      // the same random draws for every retention
    // Shares of the first rating (Again, Hard, Good, Easy) and of the rating of a recall (Hard, Good, Easy).
    std::array<double, 4> firstRatingShares{0.3, 0.0, 0.7, 0.0};
    std::array<double, 3> recallRatingShares{0.0, 1.0, 0.0};
};

// The outcome for one desired retention.
struct SimulationPoint {
    double desiredRetention = 0.9;
    double reviewsPerDay = 0.0;     // mean answers per day over the simulated days (same-day steps included)
    double knownShareMean = 0.0;    // mean over the days of the share of all cards recalled at day end
    double knownShareEnd = 0.0;     // that share on the last day
    int cardsIntroduced = 0;        // new cards started during the simulation
};

// Returns the desired retentions from 0.70 to 0.97 in steps of step (0.70, 0.73, ... for 0.03).
std::vector<double> retentionGrid(double step = 0.03);

// Simulates settings.days days for each retention. Each review card due (and within the daily limit) is
// answered: recalled with probability R(t, S) (then rated by recallRatingShares), else Again followed by
// one same-day Good (relearning); new cards get a first rating by firstRatingShares, Again or Hard
// followed by a same-day Good; memory follows the FSRS-6 formulas; the next interval is nextInterval(S)
// for the retention (no fuzz). The known share counts every card, R of a studied card, 0 of a new one.
std::vector<SimulationPoint> simulateRetentions(const std::vector<SimulatedCard>& cards, const SimulationSettings& settings,
                                                const std::vector<double>& retentions);

// The learner's cards and habits read from a review log.
struct SimulationInput {
    std::vector<SimulatedCard> cards;       // every card of the log, as the replay leaves it
    std::array<double, 4> firstRatingShares{0.3, 0.0, 0.7, 0.0};
    std::array<double, 3> recallRatingShares{0.0, 1.0, 0.0};
};

// Replays the log with weights (default steps, retention 0.9, no fuzz) and returns each card's state on
// the day after the last review (day 0), a card still in its steps due at once, and the log's shares of
// first ratings and of Hard/Good/Easy among later-day recalls (the defaults above when the log has none).
SimulationInput simulationInputFromLog(const std::vector<ReplayReview>& reviews, const FsrsWeights& weights);

// Returns the text of points as a table (retention, reviews/day, known mean, known at the end).
std::string simulationText(const std::vector<SimulationPoint>& points);
// Returns {"days":..,"cards":..,"new_cards":..,"points":[{"desired_retention",..,"reviews_per_day",
// "known_share_mean","known_share_end","cards_introduced"}]}.
std::string simulationJson(const std::vector<SimulationPoint>& points, int days, std::size_t cards, std::size_t newCards);

}  // namespace retain::fsrs
