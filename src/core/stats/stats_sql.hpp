// The SQL text the statistics and retention checks run, kept apart from the C++ that binds and reads it.
// Internal to src/core/stats.
#pragma once

namespace retain::stats_sql {

// [SECTION] review_log (read only)

// The columns of a LoggedReview, oldest first.
inline constexpr const char* kSelectStatsLog =
    "SELECT bank_id, question_id, reviewed_ms, rating, score, before_phase, before_last_review_ms "
    "FROM review_log WHERE profile_id = ?1 ORDER BY reviewed_ms, id";
// The columns of a ReviewCsvRow, oldest first.
inline constexpr const char* kSelectReviewCsvRows =
    "SELECT reviewed_ms, bank_id, question_id, rating, score, response, duration_ms, after_interval_days "
    "FROM review_log WHERE profile_id = ?1 ORDER BY reviewed_ms, id";

// [SECTION] retention_checks and retention_check_answers (migration 2)

inline constexpr const char* kInsertCheck =
    "INSERT INTO retention_checks (profile_id, started_ms, finished_ms, seed, bank_ids, counted_as_reviews, "
    "questions, recalled, mean_score, mean_predicted, predicted_questions) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
inline constexpr const char* kInsertCheckAnswer =
    "INSERT INTO retention_check_answers (check_id, position, bank_id, question_id, tags, predicted, score, "
    "recalled, response, expected) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
inline constexpr const char* kSelectChecks =
    "SELECT id, started_ms, finished_ms, seed, bank_ids, counted_as_reviews, questions, recalled, mean_score, "
    "mean_predicted, predicted_questions FROM retention_checks WHERE profile_id = ?1 ORDER BY started_ms, id";
inline constexpr const char* kSelectCheckAnswers =
    "SELECT position, bank_id, question_id, tags, predicted, score, recalled, response, expected "
    "FROM retention_check_answers WHERE check_id = ?1 ORDER BY position";

}  // namespace retain::stats_sql
