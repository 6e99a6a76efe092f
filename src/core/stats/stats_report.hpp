// Every figure of the Stats screen and of `retain stats`, computed in one call from plain inputs.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "core/stats/card_figures.hpp"
#include "core/stats/review_figures.hpp"

namespace retain {

// The ranges the reviews-per-day and retention charts offer, days.
inline constexpr std::array<int, 3> kStatsRangesDays{30, 90, 365};
// Days forecast ahead.
constexpr int kForecastDays = 30;
// Hardest questions listed.
constexpr int kHardestListed = 10;

// Returns the width of a retention bucket for a range: 1 day for 30 days, 3 days for 90, 7 for 365.
int retentionBucketDays(int rangeDays);
// Parses "30", "90" or "365" (an optional trailing "d"); nullopt for anything else.
std::optional<int> parseStatsRange(std::string_view text);

struct StatsSettings {
    int rangeDays = 30;              // 30, 90 or 365
    StatsOptions options;            // day rollover
    double desiredRetention = SchedulerConfig{}.desiredRetention;  // the profile's target recall, for mastery
    int newQuestions = 0;            // the banks' new questions, from countNewQuestions (the Home screen's count)
};

struct StatsReport {
    UnixMs nowMs = 0;               // when the figures were computed, Unix ms
    int rangeDays = 30;             // the range of reviewsPerDay and retention
    std::int64_t reviewsTotal = 0;  // every review in the log
    std::array<int, 4> cardsByPhase{};  // per CardPhase: [0] settings.newQuestions (as Home counts), [1..3] stored cards
    int suspended = 0;              // stored cards that are suspended
    DaySeries reviewsPerDay;
    RetentionSeries retention;
    DueForecast forecast;
    StudyCalendar calendar;
    std::vector<TagMastery> mastery;
    std::vector<HistogramBin> stability;
    std::vector<HardQuestion> hardest;
};

// Computes every figure at nowMs (Unix ms): the log, the stored cards (suspended ones are left out of the
// forecast and histogram), the banks' questions with their states (mastery), and the scheduler for
// retrievability.
StatsReport computeStats(const StatsLog& log, const std::map<CardKey, StoredCard>& cards,
                         const std::vector<TaggedCard>& questions, const Scheduler& scheduler, UnixMs nowMs,
                         const StatsSettings& settings);

}  // namespace retain
