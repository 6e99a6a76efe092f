#include "core/scheduler/scheduler.hpp"

#include <cmath>

#include "core/scheduler/fsrs_scheduler.hpp"
#include "core/scheduler/leitner_scheduler.hpp"
#include "core/scheduler/scheduler_outcome.hpp"
#include "core/scheduler/sm2_scheduler.hpp"

namespace retain {

const char* schedulerKindName(SchedulerKind kind) {
    switch (kind) {
        case SchedulerKind::Fsrs: return "fsrs";
        case SchedulerKind::Sm2: return "sm2";
        case SchedulerKind::Leitner: return "leitner";
    }
    return "fsrs";
}

std::optional<SchedulerKind> parseSchedulerKind(std::string_view name) {
    if (name == "fsrs") return SchedulerKind::Fsrs;
    if (name == "sm2") return SchedulerKind::Sm2;
    if (name == "leitner") return SchedulerKind::Leitner;
    return std::nullopt;
}

const SchedulingOutcome& NextStates::of(Rating rating) const {
    switch (rating) {
        case Rating::Again: return again;
        case Rating::Hard: return hard;
        case Rating::Good: return good;
        case Rating::Easy: return easy;
    }
    return good;
}

std::unique_ptr<Scheduler> makeScheduler(SchedulerKind kind, const SchedulerConfig& config) {
    switch (kind) {
        case SchedulerKind::Fsrs: return std::make_unique<FsrsScheduler>(config);
        case SchedulerKind::Sm2: return std::make_unique<Sm2Scheduler>(config);
        case SchedulerKind::Leitner: return std::make_unique<LeitnerScheduler>(config);
    }
    return std::make_unique<FsrsScheduler>(config);
}

std::int64_t dayNumber(UnixMs timeMs, int rolloverHour) {
    const UnixMs shifted = timeMs - static_cast<UnixMs>(rolloverHour) * 60 * kMsPerMinute;
    // Floor division, so times before 1970 (or before the rollover hour on day 0) fall on the day before.
    std::int64_t day = shifted / kMsPerDay;
    if (shifted % kMsPerDay < 0) --day;
    return day;
}

int elapsedDays(UnixMs earlierMs, UnixMs laterMs, int rolloverHour) {
    const std::int64_t days = dayNumber(laterMs, rolloverHour) - dayNumber(earlierMs, rolloverHour);
    return days > 0 ? static_cast<int>(days) : 0;
}

SchedulingOutcome makeOutcome(CardMemory next, UnixMs nowMs, double intervalDays) {
    next.intervalDays = intervalDays;
    next.lastReviewMs = nowMs;
    next.dueMs = nowMs + static_cast<UnixMs>(std::llround(intervalDays * static_cast<double>(kMsPerDay)));
    return SchedulingOutcome{next, next.dueMs, intervalDays};
}

CardPhase lapsePhase(CardPhase before) {
    return before == CardPhase::Review || before == CardPhase::Relearning ? CardPhase::Relearning
                                                                          : CardPhase::Learning;
}

}  // namespace retain
