// Class lists and the class report's export for the window, through the study backend's database (the
// views never touch repositories). The command line uses the repositories directly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/classroom/class_list.hpp"
#include "core/classroom/class_list_repository.hpp"
#include "core/classroom/class_report.hpp"
#include "core/session/study_backend.hpp"

namespace retain {

// Reads text (a CSV file's bytes or pasted names) with parseClassList and, when it holds a name, stores
// it as className's list (replacing the old one) at nowMs. Returns the parse; nothing is stored when its
// names are empty. Throws sql::StorageError.
ClassListParse importClassList(StudyBackend& study, const std::string& className, std::string_view text,
                               ClassListSource source, const std::string& fileName, UnixMs nowMs);

// Reads the CSV file at path (at most 1 MiB, a regular file) and imports it as importClassList does. On a
// file that cannot be read, returns a parse with one error problem naming it and stores nothing.
ClassListParse importClassListFile(StudyBackend& study, const std::string& className, const std::string& path, UnixMs nowMs);

// Returns every stored class / className's names (see class_list_repository.hpp).
std::vector<ClassListSummary> classLists(StudyBackend& study);
std::vector<std::string> classListNames(StudyBackend& study, const std::string& className);

// What an export wrote.
struct ClassReportExport {
    bool ok = false;
    std::string message;  // the files written, or what failed
};

// Writes classResultsCsv(rows) to folder/class_results.csv and itemAnalysisCsv(items) to
// folder/item_analysis.csv (replacing them).
ClassReportExport exportClassReport(const std::string& folder, const std::vector<ClassResultRow>& rows,
                                    const std::vector<ItemAnalysis>& items);

}  // namespace retain
