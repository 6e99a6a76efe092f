// The review_log and study_sessions tables: every rated answer, and the sittings they belong to.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/storage/records.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// Appends a review (record.id is ignored) and returns its id. Runs inside the caller's transaction if any.
ReviewId appendReview(sql::Database& db, const ReviewRecord& record);
// Returns the review with this id, or nullopt.
std::optional<ReviewRecord> findReview(sql::Database& db, ReviewId id);
// Deletes one review (undo); returns false when there was no such row.
bool deleteReview(sql::Database& db, ReviewId id);
// Returns the number of reviews of one profile.
std::int64_t countReviews(sql::Database& db, ProfileId profile);
// Returns the number of reviews of every profile.
std::int64_t countAllReviews(sql::Database& db);
// Returns the card of every answer given at or after sinceMs (Unix ms) while the card was in phase before:
// with New, the new cards introduced since then (a card is new once); with Review, the reviews done, a
// card answered twice counted twice, as Anki counts them. The daily limits count these.
std::vector<CardKey> cardsAnsweredSince(sql::Database& db, ProfileId profile, CardPhase before, UnixMs sinceMs);

// Starts a study session row at startedMs (Unix ms); kind is "window" or "terminal". Returns its id.
SessionId beginStudySession(sql::Database& db, ProfileId profile, UnixMs startedMs, const std::string& kind);
// Records the end of a session, Unix ms.
void endStudySession(sql::Database& db, SessionId session, UnixMs endedMs);

}  // namespace retain
