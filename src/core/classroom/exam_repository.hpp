// Submitted exams (exam_attempts, exam_results): saved once at submission, read back for the class report.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/classroom/class_result.hpp"
#include "core/classroom/exam.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

using ExamAttemptId = std::int64_t;

// Stores record (the attempt and one row per question) in one transaction; returns the attempt's id.
// Throws sql::StorageError on failure, leaving nothing stored.
ExamAttemptId saveExamRecord(sql::Database& db, const ExamRecord& record);

// Returns every stored result row (only bank bankId's when it is not empty), oldest attempt first and each
// attempt's rows in the exam's canonical order: what classResultsCsv and analyseItems take.
std::vector<ClassResultRow> loadExamResults(sql::Database& db, const std::string& bankId = {});

// Returns how many attempts are stored.
int countExamAttempts(sql::Database& db);

}  // namespace retain
