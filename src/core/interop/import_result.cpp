// Shared bookkeeping of the importers.
#include "core/interop/import_result.hpp"

#include <algorithm>

namespace retain {

void addImportProblem(ProblemList& problems, const std::string& fileName, int line, std::string message,
                      Severity severity) {
    Problem problem;
    problem.file = fileName;
    problem.line = line;
    problem.severity = severity;
    problem.message = std::move(message);
    problems.push_back(std::move(problem));
}

std::string importFieldProblem(std::string_view what, std::size_t bytes) {
    if (bytes <= kMaxImportFieldBytes) return "";
    return std::string(what) + " is " + std::to_string(bytes) + " bytes; an imported field may hold at most " +
           std::to_string(kMaxImportFieldBytes / (1024 * 1024)) + " MiB: shorten it in the source file (or move the text into a document of its own); skipped";
}

bool importNoteLimitReached(ImportResult& result, const std::string& fileName, int line) {
    if (result.bank.questions.size() < kMaxImportNotes) return false;
    addImportProblem(result.problems, fileName, line,
                     "the file holds more than " + std::to_string(kMaxImportNotes) + " notes, the most one import takes; "
                     "reading stopped here. Split the file into parts of at most " + std::to_string(kMaxImportNotes) +
                     " (for CSV: split -l " + std::to_string(kMaxImportNotes) + ") and import each into its own bank");
    return true;
}

void finishImport(ImportResult& result, const std::string& fileName) {
    result.ok = !result.bank.questions.empty();
    if (result.ok) return;
    const bool hasError = std::any_of(result.problems.begin(), result.problems.end(),
                                      [](const Problem& p) { return p.severity == Severity::Error; });
    if (!hasError) addImportProblem(result.problems, fileName, 0, "no questions found");
}

}  // namespace retain
