// Finished live classroom games (live_games, live_answers; migration 5): saved once at the podium, read
// back as class report rows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/classroom/class_result.hpp"
#include "core/classroom/live_game.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

using LiveGameId = std::int64_t;

// One live_games row as stored.
struct LiveGameHeader {
    std::string pin;
    int questionSeconds = 0;  // the timer per question, seconds (a self-paced paper: its time limit, 0 = none)
    int questions = 0;
    int players = 0;          // players on the final board / papers handed in
    UnixMs endedMs = 0;       // Unix ms
};

// One live_answers row as stored.
struct LiveAnswerRow {
    int position = 0;         // 0-based index of the question in the game
    std::string player;
    std::string team;         // "" without teams
    CardKey key;
    std::string answer;       // in the bank's terms; "" = left blank (papers only)
    double score = 0.0;       // 0..1
    int points = 0;           // speed points plus streak bonus (0 on a paper)
    double timeSeconds = 0.0; // seconds
    UnixMs receivedMs = 0;    // Unix ms (a paper: when it was handed in)
};

// Stores header and rows in one transaction and links each player named like a profile (ASCII case
// ignored) to it: what saveLiveGame and saveSelfPacedGame share. Returns the game's id. Throws
// sql::StorageError, leaving nothing stored.
LiveGameId saveLiveRows(sql::Database& db, const LiveGameHeader& header, const std::vector<LiveAnswerRow>& rows);

// Stores game (one row) and every accepted answer of its players not kicked (one row each) in one
// transaction; endedMs is Unix ms. Each stored player whose nickname equals a profile's name (ASCII case
// ignored) is linked to that profile (live_player_profiles, migration 7). Returns the game's id. Throws sql::StorageError, leaving nothing stored.
LiveGameId saveLiveGame(sql::Database& db, const LiveGame& game, UnixMs endedMs);

// Returns every stored live answer (only bank bankId's when it is not empty) as class report rows (the
// nickname as student), oldest game first, each game's answers in receipt order.
std::vector<ClassResultRow> loadLiveResults(sql::Database& db, const std::string& bankId = {});

// Returns the profile game's player was linked to when the game was stored, or nothing.
std::optional<ProfileId> linkedProfile(sql::Database& db, LiveGameId game, const std::string& player);

// Returns how many games / answers are stored.
int countLiveGames(sql::Database& db);
int countLiveAnswers(sql::Database& db);

}  // namespace retain
