// The SQL text of the repositories (profiles and their settings, card state, review log, study sessions), kept apart from
// the C++ that binds and reads it. CardMemory columns always come in the order of memory_columns.hpp.
// Internal to src/core/storage.
#pragma once

namespace retain::storage_sql {

// [SECTION] profiles

// A profile with its study settings (same columns in both); the profile_settings ones are NULL without a row.
inline constexpr const char* kSelectProfileByName =
    "SELECT p.id, p.name, p.scheduler, p.created_ms, s.profile_id, s.desired_retention, s.new_per_day, "
    "s.reviews_per_day, s.hard_after_seconds, s.easy_within_seconds, s.show_timer, s.flashcard_mode, "
    "s.fsrs_weights, s.new_order FROM profiles p LEFT JOIN profile_settings s ON s.profile_id = p.id WHERE p.name = ?1";
inline constexpr const char* kSelectProfiles =
    "SELECT p.id, p.name, p.scheduler, p.created_ms, s.profile_id, s.desired_retention, s.new_per_day, "
    "s.reviews_per_day, s.hard_after_seconds, s.easy_within_seconds, s.show_timer, s.flashcard_mode, "
    "s.fsrs_weights, s.new_order FROM profiles p LEFT JOIN profile_settings s ON s.profile_id = p.id ORDER BY p.name";
inline constexpr const char* kInsertProfile =
    "INSERT INTO profiles (name, scheduler, settings, created_ms) VALUES (?1, ?2, '{}', ?3)";
inline constexpr const char* kUpdateProfileScheduler = "UPDATE profiles SET scheduler = ?2 WHERE id = ?1";
inline constexpr const char* kUpsertProfileSettings =
    "INSERT INTO profile_settings (profile_id, desired_retention, new_per_day, reviews_per_day, hard_after_seconds, "
    "easy_within_seconds, show_timer, flashcard_mode, fsrs_weights, new_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
    "ON CONFLICT (profile_id) DO UPDATE SET desired_retention = excluded.desired_retention, "
    "new_per_day = excluded.new_per_day, reviews_per_day = excluded.reviews_per_day, "
    "hard_after_seconds = excluded.hard_after_seconds, easy_within_seconds = excluded.easy_within_seconds, "
    "show_timer = excluded.show_timer, flashcard_mode = excluded.flashcard_mode, fsrs_weights = excluded.fsrs_weights, "
    "new_order = excluded.new_order";

// [SECTION] card_state

inline constexpr const char* kSelectCardsOfProfile =
    "SELECT bank_id, question_id, phase, stability, difficulty, ease, interval_days, box, step, reps, lapses, "
    "due_ms, last_review_ms, suspended, buried_until_ms FROM card_state WHERE profile_id = ?1";
inline constexpr const char* kSelectCard =
    "SELECT bank_id, question_id, phase, stability, difficulty, ease, interval_days, box, step, reps, lapses, "
    "due_ms, last_review_ms, suspended, buried_until_ms FROM card_state "
    "WHERE profile_id = ?1 AND bank_id = ?2 AND question_id = ?3";
inline constexpr const char* kUpsertCard =
    "INSERT INTO card_state (profile_id, bank_id, question_id, phase, stability, difficulty, ease, interval_days, "
    "box, step, reps, lapses, due_ms, last_review_ms, suspended, buried_until_ms) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
    "ON CONFLICT (profile_id, bank_id, question_id) DO UPDATE SET phase = excluded.phase, "
    "stability = excluded.stability, difficulty = excluded.difficulty, ease = excluded.ease, "
    "interval_days = excluded.interval_days, box = excluded.box, step = excluded.step, reps = excluded.reps, "
    "lapses = excluded.lapses, due_ms = excluded.due_ms, last_review_ms = excluded.last_review_ms, "
    "suspended = excluded.suspended, buried_until_ms = excluded.buried_until_ms";
inline constexpr const char* kDeleteCard =
    "DELETE FROM card_state WHERE profile_id = ?1 AND bank_id = ?2 AND question_id = ?3";
inline constexpr const char* kCountCardsByPhase =
    "SELECT phase, count(*) FROM card_state WHERE profile_id = ?1 GROUP BY phase";

// [SECTION] review_log

inline constexpr const char* kInsertReview =
    "INSERT INTO review_log (profile_id, bank_id, question_id, session_id, reviewed_ms, rating, score, response, "
    "duration_ms, before_phase, before_stability, before_difficulty, before_ease, before_interval_days, before_box, "
    "before_step, before_reps, before_lapses, before_due_ms, before_last_review_ms, after_phase, after_stability, "
    "after_difficulty, after_ease, after_interval_days, after_box, after_step, after_reps, after_lapses, "
    "after_due_ms, after_last_review_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
    "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)";
inline constexpr const char* kSelectReview =
    "SELECT id, profile_id, bank_id, question_id, session_id, reviewed_ms, rating, score, response, duration_ms, "
    "before_phase, before_stability, before_difficulty, before_ease, before_interval_days, before_box, before_step, "
    "before_reps, before_lapses, before_due_ms, before_last_review_ms, after_phase, after_stability, "
    "after_difficulty, after_ease, after_interval_days, after_box, after_step, after_reps, after_lapses, "
    "after_due_ms, after_last_review_ms FROM review_log WHERE id = ?1";
inline constexpr const char* kDeleteReview = "DELETE FROM review_log WHERE id = ?1";
inline constexpr const char* kCountReviews = "SELECT count(*) FROM review_log WHERE profile_id = ?1";
inline constexpr const char* kCountAllReviews = "SELECT count(*) FROM review_log";
// Cards whose first review (the one taken while new) happened at or after ?2.
inline constexpr const char* kSelectAnsweredSince =
    "SELECT bank_id, question_id FROM review_log "
    "WHERE profile_id = ?1 AND reviewed_ms >= ?2 AND before_phase = ?3";

// [SECTION] study_sessions

inline constexpr const char* kInsertSession =
    "INSERT INTO study_sessions (profile_id, started_ms, ended_ms, kind) VALUES (?1, ?2, NULL, ?3)";
inline constexpr const char* kEndSession = "UPDATE study_sessions SET ended_ms = ?2 WHERE id = ?1";

}  // namespace retain::storage_sql
