// The card_state table: one row per (profile, bank id, question id) once a question has been studied,
// suspended or buried. A question without a row is new.
#pragma once

#include <array>
#include <map>
#include <optional>

#include "core/storage/records.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// Returns every stored card of a profile.
std::map<CardKey, StoredCard> loadCards(sql::Database& db, ProfileId profile);
// Returns one stored card, or nullopt when the question has no row (it is new).
std::optional<StoredCard> loadCard(sql::Database& db, ProfileId profile, const CardKey& key);
// Writes a card's row (insert or replace every column). Runs inside the caller's transaction if any.
void saveCard(sql::Database& db, ProfileId profile, const CardKey& key, const StoredCard& card);
// Deletes a card's row, making the question new again (undo of its first review).
void deleteCard(sql::Database& db, ProfileId profile, const CardKey& key);
// Returns the number of stored cards in each phase, indexed by CardPhase (new, learning, review, relearning).
std::array<int, 4> countCardsByPhase(sql::Database& db, ProfileId profile);

}  // namespace retain
