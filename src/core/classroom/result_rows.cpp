// Reading class report rows (see result_rows.hpp).
#include "core/classroom/result_rows.hpp"

namespace retain {

std::vector<ClassResultRow> selectResultRows(sql::Database& db, const char* query, const std::string& bankId) {
    sql::Statement select(db, query);
    if (bankId.empty()) {
        select.bindNull(1);
    } else {
        select.bind(1, std::string_view(bankId));
    }
    std::vector<ClassResultRow> rows;
    while (select.step()) {
        ClassResultRow row;
        row.student = select.columnText(0);
        row.key.bankId = select.columnText(1);
        row.key.questionId = select.columnText(2);
        row.answer = select.columnText(3);
        row.score = select.columnDouble(4);
        row.timeSeconds = select.columnDouble(5);
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace retain
