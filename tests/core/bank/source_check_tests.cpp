// Paragraph numbering and the loose evidence check.
#include <doctest/doctest.h>

#include <fstream>

#include "bank_test_helpers.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/bank/source_check.hpp"

using namespace retain;
using retain::test::describe;
using retain::test::findProblem;

namespace {

// Blank lines, a line of only no-break spaces and tabs, and a line with a trailing carriage return.
const char* kSource =
    "Title of the \xE2\x80\x9C" "piece\xE2\x80\x9D\n"
    "\n"
    "\xC2\xA0 \t\n"
    "  Trade reached USD\xC2\xA0" "18 billion in 2017 \xE2\x80\x93 a record.\r\n"
    "\n"
    "Mr. Abe\xE2\x80\x99s 21st meeting took place on May 25\xE2\x80\x93" "26, 2018.\n"
    "\xC2\xA0\n"
    "The end.";

}  // namespace

TEST_CASE("splitParagraphs numbers the non-blank lines after trimming no-break spaces too") {
    const std::vector<std::string> paragraphs = splitParagraphs(kSource);
    REQUIRE(paragraphs.size() == 4);
    CHECK(paragraphs[0] == "Title of the \xE2\x80\x9C" "piece\xE2\x80\x9D");
    CHECK(paragraphs[1].rfind("Trade reached", 0) == 0);
    CHECK(paragraphs[1].back() == '.');  // carriage return and leading spaces trimmed
    CHECK(paragraphs[3] == "The end.");
    CHECK(splitParagraphs("").empty());
    CHECK(splitParagraphs("\n\n \xC2\xA0\n").empty());
}

TEST_CASE("looseText folds case, quotes, dashes and whitespace") {
    CHECK(looseText("  USD\xC2\xA0\t 18   Billion ") == "usd 18 billion");
    CHECK(looseText("Abe\xE2\x80\x99s") == looseText("abe's"));
    CHECK(looseText("\xE2\x80\x9Cpiece\xE2\x80\x9D") == "\"piece\"");
    CHECK(looseText("May 25\xE2\x80\x93" "26") == "may 25-26");
    CHECK(looseText("May 25 - 26") == "may 25-26");
    CHECK(looseText("a \xE2\x80\x94 b") == "a-b");
    CHECK(looseText("\xC3\x84HNLICH") == looseText("\xC3\xA4hnlich"));
    CHECK(containsLoosely("Trade reached USD\xC2\xA0" "18 billion", "usd 18 BILLION"));
    CHECK_FALSE(containsLoosely("Trade reached USD 18 billion", "USD 19 billion"));
    CHECK_FALSE(containsLoosely("anything", "  "));
}

TEST_CASE("checkEvidence accepts loose matches and names the paragraph of a miss") {
    const std::string bankText =
        "bank: {id: src, title: Source check}\n"
        "questions:\n"
        "  - {id: ok-quote, type: text, prompt: P, explanation: E, answer: A, source: {paragraph: 3, evidence: \"Abe's 21st meeting\"}}\n"
        "  - {id: ok-dash, type: text, prompt: P, explanation: E, answer: A, source: {paragraph: 3, evidence: \"May 25-26, 2018\"}}\n"
        "  - {id: wrong-paragraph, type: text, prompt: P, explanation: E, answer: A, source: {paragraph: 1, evidence: \"USD 18 billion\"}}\n"
        "  - {id: nowhere, type: text, prompt: P, explanation: E, answer: A, source: {paragraph: 2, evidence: \"USD 19 billion\"}}\n"
        "  - {id: too-far, type: text, prompt: P, explanation: E, answer: A, source: {paragraph: 9, evidence: \"x\"}}\n"
        "  - {id: no-evidence, type: text, prompt: P, explanation: E, answer: A, source: {paragraph: 2}}\n"
        "  - {id: no-source, type: text, prompt: P, explanation: E, answer: A}\n";
    const BankLoadResult result = loadBankFromString(bankText, "src.yaml");
    INFO(describe(result.problems));
    REQUIRE(result.bank.questions.size() == 7);
    SourceText source{"article.txt", splitParagraphs(kSource)};
    const ProblemList problems = checkEvidence(result.bank, source);
    INFO(describe(problems));
    REQUIRE(problems.size() == 4);

    const Problem* moved = findProblem(problems, "evidence \"USD 18 billion\" is not in paragraph 1 of article.txt; it stands in paragraph 2");
    REQUIRE(moved != nullptr);
    CHECK(moved->line == 5);
    CHECK(moved->column > 1);
    CHECK(moved->severity == Severity::Error);
    CHECK(moved->message.find("(paragraph 1 begins \"Title of the") != std::string::npos);

    const Problem* nowhere = findProblem(problems, "evidence \"USD 19 billion\" is not in paragraph 2 of article.txt (");
    REQUIRE(nowhere != nullptr);
    CHECK(nowhere->line == 6);

    const Problem* tooFar = findProblem(problems, "paragraph 9 does not exist: article.txt has 4 paragraphs");
    REQUIRE(tooFar != nullptr);
    CHECK(tooFar->line == 7);

    const Problem* noEvidence = findProblem(problems, "cites paragraph 2 without an evidence phrase");
    REQUIRE(noEvidence != nullptr);
    CHECK(noEvidence->severity == Severity::Warning);
    CHECK(noEvidence->line == 8);
}

