// Loading banks from YAML (the only yaml-cpp user in Retain). The format is documented for teachers in
// questions/README.md. Loading never throws for bad input: every problem becomes a located Problem, and a
// broken file never hides the other banks of a library.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank/problem.hpp"
#include "core/bank/question.hpp"
#include "core/bank/question_image.hpp"

namespace retain {

struct BankLoadResult {
    bool ok = false;        // a usable bank was produced (it may still carry warnings)
    Bank bank;              // the questions that loaded cleanly
    ProblemList problems;   // every problem found, errors and warnings
    std::string headerFile; // the file holding the bank's header (the file itself, or a folder's bank.yaml)
    int headerLine = 0;     // 1-based line of the bank's id in headerFile; 0 = none
    std::vector<FileStamp> imageStamps;  // every picture the questions name, as found: a cached result is
                                         // refused when one of them changes (bank_cache.hpp)
};

// Loads one bank from a .yaml/.yml file, or from a folder of such files (one bank).
BankLoadResult loadBank(const std::string& path);

// Loads a bank from YAML text already in memory; fileName is used in problems.
BankLoadResult loadBankFromString(const std::string& yamlText, const std::string& fileName);

struct Library {
    std::vector<Bank> banks;
    ProblemList problems;   // problems of every bank, including banks that failed to load
    bool complete = true;   // false when a load was cancelled part-way (the banks loaded so far are kept)
};

// How far a library load has got, reported after each bank (a file or a bank folder).
struct LibraryLoadProgress {
    std::uint64_t bytesDone = 0;    // bytes of the bank files read so far
    std::uint64_t bytesTotal = 0;   // bytes of every bank file of the library, known before the first is read
    int banksDone = 0;              // banks (files or folders) loaded so far
    int banksTotal = 0;
    std::size_t questionsLoaded = 0;  // questions of the banks loaded so far
};

// Optional callbacks of a library load: progress after each bank, and a stop asked between banks.
struct LibraryLoadHooks {
    std::function<void(const LibraryLoadProgress&)> progress;  // called on the loading thread
    std::function<bool()> cancelled;                           // true: stop before the next bank
};

// Loads every bank under a folder (each .yaml file or each sub-folder is one bank). With a cacheDir, each
// bank whose files are unchanged since they were last loaded is read from its compiled entry there
// instead of being parsed (see bank_cache.hpp); the result is the same either way.
Library loadLibrary(const std::string& folder, const std::string& cacheDir = {});

// loadLibrary with progress and cancellation: the same result when not cancelled; a cancelled load
// returns the banks loaded so far with complete = false.
Library loadLibrary(const std::string& folder, const std::string& cacheDir, const LibraryLoadHooks& hooks);

// Loads each path: a bank file, a bank folder (one holding bank.yaml) or a library folder. Bank ids must be
// distinct across all of them (a repeated id is a problem and that bank is left out); banks sorted by id.
Library loadPaths(const std::vector<std::string>& paths);

// Returns the documented question tags (questions/README.md): dates, figures, people, organisations,
// places, events, politics, security, economy, culture, media, source.
const std::vector<std::string_view>& documentedQuestionTags();

}  // namespace retain
