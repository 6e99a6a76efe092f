// Interval labels (see interval_format.hpp).
#include "core/session/interval_format.hpp"

#include <cmath>
#include <cstdio>

namespace retain {

namespace {

constexpr double kMinutesPerDay = 24.0 * 60.0;
constexpr double kDaysPerMonth = 365.25 / 12.0;  // mean Gregorian month, days
constexpr double kDaysPerYear = 365.25;

// Returns value rounded to one decimal, written without a trailing ".0", followed by unit.
std::string oneDecimal(double value, const char* unit) {
    const double rounded = std::round(value * 10.0) / 10.0;
    char buffer[32];
    if (std::fabs(rounded - std::round(rounded)) < 1e-9) std::snprintf(buffer, sizeof buffer, "%.0f%s", rounded, unit);
    else std::snprintf(buffer, sizeof buffer, "%.1f%s", rounded, unit);
    return buffer;
}

}  // namespace

std::string formatInterval(double intervalDays) {
    if (!std::isfinite(intervalDays) || intervalDays < 0) intervalDays = 0;
    // Each unit is used while its rounded value stays below the next unit, so 59.7 minutes reads "1h".
    const double minutes = std::round(intervalDays * kMinutesPerDay);
    if (minutes < 60) return std::to_string(static_cast<int>(std::max(1.0, minutes))) + "m";
    const double hours = intervalDays * 24.0;
    if (std::round(hours * 10.0) / 10.0 < 24) return oneDecimal(hours, "h");
    const double days = std::round(intervalDays);
    if (days < 30) return std::to_string(static_cast<int>(std::max(1.0, days))) + "d";
    const double months = intervalDays / kDaysPerMonth;
    if (std::round(months * 10.0) / 10.0 < 12) return oneDecimal(months, "mo");
    return oneDecimal(intervalDays / kDaysPerYear, "y");
}

}  // namespace retain
