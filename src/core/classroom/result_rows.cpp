// Reading class report rows (see result_rows.hpp).
#include "core/classroom/result_rows.hpp"

namespace retain {

namespace {

// Binds ?1 of select to bankId, or NULL for every bank.
void bindBank(sql::Statement& select, const std::string& bankId) {
    if (bankId.empty()) {
        select.bindNull(1);
    } else {
        select.bind(1, std::string_view(bankId));
    }
}

ClassResultRow readRow(const sql::Statement& select) {
    ClassResultRow row;
    row.student = select.columnText(0);
    row.key.bankId = select.columnText(1);
    row.key.questionId = select.columnText(2);
    row.answer = select.columnText(3);
    row.score = select.columnDouble(4);
    row.timeSeconds = select.columnDouble(5);
    return row;
}

}  // namespace

std::vector<ClassResultRow> selectResultRows(sql::Database& db, const char* query, const std::string& bankId) {
    sql::Statement select(db, query);
    bindBank(select, bankId);
    std::vector<ClassResultRow> rows;
    while (select.step()) rows.push_back(readRow(select));
    return rows;
}

std::vector<AttributedResultRow> selectAttributedRows(sql::Database& db, const char* query, const std::string& bankId) {
    sql::Statement select(db, query);
    bindBank(select, bankId);
    std::vector<AttributedResultRow> rows;
    while (select.step()) rows.push_back({readRow(select), select.columnText(6)});
    return rows;
}

}  // namespace retain
