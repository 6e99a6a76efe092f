// Read-only sidecar files (issue 19, case 6): a read-only retain.db-wal is named as the read-only file,
// and reading a database for a report creates no -wal or -shm beside it; a .db.part a killed backup
// left is pruned (case 8).
#include <doctest/doctest.h>

#include <filesystem>

#include "core/clock.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/backup.hpp"
#include "core/storage/backup_task.hpp"
#include "core/storage/store.hpp"
#include "storage_test_support.hpp"

using namespace retain;
using retain::storage_test::TempDir;

namespace {

constexpr UnixMs kStart = 1'750'000'000'000;  // 2025-06-15 15:06:40 UTC
namespace fs = std::filesystem;

void makeDatabase(const std::string& dir) {
    FixedClock clock(kStart);
    StoreOpenResult opened = Store::open(dir, clock);
    REQUIRE(opened.store != nullptr);
    ensureProfile(opened.store->db(), "ann", SchedulerKind::Fsrs, kStart);
}

}  // namespace

TEST_CASE("storage: a read-only retain.db-wal is named in the refusal, not retain.db") {
    TempDir dir;
    makeDatabase(dir.path());
    const std::string path = dir.file(kDatabaseFileName);
    storage_test::writeBytes(path + "-wal", "");
    fs::permissions(path + "-wal", fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    FixedClock clock(kStart);
    StoreOpenResult result = Store::open(dir.path(), clock);
    CHECK(result.store == nullptr);
    CHECK(result.error == StoreOpenError::ReadOnly);
    INFO(result.message);
    CHECK(result.message.rfind(path + "-wal is read-only", 0) == 0);
}

TEST_CASE("storage: reading a database for a report leaves no -wal or -shm behind, nor creates them") {
    TempDir dir;
    makeDatabase(dir.path());
    const std::string path = dir.file(kDatabaseFileName);
    REQUIRE_FALSE(fs::exists(path + "-wal"));
    StoreOpenResult result = Store::openForReading(dir.path());
    INFO(result.message);
    REQUIRE(result.store != nullptr);
    CHECK(findProfile(result.store->db(), "ann").has_value());
    CHECK_FALSE(fs::exists(path + "-wal"));
    CHECK_FALSE(fs::exists(path + "-shm"));
    result.store.reset();
    CHECK_FALSE(fs::exists(path + "-wal"));
    CHECK_FALSE(fs::exists(path + "-shm"));
}

TEST_CASE("storage: a report beside a running Retain still sees its latest answers") {
    TempDir dir;
    FixedClock clock(kStart);
    StoreOpenResult writer = Store::open(dir.path(), clock);
    REQUIRE(writer.store != nullptr);
    ensureProfile(writer.store->db(), "ann", SchedulerKind::Fsrs, kStart);  // in the WAL, not yet in the file
    StoreOpenResult reader = Store::openForReading(dir.path());
    INFO(reader.message);
    REQUIRE(reader.store != nullptr);
    CHECK(findProfile(reader.store->db(), "ann").has_value());
}

TEST_CASE("storage: a 0-byte backups/*.db.part left by a kill during a backup is pruned at the next start") {
    TempDir dir;
    makeDatabase(dir.path());
    const std::string backups = dir.file(kBackupsFolderName);
    fs::create_directories(backups);
    const std::string part = backups + "/retain-20250101-000000.db.part";
    storage_test::writeBytes(part, "");
    storage_test::writeBytes(part + "-journal", "");
    storage_test::writeBytes(backups + "/notes.txt", "mine");
    const std::string recent = backups + "/" + backupFileName(kStart);  // a backup a minute old: none is due
    storage_test::writeBytes(recent, "a backup");
    FixedClock clock(kStart + 60'000);
    StoreOpenResult result = Store::open(dir.path(), clock);
    REQUIRE(result.store != nullptr);
    SessionBackups session(*result.store, clock);
    CHECK(session.startBackup() == nullptr);
    CHECK_FALSE(fs::exists(part));
    CHECK_FALSE(fs::exists(part + "-journal"));
    CHECK(fs::exists(backups + "/notes.txt"));  // not Retain's: left alone
    CHECK(listBackups(backups) == std::vector<std::string>{recent});
}

TEST_CASE("storage: a report refuses a database with a damaged page (quick_check), as a study start does") {
    TempDir dir;
    makeDatabase(dir.path());
    const std::string path = dir.file(kDatabaseFileName);
    std::string bytes = storage_test::readBytes(path);
    const std::size_t pageSize = 4096;
    REQUIRE(bytes.size() >= 3 * pageSize);
    for (std::size_t i = pageSize; i < 2 * pageSize; ++i) bytes[i] = static_cast<char>(0xA5);  // page 2: profiles' root
    storage_test::writeBytes(path, bytes);
    StoreOpenResult result = Store::openForReading(dir.path());
    CHECK(result.store == nullptr);
    CHECK(result.error == StoreOpenError::Corrupt);
    CHECK(result.message.find(path + " is damaged") != std::string::npos);
}

TEST_CASE("storage: a refusal names the newest backup there is, or says there is none") {
    TempDir dir;
    const std::string path = dir.file(kDatabaseFileName);
    storage_test::writeBytes(path, "these are my notes, not a database\n");
    FixedClock clock(kStart);
    StoreOpenResult none = Store::open(dir.path(), clock);
    REQUIRE(none.store == nullptr);
    CHECK(none.message.find("there are no backups in " + dir.file(kBackupsFolderName)) != std::string::npos);
    CHECK(none.message.find("restore") == std::string::npos);

    fs::create_directories(dir.file(kBackupsFolderName));
    const std::string older = dir.file(kBackupsFolderName) + "/retain-20250101-000000.db";
    const std::string newer = dir.file(kBackupsFolderName) + "/retain-20250301-000000.db";
    storage_test::writeBytes(older, "x");
    storage_test::writeBytes(newer, "x");
    StoreOpenResult some = Store::open(dir.path(), clock);
    REQUIRE(some.store == nullptr);
    INFO(some.message);
    CHECK(some.message.find("restore a backup: the newest is " + newer + " (2 in ") != std::string::npos);
}
