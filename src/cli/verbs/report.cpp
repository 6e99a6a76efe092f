// `retain report [--data DIR]... [--results FILE.csv]... [--class NAME] [--bank ID] [--csv FILE] [--items FILE]`: the class report
// from the stored exam and live game results. Prints per-student totals and per-question item analysis
// (facility, discrimination, flags with their reasons; definitions in docs/classroom.md), each question by
// its prompt, with a warning under kItemAnalysisMinStudents students; --csv writes one row per student and
// question, --items the item analysis as CSV. --data given more than once merges the folders (two lab
// machines): students matched by name (the spelling of --class's list when given), an attempt found in two
// folders counted once (docs/classroom_lists.md). --results adds a results CSV (the Class report's export,
// or --csv's) from another machine; its rows already in a data folder count once. Read-only: it runs beside a running Retain. Exit 0 (also
// when there are no results yet), 2 for an unknown --class, 3 when a data folder cannot be read or a file
// cannot be written.
#include <cstdio>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "cli/verb_support.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/classroom/class_list_repository.hpp"
#include "core/classroom/class_report.hpp"
#include "core/classroom/class_report_merge.hpp"
#include "core/classroom/class_results_import.hpp"
#include "core/files/regular_file.hpp"
#include "core/text/control_chars.hpp"
#include "core/classroom/class_report_text.hpp"
#include "core/storage/store.hpp"

namespace retain::cli {

namespace {

struct ReportOptions {
    std::vector<std::string> dataDirs;  // --data, one or more; none = the global data folder
    std::vector<std::string> resultFiles;  // --results, results CSV files merged after the folders
    std::string className;  // "" = no class list
    std::string bankId;     // "" = every bank
    std::string csvPath;    // "" = no class CSV
    std::string itemsPath;  // "" = no item CSV
};

// Reads every folder of dataDirs (with its attempt keys) and the class list className from the first
// folder that has it; false with a message when a folder cannot be read (a lone default folder that does
// not exist yet just has no results).
bool readReportSources(const std::vector<std::string>& dataDirs, const ReportOptions& options,
                 std::vector<std::vector<AttributedResultRow>>& sources, std::vector<std::string>& classList) {
    for (const std::string& dir : dataDirs) {
        StoreOpenResult opened = openDataForReading("report", dir);
        if (!opened.store) {
            // One folder of several that is missing would silently drop a lab's results: say so.
            if (opened.error == StoreOpenError::Missing && dataDirs.size() == 1) continue;
            std::fprintf(stderr, "retain report: %s: %s\n", dir.c_str(), opened.message.c_str());
            return false;
        }
        try {
            sources.push_back(loadAttributedResults(opened.store->db(), options.bankId));
            if (!options.className.empty() && classList.empty()) classList = loadClassList(opened.store->db(), options.className);
        } catch (const sql::StorageError& error) {
            std::fprintf(stderr, "retain report: %s: database error: %s\n", dir.c_str(), error.what());
            return false;
        }
    }
    return true;
}

constexpr std::uintmax_t kResultsFileMaxBytes = 64ull << 20;  // a results CSV larger than this is refused, bytes

// Reads each results CSV of options.resultFiles and adds its rows as one more source, leaving out rows a
// folder (or an earlier file) already holds; prints what each file gave. False with a message when a file
// cannot be read or is not a results file (bad lines are skipped with a warning, the rest kept).
bool readResultFiles(const ReportOptions& options, std::vector<std::vector<AttributedResultRow>>& sources) {
    for (const std::string& path : options.resultFiles) {
        std::string text;
        const FileReadResult read = readRegularFile(path, text, kResultsFileMaxBytes);
        if (read.error != FileReadError::None) {
            std::fprintf(stderr, "retain report: %s: %s\n", path.c_str(),
                         read.error == FileReadError::TooBig ? "over 64 MiB: not a results file" : read.message.c_str());
            return false;
        }
        ClassResultsFile file = readClassResultsCsv(text, path);
        bool failed = false;
        for (const Problem& problem : file.problems) {
            std::fprintf(stderr, "retain report: %s\n", terminalSafe(problem.format()).c_str());
            failed = failed || problem.severity == Severity::Error;
        }
        if (failed) return false;
        if (!options.bankId.empty())
            std::erase_if(file.rows, [&](const AttributedResultRow& row) { return row.row.key.bankId != options.bankId; });
        const std::size_t readRows = file.rows.size();
        const int known = dropRowsAlreadyIn(file.rows, sources);
        std::printf("Read %s: %zu rows", terminalSafe(path).c_str(), readRows);
        if (known > 0) std::printf(" (%d already in the data folders, counted once)", known);
        std::printf(".\n");
        sources.push_back(std::move(file.rows));
    }
    return true;
}

ExitCode runReport(const ReportOptions& options, const GlobalOptions& global) {
    const std::vector<std::string> dataDirs = options.dataDirs.empty() ? std::vector<std::string>{resolveDataDir(global)} : options.dataDirs;
    std::vector<std::vector<AttributedResultRow>> sources;
    std::vector<std::string> classList;
    if (!readReportSources(dataDirs, options, sources, classList)) return ExitCode::Failure;
    if (!readResultFiles(options, sources)) return ExitCode::Failure;
    if (!options.className.empty() && classList.empty()) {
        std::fprintf(stderr, "retain report: no class '%s' in the data folder%s\n", terminalSafe(options.className).c_str(),
                     dataDirs.size() > 1 ? "s" : "");
        return ExitCode::Misuse;
    }
    const MergedClassResults merged = mergeClassResults(sources, classList);
    const std::vector<ClassResultRow>& rows = merged.rows;
    const std::vector<ItemAnalysis> items = analyseItems(rows);
    if (dataDirs.size() > 1) {
        std::printf("Merged %zu data folders: %d attempts", dataDirs.size(), merged.attempts);
        if (merged.duplicateAttempts > 0) std::printf(" (%d found twice, counted once)", merged.duplicateAttempts);
        std::printf(".\n");
    }
    if (rows.empty()) {
        std::printf("No exam or live game results yet%s.\n", options.bankId.empty() ? "" : (" for bank " + options.bankId).c_str());
    } else {
        const Library library = loadLibrary(resolveBanksDir(global), resolveBankCacheDir(global));
        std::set<std::string> students;
        for (const ClassResultRow& row : rows) students.insert(row.student);
        const std::string text =
            studentTotalsText(rows) + "\n" + itemAnalysisText(items, library.banks, static_cast<int>(students.size()));
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    bool written = true;
    if (!options.csvPath.empty()) written = writeOutputFile("report", options.csvPath, classResultsCsv(rows)) && written;
    if (!options.itemsPath.empty()) written = writeOutputFile("report", options.itemsPath, itemAnalysisCsv(items)) && written;
    std::fflush(stdout);
    return written ? ExitCode::Ok : ExitCode::Failure;
}

}  // namespace

void addReportVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<ReportOptions>();
    CLI::App* report = root.add_subcommand("report", "Class report of the stored exams: item analysis, CSV files");
    report->add_option("--data", options->dataDirs, "Data folder to read; give it again to merge several (lab machines)");
    report->add_option("--results", options->resultFiles, "Add a results CSV (the Class report's export); give it again for several");
    report->add_option("--class", options->className, "Match students to this class list's spelling of their names");
    report->add_option("--bank", options->bankId, "Only this bank's questions");
    report->add_option("--csv", options->csvPath, "Write one row per student and question to this CSV file");
    report->add_option("--items", options->itemsPath, "Write the item analysis to this CSV file");
    report->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runReport(*options, context.global);
    });
}

}  // namespace retain::cli
