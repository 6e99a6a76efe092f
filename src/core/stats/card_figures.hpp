// Figures computed from the card states (and, for mastery, the banks' tags): the forecast of due reviews,
// the histogram of stability and mastery per tag. Pure functions of (cards, now, options);
// definitions in docs/statistics.md.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/bank/question.hpp"
#include "core/scheduler/scheduler.hpp"
#include "core/stats/stats_log.hpp"

namespace retain {

// Returns the memories of the stored cards that take part in study (suspended cards left out).
std::vector<CardMemory> activeMemories(const std::map<CardKey, StoredCard>& cards);
// Returns how many stored cards are in each phase, indexed by CardPhase (new, learning, review, relearning).
std::array<int, 4> countByPhase(const std::map<CardKey, StoredCard>& cards);

// Reviews falling due on each of the next days.
struct DueForecast {
    std::int64_t firstDay = 0;  // day number of due[0]: today
    std::vector<int> due;       // cards due on each day; due[0] includes the overdue ones
    int overdue = 0;            // cards whose due day is before today (already in due[0])
};

// Returns the forecast for `days` days (>= 1) from the day holding nowMs (Unix ms). New cards are not
// forecast (they come in at the learner's daily pace); cards due after the window are not counted.
DueForecast dueForecast(const std::vector<CardMemory>& cards, UnixMs nowMs, int days, const StatsOptions& options);

// One bar of a histogram: the values in [fromDays, toDays).
struct HistogramBin {
    double fromDays = 0.0;
    double toDays = 0.0;  // infinity for the last bin
    int count = 0;
};

// The bin edges of the stability histogram, days; the last bin is [365, infinity).
inline constexpr std::array<double, 11> kStabilityEdgesDays{0, 1, 3, 7, 14, 30, 60, 90, 180, 365,
                                                             std::numeric_limits<double>::infinity()};

// Returns how many studied (not new) cards have their FSRS stability in each bin of kStabilityEdgesDays.
std::vector<HistogramBin> stabilityHistogram(const std::vector<CardMemory>& cards);

// One question of a bank with its card state, for mastery.
struct TaggedCard {
    std::vector<std::string> tags;
    std::optional<CardMemory> memory;  // none: never studied (new)
};

// Returns each question of banks with its stored state (none when it has no row or is still new).
std::vector<TaggedCard> tagCards(const std::vector<const Bank*>& banks, const std::map<CardKey, StoredCard>& cards);

// How well the questions of one tag are known now.
struct TagMastery {
    std::string tag;
    int questions = 0;                // questions carrying the tag
    int studied = 0;                  // of which studied at least once
    double meanRetrievability = 0.0;  // mean recall probability now over ALL its questions (new ones count as 0)
    double shareAboveTarget = 0.0;    // share of its questions with retrievability >= desiredRetention
};

// Returns mastery per tag, tags in name order; a question counts in each of its tags. Retrievability comes
// from scheduler at nowMs (Unix ms); a new question counts as 0 (never learnt, so not mastered).
std::vector<TagMastery> masteryByTag(const std::vector<TaggedCard>& cards, const Scheduler& scheduler, UnixMs nowMs,
                                     double desiredRetention);

}  // namespace retain
