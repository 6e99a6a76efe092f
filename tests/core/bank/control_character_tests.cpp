// Control characters (issue 19, case 3): a bank that spells them through YAML escapes is refused with a
// located problem; CSV, GIFT and Anki imports drop them with a warning; the terminal shows them as
// visible stand-ins and obeys none.
#include <doctest/doctest.h>

#include "bank_test_helpers.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/csv_import.hpp"
#include "core/interop/gift_import.hpp"
#include "core/interop/interop_text.hpp"
#include "core/text/control_chars.hpp"

using namespace retain;
using retain::test::describe;
using retain::test::findProblem;

namespace {

std::string bankWithPrompt(const std::string& prompt) {
    return "bank:\n  id: controls\n  title: Controls\nquestions:\n  - id: q1\n    type: text\n    prompt: " + prompt +
           "\n    answer: red\n";
}

ImportOptions bankOptions() {
    ImportOptions options;
    options.bankId = "controls";
    options.bankTitle = "Controls";
    return options;
}

bool hasControl(const std::string& text) { return findControlCharacter(text, LineBreaks::Allowed).has_value(); }

}  // namespace

TEST_CASE("controls: a prompt with BEL, ESC and NUL through YAML escapes is an error at its line") {
    const BankLoadResult result = loadBankFromString(bankWithPrompt("\"Who \\x07\\x1b[31mRED\\x1b[0m \\x00 nul?\""), "c.yaml");
    INFO(describe(result.problems));
    const Problem* problem = findProblem(result.problems, "'prompt' holds the control character U+0007 (bell)");
    REQUIRE(problem != nullptr);
    CHECK(problem->severity == Severity::Error);
    CHECK(problem->line == 7);
    CHECK(result.bank.questions.empty());
}

TEST_CASE("controls: C1 controls and DEL are refused too; tab and line breaks are text") {
    CHECK(findProblem(loadBankFromString(bankWithPrompt("\"a \\u009b b\""), "c.yaml").problems, "U+009B") != nullptr);
    CHECK(findProblem(loadBankFromString(bankWithPrompt("\"a \\x7f b\""), "c.yaml").problems, "U+007F (delete)") != nullptr);
    const BankLoadResult fine = loadBankFromString(bankWithPrompt("\"one\\ttwo\\nthree\""), "c.yaml");
    INFO(describe(fine.problems));
    REQUIRE(fine.bank.questions.size() == 1);
    CHECK(fine.bank.questions[0].prompt == "one\ttwo\nthree");
    // A list item (options, accepted answers) is checked as well.
    const std::string choice = "bank:\n  id: controls\n  title: Controls\nquestions:\n  - id: q1\n    type: choice\n"
                               "    prompt: Pick\n    choices: [\"a\\x1b\", b]\n    answer: b\n";
    CHECK(findProblem(loadBankFromString(choice, "c.yaml").problems, "item 1 of 'choices' holds the control character U+001B (escape)") != nullptr);
}

TEST_CASE("controls: CSV fields with NUL, ESC and BEL import without them, with a warning, and load back") {
    const std::string csv = std::string("Tokyo\x07,Capital\x1b[31m of \0Japan\n", 30);
    DelimitedImportOptions delimited;
    delimited.separator = ",";
    const ImportResult result = importDelimited(csv, "c.csv", bankOptions(), delimited);
    INFO(describe(result.problems));
    REQUIRE(result.bank.questions.size() == 1);
    CHECK(result.bank.questions[0].prompt == "Capital[31m of Japan");
    CHECK_FALSE(hasControl(result.bank.questions[0].prompt));
    const Problem* warning = findProblem(result.problems, "3 control character(s)");
    REQUIRE(warning != nullptr);
    CHECK(warning->severity == Severity::Warning);
    CHECK(warning->line == 1);
    CHECK(loadBankFromString(writeBankYaml(result.bank), "imported.yaml").ok);
}

TEST_CASE("controls: GIFT text and HTML character references never decode to a control character") {
    const ImportResult gift = importGift("::q1:: Who \x1b[31m rang\x07? {=bell}\n", "c.gift", bankOptions());
    INFO(describe(gift.problems));
    REQUIRE(gift.bank.questions.size() == 1);
    CHECK_FALSE(hasControl(gift.bank.questions[0].prompt));
    // A control becomes U+FFFD; the tab is kept, then folded to a space as all blanks are.
    CHECK(htmlToText("a&#27;b&#x7;c&#9;d") == "a\uFFFDb\uFFFDc d");
}

TEST_CASE("controls: the terminal shows control characters as visible stand-ins") {
    CHECK(terminalSafe(std::string("a\x07" "b\x1b[0m\0c\n\td\x7f", 13)) == "a\u2407b\u241b[0m\u2400c\n\td\u2421");
    CHECK(terminalSafe("x\u009by") == "x\uFFFDy");
    CHECK(terminalSafe("plain \u00e9 text") == "plain \u00e9 text");
    CHECK(stripControlCharacters("a\r\nb\rc", LineBreaks::Allowed) == "a\nbc");
    CHECK(stripControlCharacters("a\nb", LineBreaks::Refused) == "ab");
    CHECK(controlCharacterName(0x1b) == "U+001B (escape)");
}
