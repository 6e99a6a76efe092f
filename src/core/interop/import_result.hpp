// What every importer returns: a bank built in memory plus located problems.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank/problem.hpp"
#include "core/bank/question.hpp"

namespace retain {

// A file an import brings along (an Anki package's pictures), to be written beside the new bank.
struct ImportedFile {
    std::string path;    // relative to the bank file's folder ("deck-media/flag.png"); a checked plain name in a folder
    std::string bytes;   // contents
};

struct ImportResult {
    bool ok = false;        // the file was read and at least one question came out
    Bank bank;              // the questions that converted; bank id and title come from ImportOptions
    ProblemList problems;   // every item skipped or changed, with its line (0 when the file as a whole is at fault)
    std::vector<ImportedFile> files;  // pictures the questions' image: paths name, not yet written
};

// Settings every importer shares.
struct ImportOptions {
    std::string bankId;      // id of the new bank (lowercase letters, digits, '-')
    std::string bankTitle;   // title of the new bank
    std::string mediaFolder; // apkg: folder beside the bank for its pictures; empty = "<bankId>-media"
};

// Limits an import checks while it reads (docs/interop.md), so a huge file fails at once with what to
// do, not after all the work: one field (a term, a definition, a note's field) may hold at most 1 MiB;
// one import makes at most 100,000 questions (a bank folder of several files when they need it).
constexpr std::size_t kMaxImportFieldBytes = 1024 * 1024;  // bytes
constexpr std::size_t kMaxImportNotes = 100000;

// Returns the error for a field of the given size (bytes) over kMaxImportFieldBytes, naming it by what
// ("the definition"); "" when it is within the limit.
std::string importFieldProblem(std::string_view what, std::size_t bytes);

// When result already holds kMaxImportNotes questions, adds the error that says how to split the file
// and returns true (the importer stops reading); false otherwise.
bool importNoteLimitReached(ImportResult& result, const std::string& fileName, int line);

// Appends an error (or warning) about fileName:line to problems.
void addImportProblem(ProblemList& problems, const std::string& fileName, int line, std::string message,
                      Severity severity = Severity::Error);

// Sets result.ok from what came out: true when the bank has questions; when it has none, adds an error
// saying so (unless an error is already there).
void finishImport(ImportResult& result, const std::string& fileName);

}  // namespace retain
