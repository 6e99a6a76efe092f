// The one way a rated answer reaches the database, whoever rated it (a study session, a retention check
// counted as reviews): the card's new state and its review_log row, together or not at all.
#pragma once

#include "core/storage/records.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// Stores record (record.id is ignored): card_state of record.card becomes record.after — a suspension is
// kept, a burial ends because the card was answered anyway — and record is appended to review_log. One
// transaction (a savepoint inside the caller's when one is open). Returns the log row's id. Throws
// sql::StorageError, storing nothing, when a write fails.
ReviewId writeReview(sql::Database& db, const ReviewRecord& record);

}  // namespace retain
