// Backups of retain.db, as Anki takes them: at most one per interval (4 h by default, counted from the
// newest backup's time stamp) and one on close when the session changed something. SQLite's online
// backup API copies a consistent snapshot (WAL content included) into
// <data>/backups/retain-YYYYMMDD-HHMMSS.db (UTC); pruning keeps the newest few and one a day, a week
// and a month further back, within a total size.
// The copy itself runs off the caller's thread: core/storage/backup_task.hpp.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/storage/sqlite_db.hpp"
#include "core/types.hpp"

namespace retain {

constexpr UnixMs kMsPerHour = 60 * kMsPerMinute;

// When backups are taken and which are kept. Kept, as Anki's tiers: the newest few, then the newest
// backup of each of the last days that have one, then of weeks (Monday to Sunday, UTC), then of months
// (UTC), each tier reaching back past what the tiers before it kept; all within a total size. The
// defaults are documented in docs/storage.md.
struct BackupPolicy {
    UnixMs intervalMs = 4 * kMsPerHour;                 // ms: a start backs up when the newest backup is this old
    int keepNewest = 5;                                 // the newest backups kept whatever their day
    int keepDaily = 7;                                  // days (with a backup) that keep their newest backup
    int keepWeekly = 4;                                 // weeks beyond those that keep their newest backup
    int keepMonthly = 6;                                // months beyond those that keep their newest backup
    std::uint64_t maxTotalBytes = 512ull << 20;         // bytes: total size of the kept backups (512 MiB)
    int pagesPerStep = 256;                             // database pages copied per sqlite3_backup_step
};

// One backup as pruning sees it.
struct BackupFile {
    UnixMs takenMs = 0;        // the time in its name, Unix ms
    std::uint64_t bytes = 0;   // its size, bytes
};

// Returns, for backups listed oldest first, whether policy keeps each: the tiers above, then, newest
// first, while the kept ones add up to at most maxTotalBytes (once one does not fit, no older one is
// kept); the newest is always kept.
std::vector<bool> backupsKept(const std::vector<BackupFile>& backups, const BackupPolicy& policy);

// Returns the backup file name for nowMs (Unix ms): "retain-YYYYMMDD-HHMMSS.db" in UTC.
std::string backupFileName(UnixMs nowMs);

// Returns the time (Unix ms, whole seconds) in a backup's file name, or -1 when path is no backup name.
UnixMs backupTimeMs(const std::string& path);

// Returns true when backupDir holds no backup whose time stamp lies within policy.intervalMs before
// nowMs (a stamp later than nowMs, after the clock went back, does not count as recent).
bool isBackupDue(const std::string& backupDir, UnixMs nowMs, const BackupPolicy& policy);

// Copies source into backupDir (created if missing) under backupFileName(nowMs); a name already taken in
// the same second gets "-2", "-3", ... before ".db". The copy is written to a ".part" file, in steps of
// pagesPerStep pages inside one read transaction of source (so writers elsewhere never restart it), and
// renamed, so a crash never leaves a half backup under a backup's name. A source that fails
// PRAGMA integrity_check is not copied (StorageError with SQLITE_CORRUPT). steps (when given) receives the
// number of sqlite3_backup_step calls; afterStep (when given) is called on the copying thread after each
// step that leaves pages to copy, with the steps so far (tests write to the database there, so a write
// surely lands mid-copy). Returns the backup's path; throws sql::StorageError on failure.
std::string backupDatabase(sql::Database& source, const std::string& backupDir, UnixMs nowMs, int pagesPerStep = -1,
                           int* steps = nullptr, const std::function<void(int)>& afterStep = {});

// Returns the backups in backupDir, oldest first (by the time and counter in their names).
std::vector<std::string> listBackups(const std::string& backupDir);

// Deletes every retain-*.db.part (and its -journal) a killed copy left; the caller holds the folder lock,
// so no copy is being written. Returns how many files were deleted.
int removeStaleBackupParts(const std::string& backupDir);

// Deletes the backups that backupsKept does not keep, and the stale .part files; returns how many files
// were deleted.
int pruneBackups(const std::string& backupDir, const BackupPolicy& policy);

}  // namespace retain
