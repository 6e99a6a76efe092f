// Opening the data folder: migrations, refusals that leave files untouched, the folder lock (backups: backup_tests.cpp).
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "core/clock.hpp"
#include "core/storage/backup.hpp"
#include "core/storage/data_lock.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/schema.hpp"
#include "core/storage/store.hpp"
#include "storage_test_support.hpp"
#include "store_test_helpers.hpp"

using namespace retain;
using retain::storage_test::openOk;
using retain::storage_test::TempDir;

namespace {

constexpr UnixMs kStart = 1'750'000'000'000;  // 2025-06-15 15:06:40 UTC

// Makes a Retain database in dir with the profile "ann", then closes it.
void makeDatabase(const std::string& dir) { storage_test::makeDatabase(dir, kStart); }

bool tableExists(sql::Database& db, const std::string& name) {
    sql::Statement select(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
    select.bind(1, name);
    return select.step() && select.columnInt(0) == 1;
}

}  // namespace

TEST_CASE("storage: a fresh folder is migrated from version 0 to the latest, in WAL mode") {
    TempDir dir;
    FixedClock clock(kStart);
    auto store = openOk(dir.path() + "/data", clock);
    sql::Database& db = store->db();
    CHECK(schemaVersion(db) == latestSchemaVersion());
    CHECK(latestSchemaVersion() >= 1);
    for (const char* table : {"profiles", "card_state", "review_log", "study_sessions"}) {
        INFO(table);
        CHECK(tableExists(db, table));
    }
    CHECK(db.queryText("PRAGMA journal_mode").value_or("") == "wal");
    CHECK(db.queryInt("PRAGMA foreign_keys").value_or(0) == 1);
    CHECK(db.queryInt("PRAGMA synchronous").value_or(0) == 2);  // FULL
    CHECK(db.queryInt("PRAGMA application_id").value_or(0) == kRetainApplicationId);
}

TEST_CASE("storage: an existing version-0 SQLite file is migrated in place") {
    TempDir dir;
    {
        sql::Database raw(dir.file(kDatabaseFileName), sql::OpenMode::ReadWriteCreate);
        raw.exec("CREATE TABLE scratch (x INTEGER)");
    }
    FixedClock clock(kStart);
    auto store = openOk(dir.path(), clock);
    CHECK(schemaVersion(store->db()) == latestSchemaVersion());
    CHECK(tableExists(store->db(), "scratch"));
    CHECK(tableExists(store->db(), "review_log"));
}

TEST_CASE("storage: each migration is one transaction with its user_version") {
    TempDir dir;
    sql::Database db(dir.file("m.db"), sql::OpenMode::ReadWriteCreate);
    const Migration list[] = {
        {1, "CREATE TABLE a (x INTEGER);"},
        {2, "CREATE TABLE b (x INTEGER); CREATE TABLE broken (;"},
    };
    CHECK_THROWS_AS(applyMigrations(db, list), sql::StorageError);
    CHECK(schemaVersion(db) == 1);
    CHECK(tableExists(db, "a"));
    CHECK_FALSE(tableExists(db, "b"));  // rolled back with the failing statement

    const Migration fixed[] = {{1, "CREATE TABLE a (x INTEGER);"}, {2, "CREATE TABLE b (x INTEGER);"}};
    applyMigrations(db, fixed);
    CHECK(schemaVersion(db) == 2);
    CHECK(tableExists(db, "b"));
    applyMigrations(db, fixed);  // nothing left to apply: must not fail on "table a exists"
    CHECK(schemaVersion(db) == 2);
}

TEST_CASE("storage: a database newer than this build is refused and left untouched") {
    TempDir dir;
    makeDatabase(dir.path());
    const std::string path = dir.file(kDatabaseFileName);
    {
        sql::Database raw(path, sql::OpenMode::ReadWrite);
        raw.exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1));
        raw.exec("PRAGMA journal_mode = DELETE");
    }
    const auto before = storage_test::snapshot(path);
    FixedClock clock(kStart + kMsPerDay);
    StoreOpenResult result = Store::open(dir.path(), clock);
    CHECK(result.store == nullptr);
    CHECK(result.error == StoreOpenError::NewerSchema);
    CHECK(result.message.find(path) != std::string::npos);
    CHECK(result.message.find("newer Retain") != std::string::npos);
    CHECK(storage_test::snapshot(path) == before);
    CHECK(listBackups(dir.file(kBackupsFolderName)).empty());  // refused before any copy was made
}

