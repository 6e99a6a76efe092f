// Backups: at most one per interval at start, one on close when the session changed the database,
// copied on a worker thread in steps, pruned by count and total size, stale .part files removed.
#include <doctest/doctest.h>

#include <filesystem>
#include <thread>

#include "core/clock.hpp"
#include "core/storage/backup.hpp"
#include "core/storage/backup_task.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/store.hpp"
#include "storage_test_support.hpp"
#include "store_test_helpers.hpp"

using namespace retain;
using retain::storage_test::openOk;
using retain::storage_test::TempDir;
using retain::storage_test::writeBytes;

namespace {

constexpr UnixMs kStart = 1'750'000'000'000;  // 2025-06-15 15:06:40 UTC

// Makes a Retain database in dir with the profile "ann", with no backup yet.
void makeDatabase(const std::string& dir) { storage_test::makeDatabase(dir, kStart); }

// Opens dir at nowMs, runs one session's backups without changing anything, and returns the start
// backup's path ("" when none was due).
std::string startWithoutChanges(const std::string& dir, UnixMs nowMs) {
    FixedClock clock(nowMs);
    auto store = openOk(dir, clock);
    SessionBackups backups(*store, clock);
    std::string path;
    if (backups.startBackup()) {
        const BackupOutcome& outcome = backups.startBackup()->wait();
        INFO(outcome.error);
        CHECK(outcome.error.empty());
        path = outcome.path;
    }
    CHECK(backups.finish().empty());
    CHECK(backups.closeOutcome() == nullptr);  // nothing changed, nothing to back up on close
    return path;
}

// A database with a backup due an hour after it was made, opened; pagesPerStep for the copies.
struct DueBackup {
    TempDir dir;
    FixedClock clock{kStart + kMsPerHour};
    std::unique_ptr<Store> store;
    BackupPolicy policy;
    explicit DueBackup(int pagesPerStep) {
        makeDatabase(dir.path());
        store = openOk(dir.path(), clock);
        policy.pagesPerStep = pagesPerStep;
    }
};

// Writes a file of size bytes.
void writeSized(const std::string& path, std::size_t size) { writeBytes(path, std::string(size, 'x')); }

}  // namespace

TEST_CASE("backups: a start takes one only when the newest is 4 hours old or more") {
    TempDir dir;
    makeDatabase(dir.path());
    const std::string backupDir = dir.file(kBackupsFolderName);
    const std::string first = startWithoutChanges(dir.path(), kStart + kMsPerMinute);
    REQUIRE_FALSE(first.empty());
    CHECK(std::filesystem::path(first).filename() == backupFileName(kStart + kMsPerMinute));

    // Restarts within the interval copy nothing (a 176 MB history used to be copied at every start).
    CHECK(startWithoutChanges(dir.path(), kStart + 2 * kMsPerMinute).empty());
    CHECK(startWithoutChanges(dir.path(), kStart + kMsPerMinute + 4 * kMsPerHour - kMsPerSecond).empty());
    CHECK(listBackups(backupDir).size() == 1);

    const std::string second = startWithoutChanges(dir.path(), kStart + kMsPerMinute + 4 * kMsPerHour);
    CHECK_FALSE(second.empty());
    CHECK(listBackups(backupDir) == std::vector<std::string>{first, second});

    // A backup is a complete database with the data that was there.
    sql::Database copy(second, sql::OpenMode::ReadOnly);
    CHECK(findProfile(copy, "ann").has_value());
    CHECK(copy.queryText("PRAGMA integrity_check").value_or("") == "ok");
    CHECK(copy.queryText("PRAGMA journal_mode").value_or("") == "delete");
}

