// Small helpers several verbs share: writing an output file and opening the data folder for reading.
#pragma once

#include <string>

#include "cli/cli.hpp"
#include "core/storage/store.hpp"

namespace retain::cli {

// Writes text to path (truncating); on failure prints "retain VERB: cannot write PATH" and returns false.
bool writeOutputFile(const char* verb, const std::string& path, const std::string& text);

// Opens the data folder for reading without the lock; a database that needs a migration is opened (and
// migrated) normally, so reports work on folders an older Retain wrote.
StoreOpenResult openDataForReading(const std::string& dataDir);

// Prints "retain VERB: MESSAGE" to stderr for a misused command line; returns the exit code for it.
ExitCode reportMisuse(const char* verb, const std::string& message);

// Writes text to stdout with control characters made visible (a bank may hold any bytes), then flushes.
void sayToTerminal(const std::string& text);

// Reads one line from stdin without its line ending (LF or CRLF); false at end of input.
bool readTerminalLine(std::string& line);

}  // namespace retain::cli
