// Reading a data folder an older Retain wrote (schema 5) without writing to it: openForReading refuses
// it, openForReadingUpgraded reads it through a migrated copy in memory and says so, and the file stays
// byte for byte (and time stamp) as it was.
#include <doctest/doctest.h>

#include "core/classroom/class_report_merge.hpp"
#include "core/storage/data_lock.hpp"
#include "core/storage/schema.hpp"
#include "core/storage/store.hpp"
#include "storage_test_support.hpp"

using namespace retain;
using retain::storage_test::TempDir;

namespace {

constexpr UnixMs kNow = 1'750'000'000'000;  // 2025-06-15 15:06:40 UTC

// Builds <dir>/retain.db at schema 5 (Retain's first five migrations) with one submitted exam of one
// question, written with the SQL of that schema.
void makeSchema5Folder(const std::string& dir) {
    sql::Database db(dir + "/" + kDatabaseFileName, sql::OpenMode::ReadWriteCreate);
    applyMigrations(db, retainMigrations().first(5), MigrationContext{dir, kNow});
    REQUIRE(schemaVersion(db) == 5);
    db.exec("INSERT INTO exam_attempts (id, title, seed, student, time_limit_seconds, started_ms, submitted_ms) "
            "VALUES (1, 'Quiz', 7, 'Ana', 0, 1750000000000, 1750000060000)");
    db.exec("INSERT INTO exam_results (attempt_id, position, student, bank_id, question_id, answer, score, time_seconds, "
            "exam_title, exam_seed, submitted_ms) VALUES (1, 0, 'Ana', 'geo', 'capital', 'Tokyo', 1.0, 12.5, 'Quiz', 7, 1750000060000)");
}

}  // namespace

TEST_CASE("storage: a schema-5 folder is read through an upgraded copy in memory and left untouched") {
    TempDir dir;
    makeSchema5Folder(dir.path());
    const std::string path = dir.file(kDatabaseFileName);
    const auto before = storage_test::snapshot(path);

    CHECK(Store::openForReading(dir.path()).error == StoreOpenError::OlderSchema);

    FixedClock clock(kNow);
    StoreOpenResult opened = Store::openForReadingUpgraded(dir.path(), clock);
    REQUIRE(opened.store);
    CHECK(opened.warning.find("older schema (version 5; this Retain writes " + std::to_string(latestSchemaVersion())) != std::string::npos);
    CHECK(opened.warning.find("left as it was") != std::string::npos);
    CHECK(schemaVersion(opened.store->db()) == latestSchemaVersion());  // the copy is migrated
    const std::vector<AttributedResultRow> rows = loadAttributedResults(opened.store->db());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].row.student == "Ana");
    CHECK(rows[0].row.score == 1.0);
    opened.store.reset();

    CHECK(storage_test::snapshot(path) == before);
    sql::Database file(path, sql::OpenMode::ReadOnly);
    CHECK(schemaVersion(file) == 5);
    CHECK_FALSE(std::filesystem::exists(dir.file(kLockFileName)));  // never locked: a running Retain is not in the way
}

TEST_CASE("storage: openForReadingUpgraded opens a current folder as openForReading does, with no note") {
    TempDir dir;
    {
        FixedClock clock(kNow);
        REQUIRE(Store::open(dir.path(), clock).store);
    }
    FixedClock clock(kNow);
    StoreOpenResult opened = Store::openForReadingUpgraded(dir.path(), clock);
    REQUIRE(opened.store);
    CHECK(opened.warning.empty());
    CHECK(Store::openForReadingUpgraded(dir.file("missing"), clock).error == StoreOpenError::Missing);
}
