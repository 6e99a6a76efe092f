#include "core/stats/profile_stats.hpp"

#include "core/session/bank_progress.hpp"
#include "core/stats/stats_repository.hpp"

namespace retain {

StatsReport computeProfileStats(const StatsLog& log, const StudySetup& setup, const std::map<CardKey, StoredCard>& cards,
                                const std::vector<const Bank*>& banks, UnixMs nowMs, int rangeDays) {
    StatsSettings settings;
    settings.rangeDays = rangeDays;
    settings.options.rolloverHour = setup.schedulerConfig.dayRolloverHour;
    settings.desiredRetention = setup.schedulerConfig.desiredRetention;
    settings.newQuestions = countNewQuestions(banks, cards, nowMs, setup.schedulerConfig.dayRolloverHour);
    return computeStats(log, cards, tagCards(banks, cards), *setup.scheduler, nowMs, settings);
}

StatsReport computeProfileStats(StudyBackend& study, const std::vector<const Bank*>& banks, int rangeDays) {
    const StatsLog log = loadStatsLog(study.db(), study.profile().id);
    return computeProfileStats(log, study.setup(), study.cards(), banks, study.clock().nowMs(), rangeDays);
}

}  // namespace retain
