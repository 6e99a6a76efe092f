#include "core/stats/stats_repository.hpp"

#include <map>

#include "core/stats/stats_sql.hpp"

namespace retain {

namespace {

Rating ratingOf(std::int64_t value) {
    return (value >= 1 && value <= 4) ? static_cast<Rating>(value) : Rating::Again;
}

CardPhase phaseOf(std::int64_t value) {
    return (value >= 0 && value <= 3) ? static_cast<CardPhase>(value) : CardPhase::New;
}

}  // namespace

StatsLog loadStatsLog(sql::Database& db, ProfileId profile) {
    StatsLog log;
    std::map<CardKey, std::int32_t> indexOf;
    sql::Statement select(db, stats_sql::kSelectStatsLog);
    select.bind(1, profile);
    while (select.step()) {
        CardKey key{select.columnText(0), select.columnText(1)};
        auto [entry, added] = indexOf.try_emplace(key, static_cast<std::int32_t>(log.cards.size()));
        if (added) log.cards.push_back(std::move(key));
        LoggedReview review;
        review.card = entry->second;
        review.reviewedMs = select.columnInt(2);
        review.rating = ratingOf(select.columnInt(3));
        review.score = select.columnIsNull(4) ? kNoScore : static_cast<float>(select.columnDouble(4));
        review.phaseBefore = phaseOf(select.columnInt(5));
        review.previousReviewMs = select.columnInt(6);
        log.reviews.push_back(review);
    }
    return log;
}

std::vector<ReviewCsvRow> loadReviewCsvRows(sql::Database& db, ProfileId profile) {
    std::vector<ReviewCsvRow> rows;
    sql::Statement select(db, stats_sql::kSelectReviewCsvRows);
    select.bind(1, profile);
    while (select.step()) {
        ReviewCsvRow row;
        row.reviewedAtMs = select.columnInt(0);
        row.bankId = select.columnText(1);
        row.questionId = select.columnText(2);
        row.rating = ratingOf(select.columnInt(3));
        if (!select.columnIsNull(4)) row.score = select.columnDouble(4);
        row.givenAnswer = select.columnText(5);
        row.answerMs = select.columnInt(6);
        row.intervalDays = select.columnDouble(7);
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace retain
