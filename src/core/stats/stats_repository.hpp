// Reading what the statistics need from storage: the review log as a StatsLog, and the log as CSV rows.
// Read-only; works on a connection from Store::open or Store::openForReading.
#pragma once

#include <vector>

#include "core/stats/review_csv.hpp"
#include "core/stats/stats_log.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// Returns every review of profile, oldest first, with each distinct card once in cards.
StatsLog loadStatsLog(sql::Database& db, ProfileId profile);

// Returns every review of profile as CSV rows for writeReviewCsv, oldest first.
std::vector<ReviewCsvRow> loadReviewCsvRows(sql::Database& db, ProfileId profile);

}  // namespace retain
