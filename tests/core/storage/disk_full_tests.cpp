// A full disk (issue 19, case 8): the error names the folder that is full and says that nothing saved
// before is lost. SQLite's max_page_count makes the database "full" without a small file system.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include "core/clock.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/store.hpp"
#include "storage_test_support.hpp"

using namespace retain;
using retain::storage_test::TempDir;

TEST_CASE("storage: a full disk says which folder is full and that nothing saved is lost") {
    TempDir dir;
    FixedClock clock(1'750'000'000'000);
    StoreOpenResult opened = Store::open(dir.path(), clock);
    REQUIRE(opened.store != nullptr);
    sql::Database& db = opened.store->db();
    ensureProfile(db, "ann", SchedulerKind::Fsrs, clock.nowMs());
    const std::int64_t pages = db.queryInt("PRAGMA page_count").value_or(0);
    db.exec("PRAGMA max_page_count = " + std::to_string(pages));

    std::string message;
    int code = 0;
    try {
        for (int i = 0; i < 10000; ++i) ensureProfile(db, "learner-" + std::to_string(i) + std::string(200, 'x'), SchedulerKind::Fsrs, clock.nowMs());
    } catch (const sql::StorageError& error) {
        message = error.what();
        code = error.code();
    }
    INFO(message);
    REQUIRE(code == SQLITE_FULL);
    CHECK(message.find("the disk holding " + dir.path() + " is full") != std::string::npos);
    CHECK(message.find("nothing saved before it is lost") != std::string::npos);

    db.exec("PRAGMA max_page_count = 1073741823");
    CHECK(findProfile(db, "ann").has_value());
    CHECK(db.queryText("PRAGMA integrity_check").value_or("") == "ok");
}
