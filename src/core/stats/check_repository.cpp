#include "core/stats/check_repository.hpp"

#include <cmath>

#include "core/text/delimited_text.hpp"
#include "core/text/number_text.hpp"
#include "core/text/utf8.hpp"
#include "core/stats/review_csv.hpp"
#include "core/stats/stats_sql.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/review_writer.hpp"

namespace retain {

namespace {

std::string joined(const std::vector<std::string>& parts, char separator) {
    std::string text;
    for (const std::string& part : parts) {
        if (!text.empty()) text += separator;
        text += part;
    }
    return text;
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(separator, start);
        if (end == std::string::npos) end = text.size();
        if (end > start) parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

// Rates one answer as a review, as a study session would: the card's state now (new when it has no row),
// the suggested rating at the answer's time, through the one review writer (inside the caller's transaction).
void storeAsReview(sql::Database& db, ProfileId profile, const CheckAnswer& answer, const Scheduler& scheduler) {
    const std::optional<StoredCard> stored = loadCard(db, profile, answer.key);
    ReviewRecord record;
    record.profileId = profile;
    record.card = answer.key;
    record.reviewedMs = answer.answeredMs;
    record.rating = answer.suggested;
    record.score = answer.score;
    record.response = answer.response;
    record.durationMs = answer.durationMs;
    record.before = stored ? stored->memory : CardMemory{};
    record.after = scheduler.review(record.before, answer.suggested, answer.answeredMs, answer.key.text()).next;
    writeReview(db, record);
}

}  // namespace

std::int64_t saveCheck(sql::Database& db, const CheckRecord& record, const Scheduler& scheduler) {
    const CheckReport report = buildCheckReport(record.answers);
    sql::Transaction transaction(db);
    sql::Statement insert(db, stats_sql::kInsertCheck);
    insert.bind(1, record.profileId)
        .bind(2, static_cast<std::int64_t>(record.startedMs))
        .bind(3, static_cast<std::int64_t>(record.finishedMs))
        .bind(4, static_cast<std::int64_t>(record.seed))  // the uint64's bit pattern; read back the same way
        .bind(5, joined(record.bankIds, ','))
        .bind(6, record.countedAsReviews ? 1 : 0)
        .bind(7, report.questions)
        .bind(8, report.recalled)
        .bind(9, std::isnan(report.meanScore) ? 0.0 : report.meanScore);
    if (report.predictedQuestions > 0) insert.bind(10, report.meanPredicted);
    else insert.bindNull(10);
    insert.bind(11, report.predictedQuestions);
    insert.run();
    const std::int64_t checkId = db.lastInsertId();

    sql::Statement insertAnswer(db, stats_sql::kInsertCheckAnswer);
    int position = 0;
    for (const CheckAnswer& answer : record.answers) {
        insertAnswer.reset();
        insertAnswer.bind(1, checkId).bind(2, position++).bind(3, answer.key.bankId).bind(4, answer.key.questionId);
        insertAnswer.bind(5, joined(answer.tags, ','));
        if (answer.predicted) insertAnswer.bind(6, *answer.predicted);
        else insertAnswer.bindNull(6);
        insertAnswer.bind(7, answer.score).bind(8, answer.recalled ? 1 : 0).bind(9, answer.response).bind(10, answer.expected);
        insertAnswer.run();
        if (record.countedAsReviews) storeAsReview(db, record.profileId, answer, scheduler);
    }
    transaction.commit();
    return checkId;
}

std::vector<CheckRecord> loadChecks(sql::Database& db, ProfileId profile) {
    std::vector<CheckRecord> checks;
    sql::Statement select(db, stats_sql::kSelectChecks);
    select.bind(1, profile);
    while (select.step()) {
        CheckRecord check;
        check.id = select.columnInt(0);
        check.profileId = profile;
        check.startedMs = select.columnInt(1);
        check.finishedMs = select.columnInt(2);
        check.seed = static_cast<std::uint64_t>(select.columnInt(3));
        check.bankIds = split(select.columnText(4), ',');
        check.countedAsReviews = select.columnInt(5) != 0;
        checks.push_back(std::move(check));
    }
    sql::Statement selectAnswers(db, stats_sql::kSelectCheckAnswers);
    for (CheckRecord& check : checks) {
        selectAnswers.reset();
        selectAnswers.bind(1, check.id);
        while (selectAnswers.step()) {
            CheckAnswer answer;
            answer.key = CardKey{selectAnswers.columnText(1), selectAnswers.columnText(2)};
            answer.tags = split(selectAnswers.columnText(3), ',');
            if (!selectAnswers.columnIsNull(4)) answer.predicted = selectAnswers.columnDouble(4);
            answer.score = selectAnswers.columnDouble(5);
            answer.recalled = selectAnswers.columnInt(6) != 0;
            answer.response = selectAnswers.columnText(7);
            answer.expected = selectAnswers.columnText(8);
            check.answers.push_back(std::move(answer));
        }
    }
    return checks;
}

std::string writeCheckCsv(const std::vector<CheckRecord>& checks) {
    std::string out = formatDelimitedRecord({"check", "started_at", "seed", "counted_as_reviews", "bank", "question",
                                             "tags", "predicted", "score", "recalled", "answer", "expected"},
                                            ',');
    for (const CheckRecord& check : checks) {
        for (const CheckAnswer& answer : check.answers) {
            out += formatDelimitedRecord(
                {std::to_string(check.id), isoUtc(check.startedMs), std::to_string(check.seed),
                 check.countedAsReviews ? "1" : "0", spreadsheetSafe(answer.key.bankId), spreadsheetSafe(answer.key.questionId),
                 spreadsheetSafe(joined(answer.tags, ';')), answer.predicted ? exactNumberText(*answer.predicted) : std::string(),
                 exactNumberText(answer.score), answer.recalled ? "1" : "0", spreadsheetSafe(repairUtf8(answer.response)),
                 spreadsheetSafe(repairUtf8(answer.expected))},
                ',');
        }
    }
    return out;
}

}  // namespace retain
