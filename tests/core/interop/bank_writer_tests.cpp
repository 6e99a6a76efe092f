// The bank writer: what it writes, the loader reads back unchanged.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/bank/bank_loader.hpp"
#include "core/interop/bank_writer.hpp"
#include "interop_test_support.hpp"

using namespace retain;

namespace {

int errorCount(const ProblemList& problems) {
    int count = 0;
    for (const Problem& problem : problems) count += problem.severity == Severity::Error ? 1 : 0;
    return count;
}

void checkSameBank(const Bank& expected, const Bank& actual) {
    CHECK(actual.id == expected.id);
    CHECK(actual.title == expected.title);
    CHECK(actual.description == expected.description);
    CHECK(actual.language == expected.language);
    CHECK(actual.source.doc == expected.source.doc);
    CHECK(actual.source.title == expected.source.title);
    CHECK(actual.source.author == expected.source.author);
    CHECK(actual.source.publisher == expected.source.publisher);
    CHECK(actual.source.date == expected.source.date);
    CHECK(actual.tags == expected.tags);
    REQUIRE(actual.questions.size() == expected.questions.size());
    for (std::size_t i = 0; i < expected.questions.size(); ++i) {
        const Question& a = expected.questions[i];
        const Question& b = actual.questions[i];
        CAPTURE(a.id);
        CHECK(b.id == a.id);
        CHECK(b.type() == a.type());
        CHECK(b.prompt == a.prompt);
        CHECK(b.explanation == a.explanation);
        CHECK(b.hint == a.hint);
        CHECK(b.tags == a.tags);
        CHECK(b.source.paragraph == a.source.paragraph);
        CHECK(b.source.evidence == a.source.evidence);
        REQUIRE(b.moreSources.size() == a.moreSources.size());
        for (std::size_t k = 0; k < a.moreSources.size(); ++k) {
            CHECK(b.moreSources[k].paragraph == a.moreSources[k].paragraph);
            CHECK(b.moreSources[k].evidence == a.moreSources[k].evidence);
        }
        CHECK(b.draft == a.draft);
        CHECK(b.sibling == a.sibling);
        CHECK(test::sameAnswer(a.answer, b.answer));
    }
}

Question numericQuestion(const std::string& id, double value, double tolerance) {
    Question question;
    question.id = id;
    question.prompt = "How much is " + id + "?";
    question.explanation = "Because.";
    NumericAnswer answer;
    answer.value = value;
    answer.absoluteTolerance = tolerance;
    question.answer = answer;
    return question;
}

}  // namespace

TEST_CASE("a bank of every type survives write and load unchanged") {
    const BankLoadResult original = loadBank(test::testData("banks/good/all-types.yaml"));
    REQUIRE(original.ok);
    REQUIRE(original.bank.questions.size() == 10);
    const std::string yaml = writeBankYaml(original.bank, "written by a test");
    CHECK(yaml.rfind("# written by a test\n", 0) == 0);
    const BankLoadResult reloaded = loadBankFromString(yaml, "written.yaml");
    CAPTURE(yaml);
    REQUIRE(reloaded.ok);
    CHECK(errorCount(reloaded.problems) == 0);
    checkSameBank(original.bank, reloaded.bank);
}

TEST_CASE("texts YAML would misread are quoted and come back as texts") {
    Bank bank;
    bank.id = "tricky";
    bank.title = "yes";
    bank.language = "en";  // the loader's default
    const std::vector<std::string> prompts = {"true",       "12",           "2018-05-26",    "null",  "~",
                                              "a: b # c",   "- dash",       "\"quoted\" 'too'", "line one\nline two",
                                              "Russia–Japan", "*alias",     "&anchor",       "!tag",  "%percent",
                                              "@at",        "`tick",        "[not, a, list]", "{not: map}", "#hash", "-1e5"};
    for (std::size_t i = 0; i < prompts.size(); ++i) {
        Question question;
        question.id = "q" + std::to_string(i);
        question.prompt = prompts[i];
        question.explanation = prompts[i];
        question.answer = TextAnswer{{prompts[i], "off"}, true, false};
        bank.questions.push_back(question);
    }
    const std::string yaml = writeBankYaml(bank);
    const BankLoadResult reloaded = loadBankFromString(yaml, "tricky.yaml");
    CAPTURE(yaml);
    REQUIRE(reloaded.ok);
    CHECK(errorCount(reloaded.problems) == 0);
    checkSameBank(bank, reloaded.bank);
}

TEST_CASE("numbers are written so they read back as the same double") {
    Bank bank;
    bank.id = "numbers";
    bank.title = "Numbers";
    bank.language = "en";
    const std::vector<std::pair<double, double>> values = {
        {0.1, 0.0}, {1e-7, 1e-9}, {123456789.123456789, 0.001}, {18e9, 5e8}, {1e300, 1e290}, {-0.5, 0.25}, {1.0 / 3.0, 2.0 / 3.0},
        {0.0, 0.0}, {5e-324, 0.0}, {9007199254740993.0, 0.0}};
    for (std::size_t i = 0; i < values.size(); ++i) {
        bank.questions.push_back(numericQuestion("n" + std::to_string(i), values[i].first, values[i].second));
    }
    const BankLoadResult reloaded = loadBankFromString(writeBankYaml(bank), "numbers.yaml");
    REQUIRE(reloaded.ok);
    checkSameBank(bank, reloaded.bank);
}

TEST_CASE("question tags that repeat a bank default tag are not written twice") {
    Bank bank;
    bank.id = "tags";
    bank.title = "Tags";
    bank.tags = {"common"};
    Question question = numericQuestion("t", 1.0, 0.0);
    question.tags = {"own", "common"};
    bank.questions.push_back(question);
    const std::string yaml = writeBankYaml(bank);
    CHECK(yaml.find("tags: [own]") != std::string::npos);
    const BankLoadResult reloaded = loadBankFromString(yaml, "tags.yaml");
    REQUIRE(reloaded.ok);
    REQUIRE(reloaded.bank.questions.size() == 1);
    CHECK(std::find(reloaded.bank.questions[0].tags.begin(), reloaded.bank.questions[0].tags.end(), "own") !=
          reloaded.bank.questions[0].tags.end());
    CHECK(std::find(reloaded.bank.questions[0].tags.begin(), reloaded.bank.questions[0].tags.end(), "common") !=
          reloaded.bank.questions[0].tags.end());
}

TEST_CASE("a drafted question keeps draft: true through write and load, and an accepted one writes no draft key") {
    Bank bank;
    bank.id = "drafted";
    bank.title = "Drafted";
    bank.language = "en";
    Question drafted = numericQuestion("proposed", 11.0, 0.0);
    drafted.draft = true;
    bank.questions.push_back(drafted);
    bank.questions.push_back(numericQuestion("accepted", 12.0, 0.0));
    const std::string yaml = writeBankYaml(bank);
    CHECK(yaml.find("draft: true") != std::string::npos);
    CHECK(yaml.find("draft: false") == std::string::npos);
    const BankLoadResult reloaded = loadBankFromString(yaml, "drafted.yaml");
    REQUIRE(reloaded.ok);
    CHECK(errorCount(reloaded.problems) == 0);
    checkSameBank(bank, reloaded.bank);
    CHECK(reloaded.bank.questions[0].draft);
    CHECK_FALSE(reloaded.bank.questions[1].draft);
}
