// Libraries: a broken bank never hides the others, duplicate bank ids are reported, banks sort by id.
#include <doctest/doctest.h>

#include "bank_test_helpers.hpp"
#include "core/bank/bank_loader.hpp"

using namespace retain;
using retain::test::bankFixture;
using retain::test::describe;
using retain::test::findProblem;

TEST_CASE("a library loads every good bank despite a broken one and a duplicate id") {
    const std::string folder = bankFixture("library");
    const Library library = loadLibrary(folder);
    INFO(describe(library.problems));
    REQUIRE(library.banks.size() == 3);
    CHECK(library.banks[0].id == "lib-0-first-by-id");  // sorted by id, not by file name
    CHECK(library.banks[1].id == "lib-a");
    CHECK(library.banks[1].path == folder + "/a-good.yaml");
    CHECK(library.banks[1].questions.size() == 2);
    CHECK(library.banks[2].id == "lib-c");
    CHECK(library.banks[2].questions.size() == 1);

    const Problem* broken = findProblem(library.problems, "YAML syntax error: a '[' is not closed with ']' (it is opened on line 7, column 13)");
    REQUIRE(broken != nullptr);
    CHECK(broken->file == folder + "/b-broken.yaml");

    const Problem* duplicate = findProblem(library.problems, "bank id 'lib-a' is already used by " + folder + "/a-good.yaml:2");
    REQUIRE(duplicate != nullptr);
    CHECK(duplicate->file == folder + "/d-duplicate.yaml");
    CHECK(duplicate->line == 2);
    // README.md and the folder without YAML files are not banks, so nothing else is reported.
    CHECK(library.problems.size() == 2);
}

TEST_CASE("loadPaths takes bank files, bank folders and library folders together") {
    const Library library = loadPaths({bankFixture("good/all-types.yaml"), bankFixture("good/folder-bank"),
                                       bankFixture("library/c-folder"), bankFixture("library/a-good.yaml")});
    INFO(describe(library.problems));
    REQUIRE(library.banks.size() == 4);
    CHECK(library.banks[0].id == "all-types");
    CHECK(library.banks[1].id == "folder-bank");
    CHECK(library.banks[2].id == "lib-a");
    CHECK(library.banks[3].id == "lib-c");
    CHECK(library.problems.empty());
}

TEST_CASE("missing folders and files are problems, not crashes") {
    const Library missing = loadLibrary(bankFixture("no-such-folder"));
    CHECK(missing.banks.empty());
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems[0].message == "no such folder");

    const Library paths = loadPaths({bankFixture("no-such-file.yaml"), bankFixture("library/a-good.yaml")});
    CHECK(paths.banks.size() == 1);
    CHECK(findProblem(paths.problems, "no such file or folder") != nullptr);

    const BankLoadResult file = loadBank(bankFixture("no-such-file.yaml"));
    CHECK_FALSE(file.ok);
    CHECK(findProblem(file.problems, "cannot open the file") != nullptr);
}

TEST_CASE("a folder without bank.yaml is reported") {
    const BankLoadResult result = loadBank(bankFixture("library/images"));
    CHECK_FALSE(result.ok);
    CHECK(findProblem(result.problems, "needs a bank.yaml") != nullptr);
}
