// The linter behind `retain lint`: loads banks, optionally checks evidence against a source text, and
// sums up. The verb only parses arguments and prints; everything it reports comes from here.
#pragma once

#include <string>
#include <vector>

#include "core/bank/problem.hpp"
#include "core/bank/source_check.hpp"

namespace retain {

struct LintReport {
    int banks = 0;          // banks that loaded
    int questions = 0;      // questions that loaded, over all banks
    ProblemList problems;   // sorted by file, then line, then column

    // Returns the number of problems of each severity.
    int errorCount() const;
    int warningCount() const;
    // Returns "3 banks, 180 questions, 0 errors, 2 warnings" (singular for 1).
    std::string summary() const;
};

// Returns a warning for each `sibling:` group of bank that names a single question (a typo, most often:
// a group of one keeps nothing apart), located at that question.
ProblemList checkSiblingGroups(const Bank& bank);

// Lints paths (bank files, bank folders or library folders, as loadPaths reads them): the loader's
// problems, lone sibling groups and, with a source, each loaded question's evidence against it.
LintReport lintBanks(const std::vector<std::string>& paths, const SourceText* source);

}  // namespace retain
