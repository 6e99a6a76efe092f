// The SQL of Retain's schema migrations (SQL only; applying them is schema.cpp). Never edit a migration
// that has shipped: add a new one at the end of kMigrations.
#include "core/storage/schema.hpp"

namespace retain {

namespace {

// Migration 1: profiles, card state, the review log, study sessions.
// Times are Unix ms (UTC) everywhere; intervals and stability are days.
constexpr const char* kMigration1 = R"sql(
PRAGMA application_id = 1381256753;  -- kRetainApplicationId, "RTN1"

CREATE TABLE profiles (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    scheduler   TEXT NOT NULL DEFAULT 'fsrs',  -- 'fsrs' | 'sm2' | 'leitner'
    settings    TEXT NOT NULL DEFAULT '{}',    -- profile settings as a JSON object
    created_ms  INTEGER NOT NULL               -- Unix ms
);

-- The scheduling state of one question for one profile. A question without a row is new.
CREATE TABLE card_state (
    profile_id       INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    bank_id          TEXT NOT NULL,
    question_id      TEXT NOT NULL,
    phase            INTEGER NOT NULL CHECK (phase BETWEEN 0 AND 3),  -- 0 new, 1 learning, 2 review, 3 relearning
    stability        REAL NOT NULL,     -- FSRS stability, days
    difficulty       REAL NOT NULL,     -- FSRS difficulty, 1..10
    ease             REAL NOT NULL,     -- SM-2 ease factor
    interval_days    REAL NOT NULL,     -- last scheduled interval, days
    box              INTEGER NOT NULL,  -- Leitner box 1..5, 0 while new
    step             INTEGER NOT NULL,  -- index into the (re)learning steps
    reps             INTEGER NOT NULL,  -- reviews so far
    lapses           INTEGER NOT NULL,  -- times forgotten in review
    due_ms           INTEGER NOT NULL,  -- next due, Unix ms
    last_review_ms   INTEGER NOT NULL,  -- last review, Unix ms; 0 = never
    suspended        INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
    buried_until_ms  INTEGER NOT NULL DEFAULT 0,  -- hidden from queues until this Unix ms; 0 = not buried
    PRIMARY KEY (profile_id, bank_id, question_id)
) WITHOUT ROWID;
CREATE INDEX card_state_due ON card_state(profile_id, due_ms);

CREATE TABLE study_sessions (
    id          INTEGER PRIMARY KEY,
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    started_ms  INTEGER NOT NULL,  -- Unix ms
    ended_ms    INTEGER,           -- Unix ms; NULL while running or when the app was killed
    kind        TEXT NOT NULL      -- 'window' | 'terminal'
);

-- Every answer ever rated. Rows are only appended, and deleted by undo; never updated.
CREATE TABLE review_log (
    id                     INTEGER PRIMARY KEY,
    profile_id             INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    bank_id                TEXT NOT NULL,
    question_id            TEXT NOT NULL,
    session_id             INTEGER REFERENCES study_sessions(id) ON DELETE SET NULL,
    reviewed_ms            INTEGER NOT NULL,  -- when the answer was given, Unix ms
    rating                 INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),  -- 1 again .. 4 easy
    score                  REAL,              -- grader's score 0..1; NULL when not graded
    response               TEXT NOT NULL,     -- the learner's answer as typed or chosen
    duration_ms            INTEGER NOT NULL,  -- time spent answering, ms
    before_phase           INTEGER NOT NULL,  -- card state before the review (card_state columns)
    before_stability       REAL NOT NULL,
    before_difficulty      REAL NOT NULL,
    before_ease            REAL NOT NULL,
    before_interval_days   REAL NOT NULL,
    before_box             INTEGER NOT NULL,
    before_step            INTEGER NOT NULL,
    before_reps            INTEGER NOT NULL,
    before_lapses          INTEGER NOT NULL,
    before_due_ms          INTEGER NOT NULL,
    before_last_review_ms  INTEGER NOT NULL,
    after_phase            INTEGER NOT NULL,  -- card state after the review
    after_stability        REAL NOT NULL,
    after_difficulty       REAL NOT NULL,
    after_ease             REAL NOT NULL,
    after_interval_days    REAL NOT NULL,
    after_box              INTEGER NOT NULL,
    after_step             INTEGER NOT NULL,
    after_reps             INTEGER NOT NULL,
    after_lapses           INTEGER NOT NULL,
    after_due_ms           INTEGER NOT NULL,
    after_last_review_ms   INTEGER NOT NULL
);
CREATE INDEX review_log_card ON review_log(profile_id, bank_id, question_id, reviewed_ms);
CREATE INDEX review_log_time ON review_log(profile_id, reviewed_ms);
CREATE TRIGGER review_log_append_only BEFORE UPDATE ON review_log
BEGIN
    SELECT RAISE(ABORT, 'review_log is append-only');
END;
)sql";

