// A kill during the very first start (issue 19, case 1): the database is built under a temporary name
// and renamed into place, and a hot rollback journal left by a killed write is rolled back by a
// read-write connection before the read-only checks look at the file.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "core/clock.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/schema.hpp"
#include "core/storage/store.hpp"
#include "storage_test_support.hpp"

using namespace retain;
using retain::storage_test::TempDir;

namespace {

constexpr UnixMs kStart = 1'750'000'000'000;  // 2025-06-15 15:06:40 UTC

// Leaves path as a 4 KB database (one page, nothing in it but its header) with a hot rollback journal
// beside it: a child process starts a transaction big enough to spill pages into the file, then dies
// without committing or rolling back, as a SIGKILL during the first start does.
void makeHotJournal(const std::string& path) {
    {
        sql::Database raw(path, sql::OpenMode::ReadWriteCreate);
        raw.exec("PRAGMA page_size = 4096; PRAGMA journal_mode = DELETE; PRAGMA user_version = 0; CREATE TABLE t (x); DROP TABLE t; VACUUM");
    }
    REQUIRE(std::filesystem::file_size(path) == 4096);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            sql::Database raw(path, sql::OpenMode::ReadWrite);
            raw.exec("PRAGMA cache_size = 2; BEGIN; CREATE TABLE half_made (x BLOB)");
            for (int i = 0; i < 64; ++i) raw.exec("INSERT INTO half_made VALUES (zeroblob(2000))");
            _exit(0);  // no commit, no rollback, no close: the journal stays hot
        } catch (...) {
            _exit(2);
        }
    }
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(std::filesystem::file_size(path + "-journal") > 0);
}

}  // namespace

TEST_CASE("storage: a data folder left with a 4 KB retain.db and a hot journal opens, rolled back") {
    TempDir dir;
    const std::string path = dir.file(kDatabaseFileName);
    makeHotJournal(path);

    FixedClock clock(kStart);
    StoreOpenResult result = Store::open(dir.path(), clock);
    INFO(result.message);
    REQUIRE(result.store != nullptr);
    CHECK(result.error == StoreOpenError::None);
    sql::Database& db = result.store->db();
    CHECK(schemaVersion(db) == latestSchemaVersion());
    CHECK(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'half_made'").value_or(-1) == 0);  // rolled back
    CHECK_FALSE(std::filesystem::exists(path + "-journal"));
    ensureProfile(db, "ann", SchedulerKind::Fsrs, kStart);
    result.store.reset();

    // And it keeps opening.
    StoreOpenResult again = Store::open(dir.path(), clock);
    INFO(again.message);
    REQUIRE(again.store != nullptr);
    CHECK(findProfile(again.store->db(), "ann").has_value());
}

TEST_CASE("storage: a hot journal beside a read-only database is refused without being rolled back") {
    TempDir dir;
    const std::string path = dir.file(kDatabaseFileName);
    makeHotJournal(path);
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    const auto before = storage_test::snapshot(path);
    FixedClock clock(kStart);
    StoreOpenResult result = Store::open(dir.path(), clock);
    CHECK(result.store == nullptr);
    CHECK(result.error == StoreOpenError::ReadOnly);
    CHECK(storage_test::snapshot(path) == before);
    CHECK(std::filesystem::exists(path + "-journal"));
}

TEST_CASE("storage: the first start builds the database under a temporary name and renames it into place") {
    TempDir dir;
    const std::string data = dir.path() + "/data";
    std::filesystem::create_directories(data);
    // What a first start killed half-way leaves: a part-built file under the temporary name.
    storage_test::writeBytes(data + "/" + kDatabaseFileName + kCreatingSuffix, std::string(4096, '\0'));
    storage_test::writeBytes(data + "/" + kDatabaseFileName + kCreatingSuffix + "-journal", "junk");
    FixedClock clock(kStart);
    StoreOpenResult result = Store::open(data, clock);
    INFO(result.message);
    REQUIRE(result.store != nullptr);
    CHECK(schemaVersion(result.store->db()) == latestSchemaVersion());
    CHECK(result.store->db().queryText("PRAGMA journal_mode").value_or("") == "wal");
    for (const auto& entry : std::filesystem::directory_iterator(data)) {
        INFO(entry.path().string());
        CHECK(entry.path().filename().string().find(kCreatingSuffix) == std::string::npos);  // leftovers gone
    }
}
