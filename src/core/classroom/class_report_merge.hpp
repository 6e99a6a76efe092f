// Several machines' results in one class report: the exams taken in two computer labs, each lab with its
// own data folder, merged so each student is one line and no attempt counts twice (the same attempt can
// reach the teacher twice, e.g. when one folder is a copy of another). Rules in docs/classroom_lists.md.
#pragma once

#include <string>
#include <vector>

#include "core/classroom/class_result.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// A result row with the attempt it belongs to. The attempt key is built from what the attempt stores
// (exam: title, seed, student, start and submission time; live game: PIN, end time, nickname), so it is
// the same in every copy of the attempt and different for different attempts.
struct AttributedResultRow {
    ClassResultRow row;
    std::string attempt;  // "exam|…" or "live|…"
};

// Returns every stored exam row, then every live game answer, of db (only bank bankId's when it is not
// empty) with their attempt keys, in loadClassResults' order. Throws sql::StorageError.
std::vector<AttributedResultRow> loadAttributedResults(sql::Database& db, const std::string& bankId = {});

// The outcome of a merge.
struct MergedClassResults {
    std::vector<ClassResultRow> rows;  // what analyseItems and classResultsCsv take
    int attempts = 0;                  // distinct attempts kept
    int duplicateAttempts = 0;         // attempts skipped because an earlier source already had them
};

// Merges sources in the order given: an attempt whose key an earlier source already had is skipped as a
// whole; students are matched by name (nicknameKey, blanks at the ends trimmed), and each is written as the
// spelling on classList when it is there, else as first met.
MergedClassResults mergeClassResults(const std::vector<std::vector<AttributedResultRow>>& sources,
                                     const std::vector<std::string>& classList = {});

}  // namespace retain
