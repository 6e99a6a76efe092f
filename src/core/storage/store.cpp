// Opening the data folder (see store.hpp). Index:
// [SECTION] File checks before SQLite opens anything
// [SECTION] Inspection through a read-only connection
// [SECTION] First start and a killed write: building the file, rolling back a hot journal
// [SECTION] Store::open and Store::openForReading
#include "core/storage/store.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/storage/backup.hpp"
#include "core/storage/schema.hpp"

namespace retain {

namespace fs = std::filesystem;

namespace {

// [SECTION] File checks before SQLite opens anything

StoreOpenResult refuse(StoreOpenError error, std::string message) {
    StoreOpenResult result;
    result.error = error;
    result.message = std::move(message);
    return result;
}

// Returns true when the file starts with SQLite's 16-byte magic string.
bool hasSqliteHeader(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in.gcount() == static_cast<std::streamsize>(sizeof header) && std::memcmp(header, "SQLite format 3", 16) == 0;
}

// Returns true when the file (or the folder holding it) must not be written: no write permission bit at
// all (honoured even for root, who could write anyway: the owner marked it read-only on purpose), or
// access() says no (other owner, read-only file system).
bool isMarkedReadOnly(const std::string& path) {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0) return false;
    if ((info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0) return true;
    return access(path.c_str(), W_OK) != 0;
}

// Ends a refusal: what to do, naming the newest backup there is (or saying there is none).
std::string untouchedAdvice(const std::string& dataDir) {
    const std::string backupDir = dataDir + "/" + kBackupsFolderName;
    const std::vector<std::string> backups = listBackups(backupDir);
    if (backups.empty()) return " Retain left it untouched; move it away to start afresh (there are no backups in " + backupDir + ").";
    return " Retain left it untouched; move it away to start afresh, or restore a backup: the newest is " + backups.back() +
           " (" + std::to_string(backups.size()) + " in " + backupDir + ").";
}

// [SECTION] Inspection through a read-only connection

struct Inspection {
    StoreOpenError error = StoreOpenError::None;
    std::string message;
    int version = 0;  // user_version of the file
};

// Checks an existing, non-empty database through the read-only connection ro: ours, not newer, intact.
// How much of the file inspect() reads to find damage: quick_check skips the index cross-checks, so a
// report on a large database stays fast.
enum class DamageCheck { None, Quick, Full };

Inspection inspect(sql::Database& ro, const std::string& dataDir, DamageCheck damageCheck) {
    Inspection result;
    const std::string& path = ro.path();
    try {
        const std::int64_t applicationId = ro.queryInt("PRAGMA application_id").value_or(0);
        result.version = schemaVersion(ro);
        if (applicationId != 0 && applicationId != kRetainApplicationId) {
            result.error = StoreOpenError::NotRetain;
            result.message = path + " is an SQLite database of another application (application id " +
                             std::to_string(applicationId) + ")." + untouchedAdvice(dataDir);
            return result;
        }
        if (result.version > latestSchemaVersion()) {
            result.error = StoreOpenError::NewerSchema;
            result.message = path + " was written by a newer Retain (schema version " + std::to_string(result.version) +
                             "; this Retain knows up to " + std::to_string(latestSchemaVersion()) +
                             "). Update Retain to open it; the file was left untouched.";
            return result;
        }
        if (damageCheck != DamageCheck::None) {
            sql::Statement check(ro, damageCheck == DamageCheck::Full ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)");
            const std::string verdict = check.step() ? check.columnText(0) : std::string("no answer");
            if (verdict != "ok") {
                result.error = StoreOpenError::Corrupt;
                result.message = path + " is damaged (integrity check: " + verdict + ")." + untouchedAdvice(dataDir);
            }
        }
    } catch (const sql::StorageError& error) {
        const bool damaged = error.code() == SQLITE_CORRUPT || error.code() == SQLITE_NOTADB;
        result.error = damaged ? StoreOpenError::Corrupt : StoreOpenError::Io;
        result.message = damaged ? path + " is damaged (" + error.what() + ")." + untouchedAdvice(dataDir)
                                 : std::string("cannot read ") + path + ": " + error.what();
    }
    return result;
}

// Checks the file at path before any connection may write to it. None when absent or empty (a new
// database), or when it passed; fills version with its user_version.
Inspection checkExistingFile(const std::string& path, const std::string& dataDir, DamageCheck damageCheck) {
    Inspection result;
    std::error_code ec;
    if (!fs::exists(path, ec) || fs::file_size(path, ec) == 0) return result;
    if (!hasSqliteHeader(path)) {
        result.error = StoreOpenError::Corrupt;
        result.message = path + " is not an SQLite database." + untouchedAdvice(dataDir);
        return result;
    }
    try {
        sql::Database ro(path, sql::OpenMode::ReadOnly);
        return inspect(ro, dataDir, damageCheck);
    } catch (const sql::StorageError& error) {
        result.error = StoreOpenError::Io;
        result.message = error.what();
        return result;
    }
}

// Sets the connection's durability and safety settings. WAL + synchronous=FULL: a commit is on disk
// (fsync of the WAL) before it returns, so neither a killed process nor a power cut loses an answer.
void configure(sql::Database& db) {
    sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
    const std::string mode = db.queryText("PRAGMA journal_mode = WAL").value_or("");
    if (mode != "wal") throw sql::StorageError(db.path() + ": cannot switch to WAL mode (got '" + mode + "')", SQLITE_ERROR);
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
}

// [SECTION] First start and a killed write: building the file, rolling back a hot journal

// Returns true when path exists and holds at least one byte.
bool isNonEmptyFile(const std::string& path) {
    std::error_code ec;
    return fs::exists(path, ec) && fs::file_size(path, ec) > 0;
}

// Flushes a file or folder to disk (a rename is durable only once its folder is); errors are ignored,
// as the rename itself already happened or failed on its own.
void syncPath(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    fsync(fd);
    ::close(fd);
}

// A write killed half-way in rollback-journal mode (SQLite uses one until WAL is switched on, so the
// first start does) leaves a hot retain.db-journal. Only a read-write connection can roll it back; a
// read-only one fails with "attempt to write a readonly database", so this runs before the read-only
// checks. The rollback restores the last committed state, which is what any SQLite reader would do.
// Errors are left for the checks that follow to report.
void rollBackHotJournal(const std::string& path) {
    if (!isNonEmptyFile(path + "-journal") || !fs::exists(path)) return;
    try {
        sql::Database rw(path, sql::OpenMode::ReadWrite);
        rw.queryInt("SELECT count(*) FROM sqlite_master");  // the first read rolls the journal back
    } catch (const sql::StorageError&) {
    }
}

// Builds a new, fully migrated database as <path>.creating and renames it to path, so a kill at any
// moment leaves either no retain.db or a complete one. Leftovers of an earlier killed attempt go first
// (the folder lock is held, so no other Retain is building one). Throws StorageError.
void createDatabase(const std::string& path, const std::string& dataDir, const Clock& clock) {
    const std::string temporary = path + kCreatingSuffix;
    std::error_code ec;
    for (const char* sidecar : {"", "-journal", "-wal", "-shm"}) fs::remove(temporary + sidecar, ec);
    {
        sql::Database db(temporary, sql::OpenMode::ReadWriteCreate);
        configure(db);
        applyMigrations(db, retainMigrations(), MigrationContext{dataDir, clock.nowMs()});
    }  // the last connection's close folds the WAL into the file and removes -wal and -shm
    syncPath(temporary);
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        throw sql::StorageError("cannot rename " + temporary + " to " + path + ": " + std::strerror(errno), SQLITE_CANTOPEN);
    }
    syncPath(dataDir);
}

}  // namespace