// Migration 2: retention checks (src/core/stats/check_repository.hpp). One row per finished check and one
// per question asked. A check is a measurement, not study: its answers reach card_state and review_log
// only when the learner chose to count them as reviews (counted_as_reviews = 1).
constexpr const char* kMigration2 = R"sql(
CREATE TABLE retention_checks (
    id                   INTEGER PRIMARY KEY,
    profile_id           INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    started_ms           INTEGER NOT NULL,  -- Unix ms
    finished_ms          INTEGER NOT NULL,  -- Unix ms
    seed                 INTEGER NOT NULL,  -- the sampler's 64-bit seed (bit pattern)
    bank_ids             TEXT NOT NULL,     -- the banks sampled, comma-separated
    counted_as_reviews   INTEGER NOT NULL CHECK (counted_as_reviews IN (0, 1)),
    questions            INTEGER NOT NULL,  -- questions asked
    recalled             INTEGER NOT NULL,  -- of which recalled (score >= 0.5)
    mean_score           REAL NOT NULL,     -- mean grader score 0..1
    mean_predicted       REAL,              -- mean predicted recall 0..1 of the studied ones; NULL when none
    predicted_questions  INTEGER NOT NULL   -- questions that had a prediction (studied before the check)
);
CREATE INDEX retention_checks_time ON retention_checks(profile_id, started_ms);

CREATE TABLE retention_check_answers (
    check_id     INTEGER NOT NULL REFERENCES retention_checks(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,  -- 0-based order in which the question was asked
    bank_id      TEXT NOT NULL,
    question_id  TEXT NOT NULL,
    tags         TEXT NOT NULL,     -- the question's tags then, comma-separated
    predicted    REAL,              -- the scheduler's recall probability 0..1 at the start; NULL when new
    score        REAL NOT NULL,     -- grader's score 0..1
    recalled     INTEGER NOT NULL CHECK (recalled IN (0, 1)),
    response     TEXT NOT NULL,     -- the answer as typed or chosen
    expected     TEXT NOT NULL,     -- the canonical answer then
    PRIMARY KEY (check_id, position)
) WITHOUT ROWID;
)sql";

// Migration 3: classroom exams (src/core/classroom/exam_repository.hpp). One row per submitted attempt and
// one per question of it, so the class report can be rebuilt from the database at any time.
constexpr const char* kMigration3 = R"sql(
CREATE TABLE exam_attempts (
    id                  INTEGER PRIMARY KEY,
    title               TEXT NOT NULL,
    seed                INTEGER NOT NULL,  -- the exam seed (64-bit bit pattern)
    student             TEXT NOT NULL,     -- profile name as given
    time_limit_seconds  INTEGER NOT NULL,  -- seconds; 0 = none
    started_ms          INTEGER NOT NULL,  -- Unix ms
    submitted_ms        INTEGER NOT NULL   -- Unix ms
);
CREATE INDEX exam_attempts_student ON exam_attempts(student, submitted_ms);

CREATE TABLE exam_results (
    attempt_id    INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,  -- 0-based index in the exam's canonical question order
    student       TEXT NOT NULL,     -- as in exam_attempts, so reports need no join
    bank_id       TEXT NOT NULL,
    question_id   TEXT NOT NULL,
    answer        TEXT NOT NULL,     -- in the bank's terms; '' = no answer
    score         REAL NOT NULL,     -- grader's score 0..1
    time_seconds  REAL NOT NULL,     -- time the question was open, seconds
    exam_title    TEXT NOT NULL,
    exam_seed     INTEGER NOT NULL,  -- 64-bit bit pattern
    submitted_ms  INTEGER NOT NULL,  -- Unix ms
    PRIMARY KEY (attempt_id, position)
) WITHOUT ROWID;
CREATE INDEX exam_results_bank ON exam_results(bank_id, question_id);
)sql";

// Migration 4: each profile's study settings (src/core/settings/study_settings.hpp). The scheduler stays
// in profiles.scheduler; the rest is one row per profile here. No SQL defaults: the C++ defaults are the
// only ones, written into a row when a profile is created and, by this migration's step, for every
// existing profile (with the old settings.ini values for the profile it named).
constexpr const char* kMigration4 = R"sql(
CREATE TABLE profile_settings (
    profile_id           INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
    desired_retention    REAL NOT NULL,     -- FSRS target recall probability at the due time, 0.70..0.99
    new_per_day          INTEGER NOT NULL,  -- new questions introduced per day
    reviews_per_day      INTEGER NOT NULL,  -- review questions shown per day
    hard_after_seconds   REAL NOT NULL,     -- a right answer slower than this suggests Hard, seconds
    easy_within_seconds  REAL NOT NULL,     -- a right answer within this suggests Easy, seconds
    show_timer           INTEGER NOT NULL CHECK (show_timer IN (0, 1)),      -- the seconds counter on screen
    flashcard_mode       INTEGER NOT NULL CHECK (flashcard_mode IN (0, 1)),  -- self-rated "Show answer" study
    fsrs_weights         TEXT NOT NULL      -- FSRS-6 w0..w20, 21 comma-separated numbers; '' = the defaults
);
)sql";

