// `retain report [--bank ID] [--csv FILE] [--items FILE]`: the class report from the stored exam results.
// Prints per-student totals and per-question item analysis (facility, discrimination, flags with their
// reasons; definitions in docs/classroom.md); --csv writes one row per student and question, --items the
// item analysis as CSV. Read-only: it runs beside a running Retain. Exit 0 (also when there are no
// results yet), 3 when the data folder cannot be read or a file cannot be written.
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "cli/verb_support.hpp"
#include "core/classroom/class_report.hpp"
#include "core/clock.hpp"
#include "core/classroom/class_report_service.hpp"
#include "core/storage/store.hpp"

namespace retain::cli {

namespace {

struct ReportOptions {
    std::string bankId;     // "" = every bank
    std::string csvPath;    // "" = no class CSV
    std::string itemsPath;  // "" = no item CSV
};

// Prints each student's total score and question count, in the order students first appear.
void printStudents(const std::vector<ClassResultRow>& rows) {
    std::vector<std::string> order;
    std::map<std::string, std::pair<double, int>> totals;  // student -> (sum of scores, questions)
    for (const ClassResultRow& row : rows) {
        if (!totals.count(row.student)) order.push_back(row.student);
        totals[row.student].first += row.score;
        totals[row.student].second += 1;
    }
    std::printf("Students (%zu):\n", order.size());
    for (const std::string& student : order) {
        const auto& [sum, count] = totals[student];
        std::printf("  %-24s %6.2f / %d\n", student.c_str(), sum, count);
    }
}

void printItems(const std::vector<ItemAnalysis>& items) {
    std::printf("\nItem analysis (%zu questions):\n", items.size());
    std::printf("  %-36s %8s %9s %14s  %s\n", "question", "students", "facility", "discrimination", "flags");
    for (const ItemAnalysis& item : items) {
        std::printf("  %-36s %8d %9s %14s  %s\n", item.key.text().c_str(), item.students, formatIndex(item.facility).c_str(),
                    formatIndex(item.discrimination).c_str(), item.flagged() ? item.reason.c_str() : "-");
    }
}

ExitCode runReport(const ReportOptions& options, const GlobalOptions& global) {
    StoreOpenResult opened = openDataForReading(resolveDataDir(global));
    if (!opened.store && opened.error != StoreOpenError::Missing) {
        std::fprintf(stderr, "retain report: %s\n", opened.message.c_str());
        return ExitCode::Failure;
    }
    std::vector<ClassResultRow> rows;
    try {
        if (opened.store) rows = loadClassResults(opened.store->db(), options.bankId);
    } catch (const sql::StorageError& error) {
        std::fprintf(stderr, "retain report: database error: %s\n", error.what());
        return ExitCode::Failure;
    }
    const std::vector<ItemAnalysis> items = analyseItems(rows);
    if (rows.empty()) {
        std::printf("No exam or live game results yet%s.\n", options.bankId.empty() ? "" : (" for bank " + options.bankId).c_str());
    } else {
        printStudents(rows);
        printItems(items);
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
    report->add_option("--bank", options->bankId, "Only this bank's questions");
    report->add_option("--csv", options->csvPath, "Write one row per student and question to this CSV file");
    report->add_option("--items", options->itemsPath, "Write the item analysis to this CSV file");
    report->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runReport(*options, context.global);
    });
}

}  // namespace retain::cli
