// Small helpers several verbs share: writing an output file and opening the data folder for reading.
#pragma once

#include <string>

#include "core/storage/store.hpp"

namespace retain::cli {

// Writes text to path (truncating); on failure prints "retain VERB: cannot write PATH" and returns false.
bool writeOutputFile(const char* verb, const std::string& path, const std::string& text);

// Opens the data folder for reading without the lock; a database that needs a migration is opened (and
// migrated) normally, so reports work on folders an older Retain wrote.
StoreOpenResult openDataForReading(const std::string& dataDir);

}  // namespace retain::cli