// [SECTION] Store::open and Store::openForReading

std::string Store::databasePath() const { return m_dataDir + "/" + kDatabaseFileName; }

StoreOpenResult Store::open(const std::string& dataDir, const Clock& clock, const StoreOptions& options) {
    std::error_code ec;
    fs::create_directories(dataDir, ec);
    if (ec) return refuse(StoreOpenError::Io, "cannot create the data folder " + dataDir + ": " + ec.message());

    // A read-only folder cannot hold the WAL and lock files, and must not get a half-made database.
    if (access(dataDir.c_str(), W_OK) != 0) {
        return refuse(StoreOpenError::ReadOnly, "the data folder " + dataDir + " is read-only; Retain needs to write there "
                                                "and changed nothing. Check its permissions.");
    }
    std::unique_ptr<Store> store(new Store());
    store->m_dataDir = dataDir;
    std::string lockError;
    DataFolderLock::Refusal refusal = DataFolderLock::Refusal::None;
    store->m_lock = DataFolderLock::acquire(dataDir, lockError, refusal);
    if (!store->m_lock) {
        return refuse(refusal == DataFolderLock::Refusal::Busy ? StoreOpenError::Locked : StoreOpenError::Io, lockError);
    }

    const std::string path = store->databasePath();
    if (fs::exists(path, ec)) {
        // Name the file that is read-only: a read-only -wal or -shm blocks the database as much as the file.
        for (const std::string& file : {path, path + "-wal", path + "-shm", path + "-journal"}) {
            if (!isMarkedReadOnly(file)) continue;
            return refuse(StoreOpenError::ReadOnly, file + " is read-only; Retain needs to write to it and left " + path +
                                                        " untouched. Check the permissions of " + file + ".");
        }
    }
    rollBackHotJournal(path);
    const bool exists = isNonEmptyFile(path);
    if (!exists && isNonEmptyFile(path + "-wal")) {
        // SQLite would replay a WAL into whatever file is named retain.db, so a new one is not built under it.
        return refuse(StoreOpenError::Corrupt, path + " is missing or empty, but " + path + "-wal beside it holds data." +
                                                   untouchedAdvice(dataDir));
    }
    if (!exists) {
        try {
            createDatabase(path, dataDir, clock);
        } catch (const sql::StorageError& error) {
            return refuse(StoreOpenError::Io, std::string("cannot create the database: ") + error.what());
        }
    }
    const Inspection inspection = checkExistingFile(path, dataDir, options.checkIntegrity ? DamageCheck::Quick : DamageCheck::None);
    if (inspection.error != StoreOpenError::None) return refuse(inspection.error, inspection.message);

    StoreOpenResult result;
    if (exists && inspection.version > 0 && inspection.version < latestSchemaVersion()) {
        // An upgrade keeps a copy of the database as the older Retain wrote it (which refuses a newer schema),
        // taken before any migration runs: the one wait of an upgrade, and the way back if one goes wrong.
        try {
            sql::Database before(path, sql::OpenMode::ReadOnly);
            backupDatabase(before, dataDir + "/" + kBackupsFolderName, clock.nowMs());
        } catch (const sql::StorageError& error) {
            return refuse(StoreOpenError::Io, std::string("cannot back up the database before upgrading it: ") + error.what() +
                                                  "; Retain left it untouched.");
        }
    }
    try {
        store->m_db = sql::Database(path, sql::OpenMode::ReadWriteCreate);
        if (store->m_db.isReadOnly()) {
            return refuse(StoreOpenError::ReadOnly, path + " could only be opened read-only; Retain left it untouched.");
        }
        configure(store->m_db);
        applyMigrations(store->m_db, retainMigrations(), MigrationContext{dataDir, clock.nowMs()});
        store->m_changesAtOpen = sqlite3_total_changes64(store->m_db.handle());
    } catch (const sql::StorageError& error) {
        return refuse(StoreOpenError::Io, std::string("cannot open the database: ") + error.what());
    }
    result.store = std::move(store);
    return result;
}

