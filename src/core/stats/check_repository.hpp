// Storing retention checks (tables retention_checks and retention_check_answers, migration 2), the
// optional "count as reviews" path, and check results as CSV.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/scheduler/scheduler.hpp"
#include "core/stats/retention_check.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// Stores a finished check in one transaction and returns its id. When record.countedAsReviews is true,
// each answer is also rated with the grader's suggested rating at its answer time through scheduler, as a
// study session would rate it: the card's new state and a review_log row are written in the same
// transaction. Throws sql::StorageError (storing nothing) when a write fails.
std::int64_t saveCheck(sql::Database& db, const CheckRecord& record, const Scheduler& scheduler);

// Returns every stored check of profile with its answers, oldest first.
std::vector<CheckRecord> loadChecks(sql::Database& db, ProfileId profile);

// Returns the checks as CSV (RFC 4180, CRLF), one row per answer: check, started_at (ISO 8601 UTC), seed,
// counted_as_reviews, bank, question, tags (";"-separated), predicted (empty when none), score, recalled
// (0/1), answer, expected.
std::string writeCheckCsv(const std::vector<CheckRecord>& checks);

}  // namespace retain
