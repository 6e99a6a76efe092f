// The SQL text of the classroom repositories (exam_attempts, exam_results: migration 3; live_games,
// live_answers: migration 5), kept apart from the C++
// that binds and reads it. Internal to src/core/classroom.
#pragma once

namespace retain::classroom_sql {

inline constexpr const char* kInsertAttempt =
    "INSERT INTO exam_attempts (title, seed, student, time_limit_seconds, started_ms, submitted_ms) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
inline constexpr const char* kInsertResult =
    "INSERT INTO exam_results (attempt_id, position, student, bank_id, question_id, answer, score, time_seconds, "
    "exam_title, exam_seed, submitted_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
// Every result row, oldest attempt first, each attempt's rows in canonical question order; ?1 = bank id
// or NULL for every bank.
inline constexpr const char* kSelectResults =
    "SELECT student, bank_id, question_id, answer, score, time_seconds FROM exam_results "
    "WHERE ?1 IS NULL OR bank_id = ?1 ORDER BY attempt_id, position";
inline constexpr const char* kCountAttempts = "SELECT count(*) FROM exam_attempts";

inline constexpr const char* kInsertLiveGame =
    "INSERT INTO live_games (pin, question_seconds, questions, players, ended_ms) VALUES (?1, ?2, ?3, ?4, ?5)";
inline constexpr const char* kInsertLiveAnswer =
    "INSERT INTO live_answers (game_id, position, player, team, bank_id, question_id, answer, score, points, "
    "time_seconds, received_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
// Every live answer, oldest game first, each game's answers in receipt order; ?1 = bank id or NULL.
inline constexpr const char* kSelectLiveResults =
    "SELECT player, bank_id, question_id, answer, score, time_seconds FROM live_answers "
    "WHERE ?1 IS NULL OR bank_id = ?1 ORDER BY game_id, received_ms, position, player";
inline constexpr const char* kCountLiveGames = "SELECT count(*) FROM live_games";
inline constexpr const char* kCountLiveAnswers = "SELECT count(*) FROM live_answers";

}  // namespace retain::classroom_sql