bool Store::changedSinceOpen() const {
    return m_db.handle() && sqlite3_total_changes64(m_db.handle()) > m_changesAtOpen;
}

StoreOpenResult Store::openForReading(const std::string& dataDir) {
    std::unique_ptr<Store> store(new Store());
    store->m_dataDir = dataDir;
    const std::string path = store->databasePath();
    std::error_code ec;
    if (!fs::exists(path, ec) || fs::file_size(path, ec) == 0) return refuse(StoreOpenError::Missing, "no database at " + path);
    if (!hasSqliteHeader(path)) return refuse(StoreOpenError::Corrupt, path + " is not an SQLite database.");
    try {
        // Without a -wal no Retain is writing, and the file alone is the whole database: read it without
        // creating -wal and -shm (which would otherwise be left with the reader's owner and mode).
        const bool beingWritten = fs::exists(path + "-wal", ec);
        store->m_db = sql::Database(path, beingWritten ? sql::OpenMode::ReadOnly : sql::OpenMode::ReadOnlyImmutable);
        sqlite3_busy_timeout(store->m_db.handle(), kBusyTimeoutMs);
        // quick_check, as a study start runs integrity_check: figures from a damaged page would be wrong.
        Inspection inspection = inspect(store->m_db, dataDir, DamageCheck::Quick);
        if (inspection.error != StoreOpenError::None) return refuse(inspection.error, inspection.message);
        if (inspection.version == 0) return refuse(StoreOpenError::Missing, path + " holds no Retain data yet");
        if (inspection.version < latestSchemaVersion()) {
            return refuse(StoreOpenError::OlderSchema, path + " uses an older schema (version " + std::to_string(inspection.version) +
                                                          "); start Retain once to upgrade it.");
        }
    } catch (const sql::StorageError& error) {
        return refuse(StoreOpenError::Io, error.what());
    }
    StoreOpenResult result;
    result.store = std::move(store);
    return result;
}

