// The stored exam results for the Class report screen, read through the study backend's database.
#pragma once

#include <string>
#include <vector>

#include "core/classroom/class_result.hpp"
#include "core/session/study_backend.hpp"

namespace retain {

// Returns every stored exam result row (only bank bankId's when it is not empty), oldest attempt first,
// each attempt's rows in the exam's canonical order: what analyseItems takes. Throws sql::StorageError.
std::vector<ClassResultRow> loadClassResults(StudyBackend& study, const std::string& bankId = {});

}  // namespace retain
