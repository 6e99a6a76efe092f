// Submitted exams (SQL in classroom_sql.hpp).
#include "core/classroom/exam_repository.hpp"

#include "core/classroom/classroom_sql.hpp"
#include "core/classroom/result_rows.hpp"

namespace retain {

ExamAttemptId saveExamRecord(sql::Database& db, const ExamRecord& record) {
    sql::Transaction transaction(db);
    // The 64-bit seed is stored as its bit pattern: SQLite integers are signed.
    const auto seed = static_cast<std::int64_t>(record.seed);
    sql::Statement attempt(db, classroom_sql::kInsertAttempt);
    attempt.bind(1, std::string_view(record.title)).bind(2, seed).bind(3, std::string_view(record.student))
        .bind(4, record.timeLimitSeconds).bind(5, static_cast<std::int64_t>(record.startedMs))
        .bind(6, static_cast<std::int64_t>(record.submittedMs));
    attempt.run();
    const ExamAttemptId id = db.lastInsertId();
    sql::Statement insert(db, classroom_sql::kInsertResult);
    for (std::size_t position = 0; position < record.rows.size(); ++position) {
        const ClassResultRow& row = record.rows[position];
        insert.reset();
        insert.bind(1, id).bind(2, static_cast<std::int64_t>(position)).bind(3, std::string_view(row.student))
            .bind(4, std::string_view(row.key.bankId)).bind(5, std::string_view(row.key.questionId))
            .bind(6, std::string_view(row.answer)).bind(7, row.score).bind(8, row.timeSeconds)
            .bind(9, std::string_view(record.title)).bind(10, seed).bind(11, static_cast<std::int64_t>(record.submittedMs));
        insert.run();
    }
    transaction.commit();
    return id;
}

std::vector<ClassResultRow> loadExamResults(sql::Database& db, const std::string& bankId) {
    return selectResultRows(db, classroom_sql::kSelectResults, bankId);
}

int countExamAttempts(sql::Database& db) {
    return static_cast<int>(db.queryInt(classroom_sql::kCountAttempts).value_or(0));
}

}  // namespace retain
