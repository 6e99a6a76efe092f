// The "help me decide" simulator (fsrs_simulator.hpp).
//
// [SECTION] one retention
// [SECTION] retentions
// [SECTION] input from a log
// [SECTION] output
#include "core/scheduler/fsrs_simulator.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "core/scheduler/fsrs_formulas.hpp"
#include "core/scheduler/fsrs_scheduler.hpp"
#include "core/seeded_random.hpp"

namespace retain::fsrs {

namespace {

// [SECTION] one retention -------------------------------------------------------------------------

// A card during the simulation; days are simulation days (day 0 = today).
struct CardState {
    bool started = false;
    double stability = 0.0;
    double difficulty = 0.0;
    int lastDay = 0;   // day of the last review (negative: before today)
    int dueDay = 0;
};

double uniform(SplitMix64& random) { return static_cast<double>(random.next() >> 11) * 0x1.0p-53; }

// Returns the index whose cumulative share first exceeds u (shares need not sum to 1).
template <std::size_t N>
int pick(const std::array<double, N>& shares, double u) {
    double total = 0.0;
    for (double s : shares) total += s;
    double cumulative = 0.0;
    for (std::size_t i = 0; i < N; ++i) {
        cumulative += shares[i] / total;
        if (u < cumulative) return static_cast<int>(i);
    }
    return static_cast<int>(N) - 1;
}

// Applies a same-day Good (the learning or relearning step) and schedules the card from day.
void finishDay(CardState& card, const SimulationSettings& settings, double retention, int day, bool sameDayGood) {
    const FsrsWeights& w = settings.weights;
    if (sameDayGood) {
        card.stability = shortTermStability(w, card.stability, Rating::Good);
        card.difficulty = nextDifficulty(w, card.difficulty, Rating::Good);
    }
    card.lastDay = day;
    card.dueDay = day + nextInterval(w, card.stability, retention, settings.maximumIntervalDays);
}

SimulationPoint simulateOne(const std::vector<SimulatedCard>& cards, const SimulationSettings& settings, double retention) {
    const FsrsWeights& w = settings.weights;
    std::vector<CardState> state(cards.size());
    std::vector<std::size_t> waiting;  // new cards, in order
    for (std::size_t i = 0; i < cards.size(); ++i) {
        if (cards[i].isNew) {
            waiting.push_back(i);
            continue;
        }
        state[i] = {true, std::max(cards[i].stability, kMinStability), std::clamp(cards[i].difficulty, 1.0, 10.0),
                    -cards[i].daysSinceReview, cards[i].dueInDays};
    }
    SplitMix64 random(settings.seed);
    SimulationPoint point;
    point.desiredRetention = retention;
    std::size_t nextNew = 0;
    long long answers = 0;
    double knownSum = 0.0;
    std::vector<std::size_t> due;
    for (int day = 0; day < settings.days; ++day) {
        // Review cards due today, most overdue first, up to the daily limit.
        due.clear();
        for (std::size_t i = 0; i < state.size(); ++i)
            if (state[i].started && state[i].dueDay <= day) due.push_back(i);
        std::stable_sort(due.begin(), due.end(), [&](std::size_t a, std::size_t b) { return state[a].dueDay < state[b].dueDay; });
        if (due.size() > static_cast<std::size_t>(std::max(settings.reviewsPerDay, 0))) due.resize(static_cast<std::size_t>(settings.reviewsPerDay));
        for (std::size_t i : due) {
            CardState& card = state[i];
            const double r = forgettingCurve(w, day - card.lastDay, card.stability);
            ++answers;
            if (uniform(random) < r) {
                const Rating rating = static_cast<Rating>(2 + pick(settings.recallRatingShares, uniform(random)));
                card.stability = stabilityAfterSuccess(w, card.difficulty, card.stability, r, rating);
                card.difficulty = nextDifficulty(w, card.difficulty, rating);
                finishDay(card, settings, retention, day, false);
            } else {
                card.stability = stabilityAfterFailure(w, card.difficulty, card.stability, r);
                card.difficulty = nextDifficulty(w, card.difficulty, Rating::Again);
                ++answers;  // the relearning step
                finishDay(card, settings, retention, day, true);
            }
        }
        // New cards.
        for (int k = 0; k < settings.newPerDay && nextNew < waiting.size(); ++k, ++nextNew) {
            CardState& card = state[waiting[nextNew]];
            const Rating first = static_cast<Rating>(1 + pick(settings.firstRatingShares, uniform(random)));
            card.started = true;
            card.stability = initialStability(w, first);
            card.difficulty = initialDifficulty(w, first);
            const bool step = first == Rating::Again || first == Rating::Hard;
            answers += step ? 2 : 1;
            finishDay(card, settings, retention, day, step);
            ++point.cardsIntroduced;
        }
        // Share known at the end of the day: R of every studied card (1 on its review day), 0 for new cards.
        double known = 0.0;
        for (const CardState& card : state)
            if (card.started) known += forgettingCurve(w, day - card.lastDay, card.stability);
        const double share = state.empty() ? 0.0 : known / static_cast<double>(state.size());
        knownSum += share;
        point.knownShareEnd = share;
    }
    if (settings.days > 0) {
        point.reviewsPerDay = static_cast<double>(answers) / settings.days;
        point.knownShareMean = knownSum / settings.days;
    }
    return point;
}

}  // namespace

// [SECTION] retentions ----------------------------------------------------------------------------

std::vector<double> retentionGrid(double step) {
    std::vector<double> grid;
    const double width = std::max(step, 0.005);
    for (int i = 0;; ++i) {
        const double r = std::round((0.70 + i * width) * 1000.0) / 1000.0;
        if (r > 0.97 + 1e-9) break;
        grid.push_back(r);
    }
    return grid;
}

std::vector<SimulationPoint> simulateRetentions(const std::vector<SimulatedCard>& cards, const SimulationSettings& settings,
                                                const std::vector<double>& retentions) {
    std::vector<SimulationPoint> points;
    for (double r : retentions) points.push_back(simulateOne(cards, settings, r));
    return points;
}

// [SECTION] input from a log ----------------------------------------------------------------------

SimulationInput simulationInputFromLog(const std::vector<ReplayReview>& reviews, const FsrsWeights& weights) {
    SimulationInput input;
    if (reviews.empty()) return input;
    SchedulerConfig config;
    config.fsrsWeights = weights;
    std::vector<ReplayStep> steps;
    std::string error;
    if (!replayReviews(reviews, config, steps, error)) return input;
    std::unordered_map<std::string, std::size_t> index;
    std::vector<ReplayStep> last;  // each card's last step, in order of first appearance
    std::array<double, 4> first{};
    std::array<double, 3> recalls{};
    UnixMs endMs = 0;
    for (const ReplayStep& step : steps) {
        const auto [it, inserted] = index.emplace(step.review.cardId, last.size());
        if (inserted) {
            last.push_back(step);
            first[static_cast<std::size_t>(step.review.rating) - 1] += 1.0;
        } else {
            // A recall on a later day: retrievability below 1 (the replay's R is 1 on the review day).
            if (step.review.rating != Rating::Again && step.retrievability < 1.0)
                recalls[static_cast<std::size_t>(step.review.rating) - 2] += 1.0;
            last[it->second] = step;
        }
        endMs = std::max(endMs, step.review.timeMs);
    }
    const std::int64_t today = dayNumber(endMs, 0) + 1;
    for (const ReplayStep& step : last) {
        SimulatedCard card;
        card.isNew = false;
        card.stability = step.stability;
        card.difficulty = step.difficulty;
        card.daysSinceReview = static_cast<int>(today - dayNumber(step.review.timeMs, 0));
        const UnixMs dueMs = step.review.timeMs + static_cast<UnixMs>(std::llround(step.intervalDays * kMsPerDay));
        card.dueInDays = step.phase == CardPhase::Review ? static_cast<int>(dayNumber(dueMs, 0) - today) : 0;
        input.cards.push_back(card);
    }
    if (first[0] + first[1] + first[2] + first[3] > 0) input.firstRatingShares = first;
    if (recalls[0] + recalls[1] + recalls[2] > 0) input.recallRatingShares = recalls;
    return input;
}

// [SECTION] output --------------------------------------------------------------------------------

std::string simulationText(const std::vector<SimulationPoint>& points) {
    std::string out = "retention  reviews/day  known (mean)  known (end)\n";
    char line[128];
    for (const SimulationPoint& p : points) {
        std::snprintf(line, sizeof line, "%9.2f  %11.1f  %11.1f%%  %10.1f%%\n", p.desiredRetention, p.reviewsPerDay,
                      100.0 * p.knownShareMean, 100.0 * p.knownShareEnd);
        out += line;
    }
    return out;
}

std::string simulationJson(const std::vector<SimulationPoint>& points, int days, std::size_t cards, std::size_t newCards) {
    std::string out = "{\"days\":" + std::to_string(days) + ",\"cards\":" + std::to_string(cards) +
                      ",\"new_cards\":" + std::to_string(newCards) + ",\"points\":[";
    char item[256];
    for (std::size_t i = 0; i < points.size(); ++i) {
        const SimulationPoint& p = points[i];
        std::snprintf(item, sizeof item,
                      "%s{\"desired_retention\":%.2f,\"reviews_per_day\":%.3f,\"known_share_mean\":%.4f,"
                      "\"known_share_end\":%.4f,\"cards_introduced\":%d}",
                      i ? "," : "", p.desiredRetention, p.reviewsPerDay, p.knownShareMean, p.knownShareEnd, p.cardsIntroduced);
        out += item;
    }
    return out + "]}\n";
}

}  // namespace retain::fsrs
