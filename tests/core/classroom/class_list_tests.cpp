// Class lists: CSV (header or none, "," or ";", BOM) and pasted text read into checked names; bad lines
// skipped with a located warning; stored per class (migration 7), a re-import replacing the old list.
#include <doctest/doctest.h>

#include <algorithm>

#include "../storage/storage_test_support.hpp"
#include "classroom_test_support.hpp"
#include "core/classroom/class_list.hpp"
#include "core/classroom/class_list_repository.hpp"
#include "core/clock.hpp"
#include "core/storage/schema.hpp"
#include "core/storage/store.hpp"

using namespace retain;

namespace {
using Names = std::vector<std::string>;
}

TEST_CASE("class list: one column without a header, every line a name") {
    const ClassListParse parse = parseClassList("Ana Lima\nBen Okoro\r\nChloé Martin\n", ClassListSource::Csv, "9b.csv");
    CHECK(parse.names == Names{"Ana Lima", "Ben Okoro", "Chloé Martin"});
    CHECK_FALSE(parse.header);
    CHECK(parse.problems.empty());
}

TEST_CASE("class list: a header names the column; ';' separators and a byte order mark are understood") {
    const ClassListParse parse =
        parseClassList("\xEF\xBB\xBFId;Student;Email\n1;Ana Lima;a@x\n2;\"Okoro; Ben\";b@x\n", ClassListSource::Csv, "9b.csv");
    CHECK(parse.header);
    CHECK(parse.column == 1);
    CHECK(parse.names == Names{"Ana Lima", "Okoro; Ben"});
}

TEST_CASE("class list: comma CSV with a Name header in another case") {
    const ClassListParse parse = parseClassList("NAME,class\nAna,9B\nBen,9B\n", ClassListSource::Csv, "x.csv");
    CHECK(parse.names == Names{"Ana", "Ben"});
}

TEST_CASE("class list: repeats, empty cells and control characters are skipped with file and line") {
    const ClassListParse parse =
        parseClassList("name,n\nAna,1\n,2\nana ,3\nB\x01n,4\nCarl,5\n", ClassListSource::Csv, "9b.csv");
    CHECK(parse.names == Names{"Ana", "Carl"});
    REQUIRE(parse.problems.size() == 3);
    CHECK(parse.problems[0].line == 3);
    CHECK(parse.problems[0].message == "no name in column 1: line skipped");
    CHECK(parse.problems[1].line == 4);
    CHECK(parse.problems[1].message == "'ana' is already on the list (line 2): line skipped");
    CHECK(parse.problems[2].line == 5);
    CHECK(parse.problems[2].format() == "9b.csv:5: warning: The name cannot hold control characters or line breaks. Line skipped.");
    CHECK(parse.problems[0].severity == Severity::Warning);
}

TEST_CASE("class list: pasted text is one name per line, commas kept") {
    const ClassListParse parse = parseClassList("  Lima, Ana \n\nOkoro, Ben\n", ClassListSource::Pasted, "pasted");
    CHECK(parse.names == Names{"Lima, Ana", "Okoro, Ben"});
}

TEST_CASE("class list: a name is found ignoring ASCII case and blanks at the ends") {
    const Names names{"Ana Lima", "Ben Okoro"};
    CHECK(findClassListName(names, " ben okoro") == 1);
    CHECK(findClassListName(names, "Ana") == -1);
}

TEST_CASE("storage: migration 7 adds class lists and player-profile links") {
    const auto list = retainMigrations();
    const auto at = std::find_if(list.begin(), list.end(), [](const Migration& m) {
        return std::string(m.sql).find("CREATE TABLE class_students") != std::string::npos;
    });
    REQUIRE(at != list.end());
    CHECK(at->version == list.back().version);
    CHECK(std::string(at->sql).find("CREATE TABLE live_player_profiles") != std::string::npos);
}

TEST_CASE("storage: a class list is stored per class and replaced by a re-import") {
    storage_test::TempDir dir;
    FixedClock clock(classroom_test::kNoon);
    StoreOpenResult opened = Store::open(dir.path(), clock);
    REQUIRE(opened.store);
    sql::Database& db = opened.store->db();
    saveClassList(db, "9B", {"Ana", "Ben", "Carl"}, classroom_test::kNoon);
    saveClassList(db, "10A", {"Dana"}, classroom_test::kNoon);
    CHECK(loadClassList(db, "9B") == Names{"Ana", "Ben", "Carl"});
    CHECK(loadClassList(db, "9b") == Names{"Ana", "Ben", "Carl"});  // class names ignore case
    saveClassList(db, "9b", {"Ben", "Eve"}, classroom_test::kNoon + 1000);
    CHECK(loadClassList(db, "9B") == Names{"Ben", "Eve"});
    CHECK(loadClassList(db, "no such class").empty());
    const std::vector<ClassListSummary> classes = listClassLists(db);
    REQUIRE(classes.size() == 2);
    CHECK(classes[0].name == "10A");
    CHECK(classes[0].students == 1);
    CHECK(classes[1].name == "9B");  // the first spelling stays
    CHECK(classes[1].students == 2);
    CHECK(classes[1].updatedMs == classroom_test::kNoon + 1000);
}