// Migration 5: live classroom games (src/core/classroom/live_game.hpp), stored once at the podium: one
// row per game and one per accepted answer (a player answers a question at most once, hence the key).
constexpr const char* kMigration5 = R"sql(
CREATE TABLE live_games (
    id                INTEGER PRIMARY KEY,
    pin               TEXT NOT NULL,     -- the 6-digit PIN the students joined with
    question_seconds  INTEGER NOT NULL,  -- the timer per question, seconds
    questions         INTEGER NOT NULL,  -- questions in the game
    players           INTEGER NOT NULL,  -- players on the final board (kicked ones left out)
    ended_ms          INTEGER NOT NULL   -- Unix ms
);

CREATE TABLE live_answers (
    game_id       INTEGER NOT NULL REFERENCES live_games(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,  -- 0-based index of the question in the game
    player        TEXT NOT NULL,     -- the nickname, unique in the game
    team          TEXT NOT NULL,     -- '' without teams
    bank_id       TEXT NOT NULL,
    question_id   TEXT NOT NULL,
    answer        TEXT NOT NULL,     -- in the bank's terms
    score         REAL NOT NULL,     -- grader's score 0..1
    points        INTEGER NOT NULL,  -- speed points plus streak bonus
    time_seconds  REAL NOT NULL,     -- from the question opening to the server's receipt, pauses excluded, seconds
    received_ms   INTEGER NOT NULL,  -- when the server received it, Unix ms
    PRIMARY KEY (game_id, player, position)
) WITHOUT ROWID;
CREATE INDEX live_answers_bank ON live_answers(bank_id, question_id);
)sql";

// Migration 6: today's custom study of each profile (src/core/session/custom_study.hpp): Anki's "study
// more new questions today" and "review ahead", which last for the day they were given on only.
constexpr const char* kMigration6 = R"sql(
CREATE TABLE custom_study (
    profile_id         INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
    day                INTEGER NOT NULL,  -- the day it applies to: days since 1970-01-01 under the rollover hour
    extra_new          INTEGER NOT NULL CHECK (extra_new >= 0),          -- new questions added to that day's limit
    review_ahead_days  INTEGER NOT NULL CHECK (review_ahead_days >= 0)   -- cards due this many days after it come that day, days
);
)sql";

// Migration 7: class lists (src/core/classroom/class_list_repository.hpp) and the link from a live game's player to the student
// profile of the same name.
constexpr const char* kMigration7 = R"sql(
CREATE TABLE class_lists (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,  -- the class, e.g. '9B'
    updated_ms  INTEGER NOT NULL                      -- when the list was last imported, Unix ms
);

CREATE TABLE class_students (
    class_id  INTEGER NOT NULL REFERENCES class_lists(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,  -- 0-based order of the imported list
    name      TEXT NOT NULL,     -- as imported (checked like a nickname), unique in the class ignoring ASCII case
    PRIMARY KEY (class_id, position)
) WITHOUT ROWID;

CREATE TABLE live_player_profiles (
    game_id     INTEGER NOT NULL REFERENCES live_games(id) ON DELETE CASCADE,
    player      TEXT NOT NULL,  -- live_answers.player
    profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    PRIMARY KEY (game_id, player)
) WITHOUT ROWID;
)sql";

// Migration 8: the order new questions come in, per profile (StudySettings::newOrder). SQLite needs a
// default to add a NOT NULL column; it is the C++ default's name, and every write sets the column.
constexpr const char* kMigration8 = R"sql(
ALTER TABLE profile_settings ADD COLUMN new_order TEXT NOT NULL DEFAULT 'random'
    CHECK (new_order IN ('random', 'bank'));  -- new questions shuffled once a day, or in bank order
)sql";

constexpr Migration kMigrations[] = {
    {1, kMigration1},
    {2, kMigration2},
    {3, kMigration3},
    {4, kMigration4, migrateStudySettingsIntoProfiles},
    {5, kMigration5},
    {6, kMigration6},
    {7, kMigration7},
    {8, kMigration8},
};

}  // namespace

std::span<const Migration> retainMigrations() { return kMigrations; }

}  // namespace retain
