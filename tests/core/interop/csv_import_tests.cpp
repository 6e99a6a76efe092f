// Quizlet-style CSV/TSV import and the delimited-text reader and writer under it.
#include <doctest/doctest.h>

#include "core/bank/bank_loader.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/csv_import.hpp"
#include "core/text/delimited_text.hpp"
#include "core/interop/importer.hpp"
#include "interop_test_support.hpp"

using namespace retain;

namespace {

const TextAnswer& textAnswer(const Question& question) {
    REQUIRE(question.type() == QuestionType::Text);
    return std::get<TextAnswer>(question.answer);
}

ImportOptions bankOptions() {
    ImportOptions options;
    options.bankId = "quizlet-sample";
    options.bankTitle = "Quizlet sample";
    return options;
}

}  // namespace

TEST_CASE("a comma-separated Quizlet export becomes text questions, definition asking for the term") {
    FileImportOptions options;
    options.bank = bankOptions();
    REQUIRE(guessImportFormat("x/quizlet-comma.csv", options.format));
    const ImportResult result = importFile(test::testData("interop/quizlet-comma.csv"), options);
    REQUIRE(result.ok);
    REQUIRE(result.bank.questions.size() == 5);
    const auto& q = result.bank.questions;
    CHECK(q[0].prompt == "Capital of Japan");
    CHECK(textAnswer(q[0]).accepted == std::vector<std::string>{"Tokyo"});
    CHECK(q[1].prompt == "Prime Minister of Japan, 2012\u20132020");  // quoted field keeps its comma
    CHECK(textAnswer(q[1]).accepted.front() == "Abe, Shinzo");
    CHECK(q[2].prompt == "Chain of islands\nbetween Hokkaido and Kamchatka");  // embedded line break, CRLF -> LF
    CHECK(textAnswer(q[3]).accepted.front() == "The \"Northern Territories\"");  // doubled quotes
    CHECK(q[4].prompt == "Russia\u2013Japan trade in 2017, roughly");  // unquoted extra comma stays in the definition
    CHECK(q[4].line == 6);
    // The row without a separator (line 7) and the one without a term (line 8) are reported, not imported.
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].line == 7);
    CHECK(result.problems[1].line == 8);
    CHECK(result.problems[1].message.find("term is empty") != std::string::npos);
    // Ids are stable slugs and unique.
    CHECK(q[0].id.rfind("capital-of-japan-", 0) == 0);
    const ImportResult again = importFile(test::testData("interop/quizlet-comma.csv"), options);
    CHECK(again.bank.questions[0].id == q[0].id);
}

TEST_CASE("--prompt-side term asks with the term; tab-separated text is Quizlet's default") {
    FileImportOptions options;
    options.bank = bankOptions();
    REQUIRE(guessImportFormat("quizlet-tab.txt", options.format));
    CHECK(options.format == ImportFormat::Tsv);
    options.promptSide = PromptSide::Term;
    const ImportResult result = importFile(test::testData("interop/quizlet-tab.txt"), options);
    REQUIRE(result.ok);
    REQUIRE(result.bank.questions.size() == 3);
    CHECK(result.bank.questions[2].prompt == "Vladimir Putin");
    CHECK(textAnswer(result.bank.questions[2]).accepted.front() == "President of Russia in 2018");
    CHECK(result.bank.questions[2].line == 4);  // the blank line 3 is skipped but counted
    CHECK(result.problems.empty());
}

TEST_CASE("a custom separator and the written bank loading back") {
    DelimitedImportOptions delimited;
    delimited.separator = " :: ";
    const ImportResult result = importDelimited("Tokyo :: Capital of Japan\nKyoto :: Old capital :: of Japan\n", "mem.txt",
                                                bankOptions(), delimited);
    REQUIRE(result.bank.questions.size() == 2);
    CHECK(result.bank.questions[1].prompt == "Old capital :: of Japan");
    const BankLoadResult loaded = loadBankFromString(writeBankYaml(result.bank), "imported.yaml");
    REQUIRE(loaded.ok);
    REQUIRE(loaded.bank.questions.size() == 2);
    CHECK(loaded.bank.id == "quizlet-sample");
    CHECK(textAnswer(loaded.bank.questions[1]).accepted.front() == "Kyoto");
}

TEST_CASE("the same prompt twice gets two distinct ids") {
    const ImportResult result = importDelimited("a,Same\nb,Same\n", "dup.csv", bankOptions(), DelimitedImportOptions{","});
    REQUIRE(result.bank.questions.size() == 2);
    CHECK(result.bank.questions[0].id != result.bank.questions[1].id);
    CHECK(result.bank.questions[1].id == result.bank.questions[0].id + "-2");
}

TEST_CASE("an unterminated quote is reported with its line and nothing crashes") {
    ProblemList problems;
    const auto records = parseDelimited("a,b\nc,\"never closed\nmore", ",", "bad.csv", problems);
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields[1] == "never closed\nmore");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 2);
}

TEST_CASE("written records read back field for field") {
    const std::vector<std::string> fields = {"plain", "with,comma", "with \"quotes\"", "two\nlines", " padded ", ""};
    const std::string line = formatDelimitedRecord(fields, ',');
    CHECK(line.substr(0, 6) == "plain,");
    REQUIRE(line.size() >= 2);
    CHECK(line.substr(line.size() - 2) == "\r\n");
    ProblemList problems;
    const auto records = parseDelimited(line, ",", "x.csv", problems);
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == fields);
    CHECK(problems.empty());
}
