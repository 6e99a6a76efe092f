// Start-of-day backups of retain.db: SQLite's online backup API copies a consistent snapshot (WAL
// content included) into <data>/backups/retain-YYYYMMDD-HHMMSS.db (UTC), and only the newest few are kept.
#pragma once

#include <string>
#include <vector>

#include "core/storage/sqlite_db.hpp"
#include "core/types.hpp"

namespace retain {

// How many backups are kept by default.
constexpr int kDefaultBackupsKept = 5;

// Returns the backup file name for nowMs (Unix ms): "retain-YYYYMMDD-HHMMSS.db" in UTC.
std::string backupFileName(UnixMs nowMs);

// Copies source into backupDir (created if missing) under backupFileName(nowMs); a name already taken in
// the same second gets "-2", "-3", ... before ".db". The copy is written to a ".part" file and renamed,
// so a crash never leaves a half backup under a backup's name. Returns the backup's path; throws
// sql::StorageError on failure.
std::string backupDatabase(sql::Database& source, const std::string& backupDir, UnixMs nowMs);

// Returns the backups in backupDir, oldest first (by the time and counter in their names).
std::vector<std::string> listBackups(const std::string& backupDir);

// Deletes the oldest backups so that at most keep remain, and every retain-*.db.part a killed copy left
// (the caller holds the folder lock); returns how many files were deleted.
int pruneBackups(const std::string& backupDir, int keep);

}  // namespace retain
