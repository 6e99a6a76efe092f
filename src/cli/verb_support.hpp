// Small helpers several verbs share: writing an output file, opening the data folder for reading, a
// session's backups with their warnings printed.
#pragma once

#include <string>

#include "cli/cli.hpp"
#include "core/storage/backup_task.hpp"
#include "core/storage/store.hpp"

namespace retain::cli {

// Writes text to path (truncating); on failure prints "retain VERB: cannot write PATH" and returns false.
bool writeOutputFile(const char* verb, const std::string& path, const std::string& text);

// Opens the data folder for reading without the lock and without writing to it; a database of an older
// schema is read through an upgraded copy in memory (Store::openForReadingUpgraded), and a note saying so
// is printed as "retain VERB: note: ...", so reports work on folders an older Retain wrote.
StoreOpenResult openDataForReading(const char* verb, const std::string& dataDir);

// A verb's session backups (SessionBackups): the interval backup starts now; when the verb leaves the
// scope, by any return, the close backup is taken and every problem is printed to stderr as
// "retain VERB: warning: ..." (a damaged database that could not be backed up is never passed over).
class VerbBackups {
public:
    // store must hold the folder lock and outlive this.
    VerbBackups(const char* verb, const Store& store, const Clock& clock);
    VerbBackups(const VerbBackups&) = delete;
    VerbBackups& operator=(const VerbBackups&) = delete;
    // Finishes the backups and prints their problems.
    ~VerbBackups();

private:
    const char* m_verb;
    SessionBackups m_backups;
};

// Prints "retain VERB: MESSAGE" to stderr for a misused command line; returns the exit code for it.
ExitCode reportMisuse(const char* verb, const std::string& message);

// Writes text to stdout with control characters made visible (a bank may hold any bytes), then flushes.
void sayToTerminal(const std::string& text);

// Reads one line from stdin without its line ending (LF or CRLF); false at end of input.
bool readTerminalLine(std::string& line);

}  // namespace retain::cli
