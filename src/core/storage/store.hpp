// Opening Retain's data folder: the one database file <data>/retain.db, guarded by the folder lock,
// checked before anything is written, migrated (backups: core/storage/backup_task.hpp). A database that is locked by another Retain,
// read-only, not ours, damaged or newer than this build is refused with a sentence naming the file and is
// never written to. Details: docs/storage.md.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/clock.hpp"
#include "core/storage/data_lock.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// The database file's name inside the data folder, and the backups sub-folder.
constexpr const char* kDatabaseFileName = "retain.db";
constexpr const char* kBackupsFolderName = "backups";
// A first start builds the database as retain.db.creating and renames it into place once migrated, so a
// kill half-way never leaves a retain.db that is not a complete Retain database.
constexpr const char* kCreatingSuffix = ".creating";
// How long a statement waits for another connection's write lock before failing, ms.
constexpr int kBusyTimeoutMs = 5000;

// Why a data folder could not be opened.
enum class StoreOpenError { None, Locked, ReadOnly, Corrupt, NotRetain, NewerSchema, OlderSchema, Missing, Io };

struct StoreOptions {
    // Run PRAGMA quick_check (every page readable and well formed) on an existing database first. The
    // full integrity_check, which costs seconds on a long history, runs before each backup, off the
    // UI thread (backup.hpp).
    bool checkIntegrity = true;
};

class Store;

struct StoreOpenResult {
    std::unique_ptr<Store> store;  // null when refused
    StoreOpenError error = StoreOpenError::None;
    std::string message;           // for the learner when refused: what is wrong, with which file
    std::string warning;           // a problem that did not stop the opening
};

class Store {
public:
    // Opens (creating when missing) dataDir and its database for reading and writing: takes the folder
    // lock, checks an existing file (SQLite header, permissions, application id, schema version,
    // quick_check) through a read-only connection, then opens it in WAL mode with
    // synchronous=FULL, foreign keys and a busy timeout, and applies pending migrations.
    static StoreOpenResult open(const std::string& dataDir, const Clock& clock, const StoreOptions& options = {});

    // Opens an existing database read-only for reports, without the folder lock (WAL lets a reader run
    // beside a running Retain), backup or migration. Missing when there is no database (or an empty
    // one); OlderSchema when it needs a migration first.
    static StoreOpenResult openForReading(const std::string& dataDir);
    // As openForReading, but a database of an older schema is copied into memory (SQLite's backup API,
    // through the read-only connection) and the copy migrated at clock's now: the folder is left exactly
    // as it was, and the result's warning says that an older schema was read through an upgraded copy.
    static StoreOpenResult openForReadingUpgraded(const std::string& dataDir, const Clock& clock);

    sql::Database& db() { return m_db; }
    const std::string& dataDir() const { return m_dataDir; }
    // Returns <data>/retain.db.
    std::string databasePath() const;
    // Returns true when this store's connection changed the database since open() (migrations aside).
    bool changedSinceOpen() const;

private:
    Store() = default;
    std::unique_ptr<DataFolderLock> m_lock;  // null for openForReading and openForReadingUpgraded
    sql::Database m_db;
    std::string m_dataDir;
    std::int64_t m_changesAtOpen = 0;  // sqlite3_total_changes64 after the migrations
};

}  // namespace retain
