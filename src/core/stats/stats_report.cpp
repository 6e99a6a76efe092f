#include "core/stats/stats_report.hpp"

#include <algorithm>
#include <string>

namespace retain {

int retentionBucketDays(int rangeDays) {
    if (rangeDays <= 30) return 1;
    if (rangeDays <= 90) return 3;
    return 7;
}

std::optional<int> parseStatsRange(std::string_view text) {
    if (!text.empty() && (text.back() == 'd' || text.back() == 'D')) text.remove_suffix(1);
    for (int days : kStatsRangesDays) {
        if (text == std::to_string(days)) return days;
    }
    return std::nullopt;
}

StatsReport computeStats(const StatsLog& log, const std::map<CardKey, StoredCard>& cards,
                         const std::vector<TaggedCard>& questions, const Scheduler& scheduler, UnixMs nowMs,
                         const StatsSettings& settings) {
    StatsReport report;
    report.nowMs = nowMs;
    report.rangeDays = settings.rangeDays;
    report.reviewsTotal = static_cast<std::int64_t>(log.reviews.size());
    // Stored cards by phase, except New: most new questions have no row at all. The caller counts them
    // with countNewQuestions, the function the Home screen's "New" column comes from, so the two agree.
    report.cardsByPhase = countByPhase(cards);
    report.cardsByPhase[0] = settings.newQuestions;
    report.suspended = static_cast<int>(std::count_if(cards.begin(), cards.end(),
                                                      [](const auto& entry) { return entry.second.suspended; }));
    const std::vector<CardMemory> active = activeMemories(cards);
    report.reviewsPerDay = reviewsPerDay(log.reviews, nowMs, settings.rangeDays, settings.options);
    report.retention = retentionOverTime(log.reviews, nowMs, settings.rangeDays,
                                         retentionBucketDays(settings.rangeDays), settings.options);
    report.forecast = dueForecast(active, nowMs, kForecastDays, settings.options);
    report.calendar = studyCalendar(log.reviews, nowMs, settings.options);
    report.mastery = masteryByTag(questions, scheduler, nowMs, settings.desiredRetention);
    report.stability = stabilityHistogram(active);
    report.hardest = hardestQuestions(log, kHardestListed);
    return report;
}

}  // namespace retain
