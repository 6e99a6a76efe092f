#include "core/bank/lint.hpp"

#include <algorithm>
#include <iterator>
#include <map>

#include "core/bank/bank_loader.hpp"

namespace retain {

namespace {

int countSeverity(const ProblemList& problems, Severity severity) {
    return static_cast<int>(std::count_if(problems.begin(), problems.end(), [&](const Problem& p) { return p.severity == severity; }));
}

std::string counted(int count, const char* singular, const char* plural) {
    return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

}  // namespace

ProblemList checkSiblingGroups(const Bank& bank) {
    std::map<std::string, std::vector<const Question*>> groups;
    for (const Question& question : bank.questions) {
        if (!question.sibling.empty()) groups[question.sibling].push_back(&question);
    }
    ProblemList problems;
    for (const auto& [group, members] : groups) {
        if (members.size() != 1) continue;
        const Question& alone = *members.front();
        problems.push_back(Problem{alone.file, alone.line, 0, Severity::Warning,
                                   "sibling group '" + group + "' has only question '" + alone.id +
                                       "': siblings are kept apart from other questions of the same group, so name it on two or more"});
    }
    return problems;
}

int LintReport::errorCount() const { return countSeverity(problems, Severity::Error); }
int LintReport::warningCount() const { return countSeverity(problems, Severity::Warning); }

std::string LintReport::summary() const {
    return counted(banks, "bank", "banks") + ", " + counted(questions, "question", "questions") + ", " +
           counted(errorCount(), "error", "errors") + ", " + counted(warningCount(), "warning", "warnings");
}

LintReport lintBanks(const std::vector<std::string>& paths, const SourceText* source) {
    Library library = loadPaths(paths);
    LintReport report;
    report.problems = std::move(library.problems);
    report.banks = static_cast<int>(library.banks.size());
    for (const Bank& bank : library.banks) {
        report.questions += static_cast<int>(bank.questions.size());
        ProblemList lonely = checkSiblingGroups(bank);
        std::move(lonely.begin(), lonely.end(), std::back_inserter(report.problems));
        if (source != nullptr) {
            ProblemList found = checkEvidence(bank, *source);
            std::move(found.begin(), found.end(), std::back_inserter(report.problems));
        }
    }
    std::stable_sort(report.problems.begin(), report.problems.end(), [](const Problem& a, const Problem& b) {
        if (a.file != b.file) return a.file < b.file;
        if (a.line != b.line) return a.line < b.line;
        return a.column < b.column;
    });
    return report;
}

}  // namespace retain
