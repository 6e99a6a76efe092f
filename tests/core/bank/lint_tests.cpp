// The linter core behind `retain lint`.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "bank_test_helpers.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/bank/lint.hpp"

using namespace retain;
using retain::test::bankFixture;
using retain::test::describe;
using retain::test::findProblem;

TEST_CASE("lint sums up banks, questions, errors and warnings") {
    const LintReport clean = lintBanks({bankFixture("good/all-types.yaml"), bankFixture("good/folder-bank")}, nullptr);
    INFO(describe(clean.problems));
    CHECK(clean.banks == 2);
    CHECK(clean.questions == 12);
    CHECK(clean.errorCount() == 0);
    CHECK(clean.summary() == "2 banks, 12 questions, 0 errors, 0 warnings");

    const LintReport mixed = lintBanks({bankFixture("bad/missing-explanation.yaml"), bankFixture("bad/duplicate-id.yaml")}, nullptr);
    // Both files use the bank id bad-sample, so the second bank is left out and its duplicate question id
    // still counts.
    CHECK(mixed.summary() == "1 bank, 1 question, 2 errors, 1 warning");
}

TEST_CASE("lint sorts problems by file, line and column") {
    const LintReport report = lintBanks({bankFixture("bad")}, nullptr);
    REQUIRE(report.problems.size() > 10);
    for (std::size_t i = 1; i < report.problems.size(); ++i) {
        const Problem& a = report.problems[i - 1];
        const Problem& b = report.problems[i];
        CHECK((a.file < b.file || (a.file == b.file && (a.line < b.line || (a.line == b.line && a.column <= b.column)))));
    }
    // Every file of bad/ is its own bank with the same id, so all but the first usable one are reported.
    CHECK(findProblem(report.problems, "bank id 'bad-sample' is already used by") != nullptr);
}

TEST_CASE("lint checks evidence when given a source") {
    const std::string banks = std::string(RETAIN_TEST_DATA) + "/banks/source";
    SourceText source;
    std::string error;
    REQUIRE(readSourceText(banks + "/article.txt", source, error));
    const LintReport report = lintBanks({banks + "/evidence.yaml"}, &source);
    INFO(describe(report.problems));
    CHECK(report.questions == 2);
    REQUIRE(report.errorCount() == 1);
    const Problem* problem = findProblem(report.problems, "evidence \"30 percent\" is not in paragraph 2 of article.txt");
    REQUIRE(problem != nullptr);
    CHECK(problem->line == 16);
}

TEST_CASE("the repository's banks lint without errors") {
    REQUIRE(std::filesystem::is_directory(RETAIN_QUESTIONS_DIR));
    int bankFiles = 0;  // every .yaml file in questions/ is a bank; none may fail to load
    for (const auto& entry : std::filesystem::directory_iterator(RETAIN_QUESTIONS_DIR)) {
        bankFiles += entry.path().extension() == ".yaml" ? 1 : 0;
    }
    const LintReport report = lintBanks({RETAIN_QUESTIONS_DIR}, nullptr);
    INFO(describe(report.problems));
    REQUIRE(bankFiles >= 1);
    CHECK(report.banks == bankFiles);
    CHECK(report.errorCount() == 0);
}

// The article sits beside the checkout (../shared/source) in our workspace and CI; ctest registers this
// test only there (tests/CMakeLists.txt) and lists it as not run in a clone without it.
TEST_CASE("the repository's banks quote their cited paragraphs of the source article [needs ../shared]") {
    SourceText source;
    std::string error;
    REQUIRE_MESSAGE(readSourceText(RETAIN_SHARED_SOURCE, source, error), error);
    const LintReport report = lintBanks({RETAIN_QUESTIONS_DIR}, &source);
    INFO(describe(report.problems));
    CHECK(report.errorCount() == 0);
}

TEST_CASE("lint reads sibling groups and warns about a group of one, at its question") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("retain-lint-siblings-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string file = (dir / "siblings.yaml").string();
    {
        std::ofstream out(file);
        out << "bank: {id: siblings, title: Siblings}\n"
               "questions:\n"
               "  - {id: visit-year, type: numeric, prompt: Year of the visit, explanation: E., answer: 2018, sibling: visit}\n"
               "  - {id: visit-what, type: true_false, prompt: There was a visit in 2018, explanation: E., answer: true, sibling: visit}\n"
               "  - {id: alone, type: true_false, prompt: P., explanation: E., answer: true, sibling: vist}\n"
               "  - {id: empty, type: true_false, prompt: P., explanation: E., answer: true, sibling: ''}\n";
    }
    const LintReport report = lintBanks({file}, nullptr);
    INFO(describe(report.problems));
    const Problem* lonely = findProblem(report.problems, "sibling group 'vist' has only question 'alone'");
    REQUIRE(lonely != nullptr);
    CHECK(lonely->severity == Severity::Warning);
    CHECK(lonely->line == 5);
    const Problem* empty = findProblem(report.problems, "'sibling' is empty");
    REQUIRE(empty != nullptr);
    CHECK(empty->line == 6);
    CHECK(findProblem(report.problems, "'visit'") == nullptr);  // a group of two is fine
    CHECK(findProblem(report.problems, "unknown key") == nullptr);

    const Library library = loadPaths({file});
    REQUIRE(library.banks.size() == 1);
    CHECK(library.banks[0].questions[0].sibling == "visit");
    CHECK(library.banks[0].questions[1].sibling == "visit");
    std::filesystem::remove_all(dir);
}
