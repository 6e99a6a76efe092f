// Reading class report rows back from the classroom tables: one query shape (student, bank, question,
// answer, score, seconds[, attempt key]; ?1 = a bank id or NULL) shared by exams and live games. Internal
// to src/core/classroom.
#pragma once

#include <string>
#include <vector>

#include "core/classroom/class_result.hpp"
#include "core/classroom/class_report_merge.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// Runs query with ?1 bound to bankId (NULL when empty) and returns its rows as ClassResultRows.
std::vector<ClassResultRow> selectResultRows(sql::Database& db, const char* query, const std::string& bankId);
// The same for a query with a seventh column, the attempt key.
std::vector<AttributedResultRow> selectAttributedRows(sql::Database& db, const char* query, const std::string& bankId);

}  // namespace retain