TEST_CASE("a list of citations is checked entry by entry, each in its own paragraph") {
    const std::string bankText =
        "bank: {id: src, title: Source check}\n"
        "questions:\n"
        "  - id: both-right\n"
        "    type: text\n"
        "    prompt: P\n"
        "    explanation: E\n"
        "    answer: A\n"
        "    source: [{paragraph: 2, evidence: \"USD 18 billion\"}, {paragraph: 3, evidence: \"21st meeting\"}]\n"
        "  - id: second-wrong\n"
        "    type: text\n"
        "    prompt: P\n"
        "    explanation: E\n"
        "    answer: A\n"
        "    source:\n"
        "      - {paragraph: 3, evidence: \"21st meeting\"}\n"
        "      - {paragraph: 3, evidence: \"USD 18 billion\"}\n"
        "  - {id: empty-list, type: text, prompt: P, explanation: E, answer: A, source: []}\n";
    const BankLoadResult result = loadBankFromString(bankText, "list.yaml");
    INFO(describe(result.problems));
    const Problem* empty = findProblem(result.problems, "'source' is an empty list");
    REQUIRE(empty != nullptr);
    CHECK(empty->line == 17);
    REQUIRE(result.bank.questions.size() == 2);
    SourceText source{"article.txt", splitParagraphs(kSource)};
    const ProblemList problems = checkEvidence(result.bank, source);
    INFO(describe(problems));
    REQUIRE(problems.size() == 1);
    const Problem* moved = findProblem(problems, "evidence \"USD 18 billion\" is not in paragraph 3 of article.txt; it stands in paragraph 2");
    REQUIRE(moved != nullptr);
    CHECK(moved->line == 16);  // at the entry that is wrong, not at the first citation
}

TEST_CASE("a missing source article is an error that names the file") {
    SourceText source;
    std::string error;
    const std::string missing = std::string(RETAIN_TEST_DATA) + "/no-such-source.txt";
    CHECK_FALSE(readSourceText(missing, source, error));
    CHECK(error.find("cannot open") != std::string::npos);
    CHECK(error.find(missing) != std::string::npos);
    CHECK(source.paragraphs.empty());
}

// Registered with ctest only where ../shared is beside the checkout (tests/CMakeLists.txt); elsewhere
// ctest lists it as not run.
TEST_CASE("the shared source article has the paragraphs its README lists [needs ../shared]") {
    SourceText source;
    std::string error;
    REQUIRE_MESSAGE(readSourceText(RETAIN_SHARED_SOURCE, source, error), error);
    CHECK(source.paragraphs.size() == 36);
    CHECK(source.paragraphs[0] == "Asymmetry of Russia\xE2\x80\x93Japan Relations");  // paragraph 1: the title
    CHECK(source.paragraphs[12].find("politics and security") != std::string::npos);  // 13: a heading
    CHECK(source.paragraphs[16].find("Economic cooperation") != std::string::npos);   // 17: a heading
}
