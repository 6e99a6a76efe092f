// The last resort for a class's answers the database would not take: a CSV file beside it.
#pragma once

#include <string>
#include <vector>

#include "core/classroom/class_result.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// Writes rows (classResultsCsv) to <stem>-<nowMs>.csv beside db's file (the working folder without db);
// returns the sentence for the teacher: where they went, or that even that failed. Also logs it to stderr.
// The window and `retain live` call it when storing a game's or paper's results failed.
std::string keepUnsavedRows(const sql::Database* db, const std::string& stem, UnixMs nowMs, const std::vector<ClassResultRow>& rows);

}  // namespace retain
