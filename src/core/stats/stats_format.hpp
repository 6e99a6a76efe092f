// The statistics as text for `retain stats`: a human-readable summary and one JSON object. Both carry
// the same figures; shares are 0..1 in JSON and percent in the text; a share without data is null / "-".
#pragma once

#include <string>
#include <vector>

#include "core/stats/check_repository.hpp"
#include "core/stats/stats_report.hpp"

namespace retain {

// Returns text as a JSON string literal (quotes, backslashes and control characters escaped).
std::string jsonQuoted(const std::string& text);

// Returns the report (and the stored checks' summaries) as one JSON object, newline-terminated. Keys:
// profile, now, range_days, reviews_total, cards{new,learning,review,relearning}, suspended,
// reviews_per_day[{date,reviews}], retention{accuracy,true_retention,...,buckets[...]},
// forecast{overdue,days[{date,due}]}, calendar{study_days,current_streak,longest_streak,days[{date,reviews}]
// (study days only)}, mastery[...], stability_histogram[...], hardest[...], checks[...] (docs/statistics.md).
std::string statsJson(const StatsReport& report, const std::string& profile, const std::vector<CheckRecord>& checks);

// Returns the report as plain text for a terminal: counts, the rates, the busiest numbers, mastery and
// the hardest questions, one figure per paragraph.
std::string statsText(const StatsReport& report, const std::string& profile, const std::vector<CheckRecord>& checks);

// Returns share (0..1) as "87.5%", or "-" when it is NaN.
std::string percentText(double share);

}  // namespace retain
