#include "core/storage/fsrs_review_rows.hpp"

namespace retain {

namespace {

// The review_log columns the FSRS tools read.
constexpr const char* kSelectFsrsReviewRows =
    "SELECT bank_id, question_id, reviewed_ms, rating FROM review_log WHERE profile_id = ?1 ORDER BY reviewed_ms, id";

}  // namespace

std::vector<ReplayReview> loadFsrsReviewRows(sql::Database& db, ProfileId profile) {
    sql::Statement select(db, kSelectFsrsReviewRows);
    select.bind(1, profile);
    std::vector<ReplayReview> rows;
    while (select.step()) {
        ReplayReview row;
        row.cardId = select.columnText(0) + "/" + select.columnText(1);
        row.timeMs = select.columnInt(2);
        row.rating = static_cast<Rating>(select.columnInt(3));
        row.line = static_cast<int>(rows.size()) + 1;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace retain
