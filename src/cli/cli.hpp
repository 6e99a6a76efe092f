// The command line: global options, and one registration function per verb.
// Each verb lives in src/cli/verbs/<verb>.cpp and is listed once in verbs.cpp.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace retain::cli {

// Exit codes shared by every verb.
enum class ExitCode : int { Ok = 0, Problems = 1, Misuse = 2, Failure = 3 };

// Options every verb and the GUI share; filled by CLI11 before a verb's callback runs.
struct GlobalOptions {
    std::string dataDir;    // --data: database and settings; default $XDG_DATA_HOME/retain
    std::string banksDir;   // --banks: question banks; default the repository's questions/ or share/
};

// What a verb callback reports back to main().
struct VerbContext {
    GlobalOptions global;
    ExitCode exitCode = ExitCode::Ok;
    bool verbRan = false;   // false: no verb was given, so main() opens the window
};

// Adds every verb as a subcommand of root (the list is in verbs.cpp).
void registerVerbs(CLI::App& root, VerbContext& context);

// Returns the data folder: the --data value, else $XDG_DATA_HOME/retain, else ~/.local/share/retain.
std::string resolveDataDir(const GlobalOptions& options);
// Returns the banks folder: the --banks value, else the repository's questions/ when this binary runs from
// its build tree, else <prefix>/share/retain/questions beside the installed executable.
std::string resolveBanksDir(const GlobalOptions& options);
// Returns the live classroom's web folder: the repository's assets/web when it exists (run from the build
// tree), else the installed share/retain/web.
std::string resolveWebDir();
// Returns the compiled-bank cache folder, <data>/cache/banks; "" (no cache) when the data folder does
// not exist, so a verb that only reads never creates one.
std::string resolveBankCacheDir(const GlobalOptions& options);

}  // namespace retain::cli
