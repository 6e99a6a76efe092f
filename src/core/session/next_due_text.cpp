// The next-due text (see next_due_text.hpp).
#include "core/session/next_due_text.hpp"

#include <cstdio>
#include <ctime>

namespace retain {

namespace {

constexpr std::int64_t kLocalDaySeconds = 24 * 60 * 60;

// Returns the floor division a / b for b > 0 (days before 1970 stay on the right day).
std::int64_t floorQuotient(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && (a < 0)); }

}  // namespace

std::string nextDueText(UnixMs dueMs, UnixMs nowMs, std::int64_t utcOffsetSeconds) {
    if (dueMs <= nowMs) return "now";
    const std::int64_t waitMinutes = (dueMs - nowMs + kMsPerMinute - 1) / kMsPerMinute;
    char text[64];
    if (waitMinutes < 6 * 60) {
        if (waitMinutes < 60) std::snprintf(text, sizeof text, "in %lld min", static_cast<long long>(waitMinutes));
        else if (waitMinutes % 60 == 0) std::snprintf(text, sizeof text, "in %lld h", static_cast<long long>(waitMinutes / 60));
        else std::snprintf(text, sizeof text, "in %lld h %lld min", static_cast<long long>(waitMinutes / 60), static_cast<long long>(waitMinutes % 60));
        return text;
    }
    // Local wall-clock seconds: the calendar day and the hour the learner sees.
    const std::int64_t dueLocal = floorQuotient(dueMs, kMsPerSecond) + utcOffsetSeconds;
    const std::int64_t nowLocal = floorQuotient(nowMs, kMsPerSecond) + utcOffsetSeconds;
    const std::int64_t dayGap = floorQuotient(dueLocal, kLocalDaySeconds) - floorQuotient(nowLocal, kLocalDaySeconds);
    const std::time_t asUtc = static_cast<std::time_t>(dueLocal);
    std::tm parts{};
    gmtime_r(&asUtc, &parts);
    char clock[16];
    std::strftime(clock, sizeof clock, "%H:%M", &parts);
    if (dayGap == 0) return std::string("today ") + clock;
    if (dayGap == 1) return std::string("tomorrow ") + clock;
    // English names whatever the C locale says, like the rest of the window.
    static constexpr const char* kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::snprintf(text, sizeof text, "on %s %d %s %s", kWeekdays[parts.tm_wday], parts.tm_mday, kMonths[parts.tm_mon], clock);
    return text;
}

std::int64_t localUtcOffsetSeconds(UnixMs atMs) {
    const std::time_t seconds = static_cast<std::time_t>(atMs / kMsPerSecond);
    std::tm local{};
    if (localtime_r(&seconds, &local) == nullptr) return 0;
    return static_cast<std::int64_t>(local.tm_gmtoff);
}

}  // namespace retain