TEST_CASE("backups: the interval is counted from the newest backup's time stamp; one from the future does not count") {
    TempDir dir;
    const std::string backupDir = dir.path();
    BackupPolicy policy;
    CHECK(isBackupDue(backupDir, kStart, policy));  // none at all
    writeSized(backupDir + "/" + backupFileName(kStart), 10);
    CHECK(backupTimeMs(backupDir + "/" + backupFileName(kStart)) == kStart / kMsPerSecond * kMsPerSecond);
    CHECK(backupTimeMs(backupDir + "/notes.db") == -1);
    CHECK_FALSE(isBackupDue(backupDir, kStart + 3 * kMsPerHour, policy));
    CHECK(isBackupDue(backupDir, kStart + 4 * kMsPerHour, policy));
    // The clock went back a day: a backup "taken tomorrow" must not stop backups for a day.
    CHECK(isBackupDue(backupDir, kStart - kMsPerDay, policy));
    policy.intervalMs = kMsPerDay;
    CHECK_FALSE(isBackupDue(backupDir, kStart + 5 * kMsPerHour, policy));
}

TEST_CASE("backups: the copy runs on a worker thread, a few pages per step") {
    DueBackup due(2);
    const std::int64_t pages = due.store->db().queryInt("PRAGMA page_count").value_or(0);
    REQUIRE(pages > 4);
    SessionBackups backups(*due.store, due.clock, due.policy);
    REQUIRE(backups.startBackup() != nullptr);
    const BackupOutcome& outcome = backups.startBackup()->wait();
    CHECK(outcome.error.empty());
    CHECK(backups.startBackup()->finished());
    CHECK(outcome.worker != std::this_thread::get_id());
    CHECK(outcome.steps >= pages / 2);
    sql::Database copy(outcome.path, sql::OpenMode::ReadOnly);
    CHECK(copy.queryInt("PRAGMA page_count").value_or(0) == pages);
}

TEST_CASE("backups: answers written while the copy runs do not spoil or restart it: the copy is the snapshot of its start") {
    DueBackup due(1);
    const std::int64_t pages = due.store->db().queryInt("PRAGMA page_count").value_or(0);
    REQUIRE(pages > 4);
    sql::Database source(due.store->databasePath(), sql::OpenMode::ReadOnly);  // the worker's own connection
    int written = 0;
    int steps = 0;
    // After the first page, while the copy is surely under way, the session (its own connection) saves 50
    // learners: an overlap every run, not only when the threads happen to meet.
    const std::string path = backupDatabase(source, due.dir.file(kBackupsFolderName), due.clock.nowMs(), 1, &steps, [&](int done) {
        if (done != 1) return;
        for (int i = 0; i < 50; ++i) ensureProfile(due.store->db(), "learner" + std::to_string(i), SchedulerKind::Fsrs, kStart);
        written = 50;
    });
    REQUIRE(written == 50);
    REQUIRE(findProfile(due.store->db(), "learner49").has_value());
    sql::Database copy(path, sql::OpenMode::ReadOnly);
    CHECK(copy.queryText("PRAGMA integrity_check").value_or("") == "ok");
    CHECK(findProfile(copy, "ann").has_value());
    CHECK_FALSE(findProfile(copy, "learner0").has_value());  // written after the snapshot
    CHECK(steps <= pages + 1);  // one page a step, never started over after the writes
}

TEST_CASE("backups: on close, a backup is taken when the session changed the database") {
    TempDir dir;
    makeDatabase(dir.path());
    REQUIRE_FALSE(startWithoutChanges(dir.path(), kStart + kMsPerMinute).empty());

    FixedClock clock(kStart + kMsPerHour);
    auto store = openOk(dir.path(), clock);
    SessionBackups backups(*store, clock);
    CHECK(backups.startBackup() == nullptr);  // the newest is one hour old
    ensureProfile(store->db(), "bob", SchedulerKind::Fsrs, clock.nowMs());
    clock.advance(20 * kMsPerMinute);
    CHECK(backups.finish().empty());
    REQUIRE(backups.closeOutcome() != nullptr);
    CHECK(std::filesystem::path(backups.closeOutcome()->path).filename() == backupFileName(clock.nowMs()));
    sql::Database copy(backups.closeOutcome()->path, sql::OpenMode::ReadOnly);
    CHECK(findProfile(copy, "bob").has_value());
    CHECK(listBackups(dir.file(kBackupsFolderName)).size() == 2);
}

