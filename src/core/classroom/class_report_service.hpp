// The stored exam and live game results for the Class report screen, read through the study backend's database.
#pragma once

#include <string>
#include <vector>

#include "core/classroom/class_result.hpp"
#include "core/storage/sqlite_db.hpp"
#include "core/session/study_backend.hpp"

namespace retain {

// Returns every stored exam result row (only bank bankId's when it is not empty), oldest attempt first,
// each attempt's rows in the exam's canonical order, then every stored live game answer (loadLiveResults):
// what analyseItems takes. Throws sql::StorageError.
std::vector<ClassResultRow> loadClassResults(StudyBackend& study, const std::string& bankId = {});
// The same from a database opened elsewhere (`retain report` reads a data folder beside a running Retain).
std::vector<ClassResultRow> loadClassResults(sql::Database& db, const std::string& bankId = {});

}  // namespace retain
