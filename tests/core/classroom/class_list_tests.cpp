// Class lists: CSV (header or none, "," or ";", BOM) and pasted text read into checked names; bad lines
// skipped with a located warning; stored per class (migration 7), a re-import replacing the old list; the
// window's service (imports, the report export, the few-students warning, prompts).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <memory>

#include "../storage/storage_test_support.hpp"
#include "classroom_test_support.hpp"
#include "core/classroom/class_list.hpp"
#include "core/classroom/class_list_repository.hpp"
#include "core/classroom/class_list_service.hpp"
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
    CHECK(at->version == 7);
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

namespace {

std::unique_ptr<StudyBackend> openBackend(const storage_test::TempDir& dir, const Clock& clock) {
    StoreOpenResult opened = Store::open(dir.path(), clock);
    REQUIRE(opened.store);
    return std::make_unique<StudyBackend>(std::move(opened.store), clock, "default");
}

std::string fileText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("class list service: the window's imports (file or pasted) and a missing file named in the problem") {
    storage_test::TempDir dir;
    FixedClock clock(classroom_test::kNoon);
    auto study = openBackend(dir, clock);
    const ClassListParse pasted = importClassList(*study, "9B", "Ana\nBen\nana\n", ClassListSource::Pasted, "pasted", clock.nowMs());
    CHECK(pasted.names == Names{"Ana", "Ben"});
    CHECK(pasted.problems.size() == 1);
    CHECK(classListNames(*study, "9B") == Names{"Ana", "Ben"});

    std::ofstream(dir.file("10a.csv")) << "name;id\nDana;1\nEve;2\n";
    CHECK(importClassListFile(*study, "10A", dir.file("10a.csv"), clock.nowMs()).names == Names{"Dana", "Eve"});
    const ClassListParse missing = importClassListFile(*study, "11C", dir.file("none.csv"), clock.nowMs());
    CHECK(missing.names.empty());
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems[0].format() == dir.file("none.csv") + ": error: " + dir.file("none.csv") +
                                              ": cannot open the file: No such file or directory");
    // Nothing usable: the old list stays.
    CHECK(importClassList(*study, "9B", "\n\n", ClassListSource::Pasted, "pasted", clock.nowMs()).names.empty());
    CHECK(classListNames(*study, "9B") == Names{"Ana", "Ben"});
    REQUIRE(classLists(*study).size() == 2);
}

TEST_CASE("class report export: both CSV files written through core, or the failure named") {
    storage_test::TempDir dir;
    const std::vector<ClassResultRow> rows{{"Ana", CardKey{"geo", "q1"}, "Tokyo", 1.0, 3.5}};
    const std::vector<ItemAnalysis> items = analyseItems(rows);
    const ClassReportExport written = exportClassReport(dir.path(), rows, items);
    CHECK(written.ok);
    CHECK(written.message == "Wrote " + dir.file("class_results.csv") + " and " + dir.file("item_analysis.csv"));
    CHECK(fileText(dir.file("class_results.csv")) == classResultsCsv(rows));
    CHECK(fileText(dir.file("item_analysis.csv")) == itemAnalysisCsv(items));
    const ClassReportExport failed = exportClassReport(dir.file("no/such/folder"), rows, items);
    CHECK_FALSE(failed.ok);
    CHECK(failed.message == "cannot write " + dir.file("no/such/folder") + "/class_results.csv");
}

TEST_CASE("class report: fewer than 5 students get a warning; prompts replace ids where the bank has them") {
    CHECK(fewStudentsWarning(1) == "Only 1 student took it: with fewer than 5, facility and discrimination say little "
                                   "about the questions.");
    CHECK(fewStudentsWarning(4).starts_with("Only 4 students took it"));
    CHECK(fewStudentsWarning(5).empty());
    const std::vector<Bank> banks{classroom_test::makeChoiceBank("geo", 2, {"t"})};
    CHECK(questionPrompt(banks, CardKey{"geo", "geo-q2"}) == "Which one is geo-q2?");
    CHECK(questionPrompt(banks, CardKey{"geo", "gone"}) == "geo/gone");
}