TEST_CASE("storage: a read-only database is refused and left untouched") {
    TempDir dir;
    makeDatabase(dir.path());
    const std::string path = dir.file(kDatabaseFileName);
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    const auto before = storage_test::snapshot(path);
    FixedClock clock(kStart + kMsPerDay);
    StoreOpenResult result = Store::open(dir.path(), clock);
    CHECK(result.store == nullptr);
    CHECK(result.error == StoreOpenError::ReadOnly);
    CHECK(result.message.find(path) != std::string::npos);
    CHECK(storage_test::snapshot(path) == before);
}

TEST_CASE("storage: a file that is not a database is refused and left untouched") {
    TempDir dir;
    const std::string path = dir.file(kDatabaseFileName);
    storage_test::writeBytes(path, "these are my notes, not a database\n");
    const auto before = storage_test::snapshot(path);
    FixedClock clock(kStart);
    StoreOpenResult result = Store::open(dir.path(), clock);
    CHECK(result.store == nullptr);
    CHECK(result.error == StoreOpenError::Corrupt);
    CHECK(result.message.find(path) != std::string::npos);
    CHECK(storage_test::snapshot(path) == before);
}

TEST_CASE("storage: a damaged database (bad page) is refused and left untouched") {
    TempDir dir;
    makeDatabase(dir.path());
    const std::string path = dir.file(kDatabaseFileName);
    {
        sql::Database raw(path, sql::OpenMode::ReadWrite);
        raw.exec("PRAGMA journal_mode = DELETE");  // fold the WAL into the file so the damage is all there is
    }
    std::string bytes = storage_test::readBytes(path);
    const std::size_t pageSize = 4096;
    REQUIRE(bytes.size() >= 3 * pageSize);
    // Page 2 is the root of the first table created (profiles); make it garbage.
    for (std::size_t i = pageSize; i < 2 * pageSize; ++i) bytes[i] = static_cast<char>(0xA5);
    storage_test::writeBytes(path, bytes);
    const auto before = storage_test::snapshot(path);
    FixedClock clock(kStart + kMsPerDay);
    StoreOpenResult result = Store::open(dir.path(), clock);
    CHECK(result.store == nullptr);
    CHECK(result.error == StoreOpenError::Corrupt);
    CHECK(result.message.find(path) != std::string::npos);
    CHECK(storage_test::snapshot(path) == before);
}

TEST_CASE("storage: an SQLite file of another application is refused") {
    TempDir dir;
    const std::string path = dir.file(kDatabaseFileName);
    {
        sql::Database raw(path, sql::OpenMode::ReadWriteCreate);
        raw.exec("PRAGMA application_id = 42; CREATE TABLE other (x)");
    }
    const auto before = storage_test::snapshot(path);
    FixedClock clock(kStart);
    StoreOpenResult result = Store::open(dir.path(), clock);
    CHECK(result.error == StoreOpenError::NotRetain);
    CHECK(storage_test::snapshot(path) == before);
}

TEST_CASE("storage: a second Retain on the same folder is refused with the holder's pid") {
    TempDir dir;
    FixedClock clock(kStart);
    auto first = openOk(dir.path(), clock);
    ensureProfile(first->db(), "ann", SchedulerKind::Fsrs, kStart);

    StoreOpenResult second = Store::open(dir.path(), clock);
    CHECK(second.store == nullptr);
    CHECK(second.error == StoreOpenError::Locked);
    CHECK(second.message == "Retain is already running on " + dir.path() + " (pid " + std::to_string(getpid()) + ")");

    // Another process is refused as well; the lock is the kernel's, not a flag in memory.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::string error;
        DataFolderLock::Refusal refusal{};
        auto lock = DataFolderLock::acquire(dir.path(), error, refusal);
        _exit(lock == nullptr && refusal == DataFolderLock::Refusal::Busy ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    first.reset();  // closing releases the lock
    auto third = openOk(dir.path(), clock);
    CHECK(findProfile(third->db(), "ann").has_value());
}
