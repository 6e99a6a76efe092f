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

void finishImport(ImportResult& result, const std::string& fileName) {
    result.ok = !result.bank.questions.empty();
    if (result.ok) return;
    const bool hasError = std::any_of(result.problems.begin(), result.problems.end(),
                                      [](const Problem& p) { return p.severity == Severity::Error; });
    if (!hasError) addImportProblem(result.problems, fileName, 0, "no questions found");
}

}  // namespace retain
