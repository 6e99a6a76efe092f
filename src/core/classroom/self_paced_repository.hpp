// Finished self-paced papers, stored as a live game (live_games, live_answers, live_player_profiles) so
// the Class report, item analysis and the profile link treat them exactly like live games.
#pragma once

#include "core/classroom/live_repository.hpp"
#include "core/classroom/self_paced_game.hpp"

namespace retain {

// Stores game's handed-in papers once it is over (SelfPacedGame::records): one live_games row (the
// question_seconds column holds the paper's time limit, 0 = none) and one live_answers row per question
// of each paper, blanks included as "" scoring 0 as on an exam, received at the paper's hand-in time;
// endedMs is Unix ms. Players named like a profile are linked to it. Returns the game's id. Throws
// sql::StorageError, leaving nothing stored.
LiveGameId saveSelfPacedGame(sql::Database& db, const SelfPacedGame& game, UnixMs endedMs);

}  // namespace retain
