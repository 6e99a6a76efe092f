// The SQL text of the classroom repositories (exam_attempts, exam_results: migration 3; live_games,
// live_answers: migration 5; class_lists, class_students, live_player_profiles: migration 7), kept apart from the C++
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

// Every result row with the attempt it belongs to, as a key that is the same on every machine holding a
// copy of it (ids are per database): exams by title, seed, student, start and submission time; live games
// by PIN, end time and nickname. Order and ?1 as in kSelectResults / kSelectLiveResults.
inline constexpr const char* kSelectResultsWithAttempt =
    "SELECT r.student, r.bank_id, r.question_id, r.answer, r.score, r.time_seconds, "
    "'exam|' || a.title || '|' || a.seed || '|' || a.student || '|' || a.started_ms || '|' || a.submitted_ms "
    "FROM exam_results r JOIN exam_attempts a ON a.id = r.attempt_id "
    "WHERE ?1 IS NULL OR r.bank_id = ?1 ORDER BY r.attempt_id, r.position";
inline constexpr const char* kSelectLiveResultsWithAttempt =
    "SELECT l.player, l.bank_id, l.question_id, l.answer, l.score, l.time_seconds, "
    "'live|' || g.pin || '|' || g.ended_ms || '|' || l.player "
    "FROM live_answers l JOIN live_games g ON g.id = l.game_id "
    "WHERE ?1 IS NULL OR l.bank_id = ?1 ORDER BY l.game_id, l.received_ms, l.position, l.player";

// A live game's players linked to the profile of the same name (ASCII case ignored); ?1 = game id.
inline constexpr const char* kLinkLivePlayers =
    "INSERT OR IGNORE INTO live_player_profiles (game_id, player, profile_id) "
    "SELECT DISTINCT l.game_id, l.player, p.id FROM live_answers l JOIN profiles p ON p.name = l.player COLLATE NOCASE "
    "WHERE l.game_id = ?1";
inline constexpr const char* kSelectLinkedProfile =
    "SELECT profile_id FROM live_player_profiles WHERE game_id = ?1 AND player = ?2";

// Class lists. A re-import replaces the class's names (kDeleteClassStudents, then one insert per name).
inline constexpr const char* kUpsertClassList =
    "INSERT INTO class_lists (name, updated_ms) VALUES (?1, ?2) "
    "ON CONFLICT (name) DO UPDATE SET updated_ms = excluded.updated_ms";
inline constexpr const char* kSelectClassListId = "SELECT id FROM class_lists WHERE name = ?1";
inline constexpr const char* kDeleteClassStudents = "DELETE FROM class_students WHERE class_id = ?1";
inline constexpr const char* kInsertClassStudent = "INSERT INTO class_students (class_id, position, name) VALUES (?1, ?2, ?3)";
inline constexpr const char* kSelectClassStudents =
    "SELECT s.name FROM class_students s JOIN class_lists c ON c.id = s.class_id WHERE c.name = ?1 ORDER BY s.position";
inline constexpr const char* kSelectClassLists =
    "SELECT c.name, c.updated_ms, (SELECT count(*) FROM class_students s WHERE s.class_id = c.id) "
    "FROM class_lists c ORDER BY c.name COLLATE NOCASE";

}  // namespace retain::classroom_sql