StoreOpenResult Store::openForReadingUpgraded(const std::string& dataDir, const Clock& clock) {
    StoreOpenResult reading = openForReading(dataDir);
    if (reading.error != StoreOpenError::OlderSchema) return reading;
    std::unique_ptr<Store> store(new Store());
    store->m_dataDir = dataDir;
    const std::string path = store->databasePath();
    try {
        // As openForReading: without a -wal the file alone is the database, read without creating -wal or -shm.
        std::error_code ec;
        sql::Database source(path, fs::exists(path + "-wal", ec) ? sql::OpenMode::ReadOnly : sql::OpenMode::ReadOnlyImmutable);
        sqlite3_busy_timeout(source.handle(), kBusyTimeoutMs);
        const int version = schemaVersion(source);
        store->m_db = sql::Database(":memory:", sql::OpenMode::ReadWriteCreate);
        sqlite3_backup* copy = sqlite3_backup_init(store->m_db.handle(), "main", source.handle(), "main");
        if (copy == nullptr) throw sql::StorageError(std::string("cannot copy ") + path + ": " + sqlite3_errmsg(store->m_db.handle()), SQLITE_ERROR);
        const int stepped = sqlite3_backup_step(copy, -1);
        const int finished = sqlite3_backup_finish(copy);
        if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
            throw sql::StorageError(std::string("cannot copy ") + path + ": " + sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished), stepped);
        }
        store->m_db.exec("PRAGMA foreign_keys = ON");
        applyMigrations(store->m_db, retainMigrations(), MigrationContext{dataDir, clock.nowMs()});
        StoreOpenResult result;
        result.warning = path + " uses an older schema (version " + std::to_string(version) + "; this Retain writes " +
                         std::to_string(latestSchemaVersion()) + "): read through an upgraded copy in memory, the folder "
                         "left as it was. Start Retain on it once to upgrade it.";
        result.store = std::move(store);
        return result;
    } catch (const sql::StorageError& error) {
        return refuse(StoreOpenError::Io, std::string("cannot read the older database: ") + error.what());
    }
}

}  // namespace retain
