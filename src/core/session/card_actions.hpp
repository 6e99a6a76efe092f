// What a learner can do to chosen questions of a profile outside a rating, as Anki's browser does:
// suspend and unsuspend, bury until the next day starts and unbury, forget (back to new; the review log
// is kept, so statistics and FSRS training still see the history). The new row is computed as data
// (cardAfterAction), then stored for every chosen question in one transaction.
#pragma once

#include <optional>
#include <vector>

#include "core/storage/records.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

class StudyBackend;

enum class CardAction { Suspend, Unsuspend, Bury, Unbury, Forget };

// Returns the card row after action at nowMs (Unix ms; a bury lasts until the next day starts under
// rolloverHour), from the row before (nullopt: none, the question is new). Returns nullopt when the
// question needs no row (new, neither suspended nor buried).
std::optional<StoredCard> cardAfterAction(const std::optional<StoredCard>& before, CardAction action, UnixMs nowMs,
                                          int rolloverHour);

// Applies action to every key of profile in one transaction and returns how many rows changed. Throws
// sql::StorageError, changing nothing, when a write fails.
int applyCardAction(sql::Database& db, ProfileId profile, const std::vector<CardKey>& keys, CardAction action,
                    UnixMs nowMs, int rolloverHour);

// The same for the backend's current profile at its clock's now and rollover hour; marks the backend's
// card states changed. This is what views call.
int applyCardAction(StudyBackend& study, const std::vector<CardKey>& keys, CardAction action);

}  // namespace retain
