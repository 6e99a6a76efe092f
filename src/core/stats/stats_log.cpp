#include "core/stats/stats_log.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/scheduler/scheduler.hpp"

namespace retain {

bool countsForTrueRetention(const LoggedReview& review, const StatsOptions& options) {
    if (review.phaseBefore != CardPhase::Review || review.previousReviewMs <= 0) return false;
    return elapsedDays(review.previousReviewMs, review.reviewedMs, options.rolloverHour) >= 1;
}

std::int64_t statsDay(UnixMs timeMs, const StatsOptions& options) { return dayNumber(timeMs, options.rolloverHour); }

std::string dayDate(std::int64_t day) {
    const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day}}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

int dayWeekday(std::int64_t day) {
    const std::chrono::weekday weekday{std::chrono::sys_days{std::chrono::days{day}}};
    return static_cast<int>(weekday.iso_encoding()) - 1;
}

double shareOf(std::int64_t passed, std::int64_t total) {
    if (total <= 0) return std::numeric_limits<double>::quiet_NaN();
    return static_cast<double>(passed) / static_cast<double>(total);
}

}  // namespace retain