TEST_CASE("backups: pruning keeps at most the newest count and the total size, and always the newest") {
    TempDir dir;
    std::vector<std::string> made;
    for (int i = 0; i < 7; ++i) {
        made.push_back(dir.file(backupFileName(kStart + i * kMsPerHour)));
        writeSized(made.back(), 100);
    }
    BackupPolicy policy;
    policy.keepNewest = 5;
    policy.keepDaily = policy.keepWeekly = policy.keepMonthly = 0;  // the count alone (the tiers: backup_rotation_tests)
    policy.maxTotalBytes = 1000;
    CHECK(pruneBackups(dir.path(), policy) == 2);
    CHECK(listBackups(dir.path()) == std::vector<std::string>(made.begin() + 2, made.end()));

    policy.maxTotalBytes = 250;  // two of 100 bytes fit
    CHECK(pruneBackups(dir.path(), policy) == 3);
    CHECK(listBackups(dir.path()) == std::vector<std::string>(made.begin() + 5, made.end()));

    // A newest backup bigger than the whole budget is still kept: it is the only copy of today.
    writeSized(made.back(), 400);
    CHECK(pruneBackups(dir.path(), policy) == 1);
    CHECK(listBackups(dir.path()) == std::vector<std::string>{made.back()});
}

TEST_CASE("backups: a database that fails integrity_check is not copied, so good backups stay") {
    TempDir dir;
    makeDatabase(dir.path());
    const std::string path = dir.file(kDatabaseFileName);
    {
        sql::Database raw(path, sql::OpenMode::ReadWrite);
        raw.exec("CREATE TABLE extra(x TEXT); CREATE INDEX extra_x ON extra(x)");
        raw.exec("INSERT INTO extra VALUES ('a'), ('b'), ('c')");
        // Damage that quick_check does not see but integrity_check does: the index misses a row.
        raw.exec("PRAGMA writable_schema = ON");
        raw.exec("UPDATE sqlite_schema SET sql = 'CREATE INDEX extra_x ON extra(x) WHERE x <> ''b''' WHERE name = 'extra_x'");
        raw.exec("PRAGMA writable_schema = OFF");
    }
    {
        sql::Database raw(path, sql::OpenMode::ReadWrite);
        raw.exec("REINDEX extra_x");  // the index now leaves out 'b'
        raw.exec("PRAGMA writable_schema = ON");
        raw.exec("UPDATE sqlite_schema SET sql = 'CREATE INDEX extra_x ON extra(x)' WHERE name = 'extra_x'");
        raw.exec("PRAGMA writable_schema = OFF");
    }
    sql::Database source(path, sql::OpenMode::ReadOnly);
    REQUIRE(source.queryText("PRAGMA quick_check").value_or("") == "ok");
    REQUIRE(source.queryText("PRAGMA integrity_check").value_or("") != "ok");
    const std::string backupDir = dir.file(kBackupsFolderName);
    std::string message;
    try {
        backupDatabase(source, backupDir, kStart + kMsPerHour);
    } catch (const sql::StorageError& error) {
        message = error.what();
    }
    CHECK(message.find("failed integrity_check") != std::string::npos);
    CHECK(message.find("older backups are kept") != std::string::npos);
    CHECK(listBackups(backupDir).empty());
    CHECK(removeStaleBackupParts(backupDir) == 0);  // no .part left either
}

TEST_CASE("backups: a failed start backup's problem is there without waiting once it has finished") {
    TempDir dir;
    makeDatabase(dir.path());
    writeSized(dir.file(kBackupsFolderName), 10);  // a file where the folder goes: no backup can be written
    FixedClock clock(kStart + kMsPerHour);
    auto store = openOk(dir.path(), clock);
    SessionBackups backups(*store, clock);
    REQUIRE(backups.startBackup() != nullptr);
    for (int i = 0; i < 500 && backups.startRunning(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE_FALSE(backups.startRunning());
    const std::string problem = backups.startProblem();
    CHECK(problem.starts_with("no backup was taken at start: "));
    CHECK(problem.find(kBackupsFolderName) != std::string::npos);
    CHECK(backups.startProblem() == problem);  // asking again gives the same answer
    const std::vector<std::string> atClose = backups.finish();
    REQUIRE_FALSE(atClose.empty());
    CHECK(atClose.front() == problem);
}
