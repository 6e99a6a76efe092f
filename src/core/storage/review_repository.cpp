// The review_log and study_sessions tables (SQL in storage_sql.hpp).
#include "core/storage/review_repository.hpp"

#include "core/storage/memory_columns.hpp"
#include "core/storage/storage_sql.hpp"

namespace retain {

ReviewId appendReview(sql::Database& db, const ReviewRecord& record) {
    sql::Statement insert(db, storage_sql::kInsertReview);
    insert.bind(1, record.profileId).bind(2, record.card.bankId).bind(3, record.card.questionId);
    if (record.sessionId) insert.bind(4, *record.sessionId);
    else insert.bindNull(4);
    insert.bind(5, static_cast<std::int64_t>(record.reviewedMs)).bind(6, static_cast<int>(record.rating));
    if (record.score) insert.bind(7, *record.score);
    else insert.bindNull(7);
    insert.bind(8, record.response).bind(9, record.durationMs);
    bindMemory(insert, 10, record.before);
    bindMemory(insert, 10 + kMemoryColumnCount, record.after);
    insert.run();
    return db.lastInsertId();
}

std::optional<ReviewRecord> findReview(sql::Database& db, ReviewId id) {
    sql::Statement select(db, storage_sql::kSelectReview);
    select.bind(1, id);
    if (!select.step()) return std::nullopt;
    ReviewRecord record;
    record.id = select.columnInt(0);
    record.profileId = select.columnInt(1);
    record.card = CardKey{select.columnText(2), select.columnText(3)};
    if (!select.columnIsNull(4)) record.sessionId = select.columnInt(4);
    record.reviewedMs = select.columnInt(5);
    const auto rating = select.columnInt(6);
    record.rating = (rating >= 1 && rating <= 4) ? static_cast<Rating>(rating) : Rating::Again;
    if (!select.columnIsNull(7)) record.score = select.columnDouble(7);
    record.response = select.columnText(8);
    record.durationMs = select.columnInt(9);
    record.before = readMemory(select, 10);
    record.after = readMemory(select, 10 + kMemoryColumnCount);
    return record;
}

bool deleteReview(sql::Database& db, ReviewId id) {
    sql::Statement remove(db, storage_sql::kDeleteReview);
    remove.bind(1, id);
    remove.run();
    return db.changes() > 0;
}

std::int64_t countReviews(sql::Database& db, ProfileId profile) {
    sql::Statement count(db, storage_sql::kCountReviews);
    count.bind(1, profile);
    return count.step() ? count.columnInt(0) : 0;
}

std::int64_t countAllReviews(sql::Database& db) { return db.queryInt(storage_sql::kCountAllReviews).value_or(0); }

std::vector<CardKey> cardsAnsweredSince(sql::Database& db, ProfileId profile, CardPhase before, UnixMs sinceMs) {
    sql::Statement select(db, storage_sql::kSelectAnsweredSince);
    select.bind(1, profile).bind(2, static_cast<std::int64_t>(sinceMs)).bind(3, static_cast<int>(before));
    std::vector<CardKey> cards;
    while (select.step()) cards.push_back(CardKey{select.columnText(0), select.columnText(1)});
    return cards;
}

SessionId beginStudySession(sql::Database& db, ProfileId profile, UnixMs startedMs, const std::string& kind) {
    sql::Statement insert(db, storage_sql::kInsertSession);
    insert.bind(1, profile).bind(2, static_cast<std::int64_t>(startedMs)).bind(3, kind);
    insert.run();
    return db.lastInsertId();
}

void endStudySession(sql::Database& db, SessionId session, UnixMs endedMs) {
    sql::Statement update(db, storage_sql::kEndSession);
    update.bind(1, session).bind(2, static_cast<std::int64_t>(endedMs));
    update.run();
}

}  // namespace retain
