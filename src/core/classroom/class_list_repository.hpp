// Stored class lists (class_lists, class_students; migration 7): one list of names per class, replaced
// as a whole by each import, read back for live games (students pick their name) and reports.
#pragma once

#include <string>
#include <vector>

#include "core/storage/sqlite_db.hpp"
#include "core/types.hpp"

namespace retain {

// One stored class, for listings.
struct ClassListSummary {
    std::string name;     // e.g. "9B"
    int students = 0;     // names on the list
    UnixMs updatedMs = 0; // when it was last imported, Unix ms
};

// Stores names (checked by parseClassList) as class className's list, replacing any earlier list of that
// class (class names compare ignoring ASCII case), at nowMs; one transaction. Throws sql::StorageError,
// leaving the earlier list as it was.
void saveClassList(sql::Database& db, const std::string& className, const std::vector<std::string>& names, UnixMs nowMs);

// Returns class className's names in imported order; empty when there is no such class.
std::vector<std::string> loadClassList(sql::Database& db, const std::string& className);

// Returns every stored class, by name.
std::vector<ClassListSummary> listClassLists(sql::Database& db);

}  // namespace retain
