// Every teacher-facing problem of the loader: the expected message, at the right line and column, and the
// other questions of the file still loading.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "bank_test_helpers.hpp"
#include "core/bank/bank_limits.hpp"
#include "core/bank/bank_loader.hpp"

using namespace retain;
using retain::test::bankFixture;
using retain::test::describe;
using retain::test::findProblem;

namespace {

struct BadCase {
    const char* file;       // under tests/data/banks/bad
    const char* message;    // a part of the expected message
    int line;
    int column;             // 0: not checked
    Severity severity;
    int questionsLoaded;    // questions of the file without errors
    bool ok;                // the bank itself is usable
};

const BadCase kBadCases[] = {
    {"yaml-syntax.yaml", "YAML syntax error: a ': ' where YAML does not expect one", 12, 16, Severity::Error, 0, false},
    {"unknown-key.yaml", "unknown key 'explaination' in a choice question (did you mean 'explanation'?)", 8, 5, Severity::Error, 1, true},
    {"key-of-other-type.yaml", "'choices' is not used by a text question", 10, 5, Severity::Error, 0, true},
    {"wrong-scalar-type.yaml", "'tolerance' must be a number such as 18000000000 or 18e9, not 'about ten'", 10, 16, Severity::Error, 0, true},
    {"wrong-scalar-type.yaml", "'prompt' must be text, not a list", 13, 13, Severity::Error, 0, true},
    {"wrong-scalar-type.yaml", "'shuffle' must be true or false, not 'maybe'", 17, 14, Severity::Error, 0, true},
    {"unknown-type.yaml", "unknown question type 'truefalse' (did you mean 'true_false'?)", 6, 11, Severity::Error, 0, true},
    {"unknown-type.yaml", "unknown question type 'multiple-choice' (did you mean 'choice'?)", 11, 11, Severity::Error, 0, true},
    {"missing-answer.yaml", "a numeric question needs 'answer'", 5, 5, Severity::Error, 0, true},
    {"answer-not-in-choices.yaml", "answer 'Tokio' is not one of the choices (did you mean 'Tokyo'?)", 10, 13, Severity::Error, 1, true},
    {"answer-not-in-choices.yaml", "answer 'Shikotan' is not one of the choices", 16, 23, Severity::Error, 1, true},
    {"duplicate-id.yaml", "duplicate question id 'visit' (first used at line 5)", 10, 9, Severity::Error, 1, true},
    {"negative-tolerance.yaml", "'tolerance' must not be negative (it is -0.5)", 11, 16, Severity::Error, 0, true},
    {"ordering-one-item.yaml", "an ordering question needs at least 2 items, not 1", 9, 12, Severity::Error, 0, true},
    {"cloze-empty-gap.yaml", "gap 2 has no answer", 8, 11, Severity::Error, 0, true},
    {"empty-prompt.yaml", "the prompt is empty", 7, 13, Severity::Error, 0, true},
    {"missing-explanation.yaml", "no 'explanation'", 5, 5, Severity::Warning, 1, true},
    {"invalid-utf8.yaml", "invalid UTF-8 (byte 0xE9)", 7, 18, Severity::Error, 0, false},
    {"deep-nesting.yaml", "nested more than 32 levels deep", 9, 41, Severity::Error, 0, false},
    {"billion-laughs.yaml", "more than 100 aliases", 19, 34, Severity::Error, 0, false},
};

}  // namespace

TEST_CASE("each bad fixture reports its message at the right place") {
    for (const BadCase& c : kBadCases) {
        const std::string path = bankFixture(std::string("bad/") + c.file);
        CAPTURE(c.file);
        CAPTURE(c.message);
        const BankLoadResult result = loadBank(path);
        INFO(describe(result.problems));
        const Problem* problem = findProblem(result.problems, c.message);
        REQUIRE(problem != nullptr);
        CHECK(problem->file == path);
        CHECK(problem->line == c.line);
        if (c.column > 0) CHECK(problem->column == c.column);
        CHECK(problem->severity == c.severity);
        CHECK(result.ok == c.ok);
        CHECK(static_cast<int>(result.bank.questions.size()) == c.questionsLoaded);
    }
}

TEST_CASE("a misspelt explanation is reported once, as an unknown key") {
    const BankLoadResult result = loadBank(bankFixture("bad/unknown-key.yaml"));
    INFO(describe(result.problems));
    CHECK(result.problems.size() == 1);
    CHECK(findProblem(result.problems, "no 'explanation'") == nullptr);
}

TEST_CASE("a question with several mistakes reports all of them") {
    const BankLoadResult result = loadBank(bankFixture("bad/wrong-scalar-type.yaml"));
    int errors = 0;
    for (const Problem& problem : result.problems) errors += problem.severity == Severity::Error ? 1 : 0;
    CHECK(errors == 3);
}

TEST_CASE("a file over the size limit is refused before it is parsed") {
    std::string text = "bank: {id: big, title: Big}\n# ";
    text.append(kMaxBankFileBytes, 'x');
    BankLoadResult result = loadBankFromString(text, "big.yaml");
    CHECK_FALSE(result.ok);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].message.find("at most 8 MiB") != std::string::npos);
    CHECK(result.problems[0].line == 0);

    const auto path = std::filesystem::temp_directory_path() / "retain-bank-too-large.yaml";
    {
        std::ofstream out(path, std::ios::binary);
        out << text;
    }
    result = loadBank(path.string());
    std::filesystem::remove(path);
    CHECK_FALSE(result.ok);
    REQUIRE(findProblem(result.problems, "at most 8 MiB") != nullptr);
    CHECK(findProblem(result.problems, "at most 8 MiB")->file == path.string());
}

TEST_CASE("deep block nesting is refused as well as deep brackets") {
    std::string text = "bank: {id: deep, title: Deep}\nquestions:\n";
    std::string indent;
    for (int level = 0; level < 40; ++level) {
        text += indent + "- a:\n";
        indent += "    ";
    }
    const BankLoadResult result = loadBankFromString(text, "deep.yaml");
    const Problem* problem = findProblem(result.problems, "nested more than 32 levels deep");
    REQUIRE(problem != nullptr);
    CHECK(problem->line > 3);
    CHECK(problem->line < 3 + 20);

    // Thousands of levels, past yaml-cpp's own recursion guard, still give a located problem and no crash.
    const std::string flood(100000, '[');
    const BankLoadResult flooded = loadBankFromString("questions: " + flood, "flood.yaml");
    REQUIRE(findProblem(flooded.problems, "nested more than") != nullptr);
    CHECK(findProblem(flooded.problems, "nested more than")->line == 1);
}

TEST_CASE("a normal number of aliases is allowed") {
    const std::string text =
        "bank: {id: alias, title: Aliases}\n"
        "questions:\n"
        "  - id: a\n"
        "    type: choice\n"
        "    prompt: Pick.\n"
        "    explanation: &why Because.\n"
        "    choices: &options [A, B]\n"
        "    answer: A\n"
        "  - id: b\n"
        "    type: choice\n"
        "    prompt: Pick again.\n"
        "    explanation: *why\n"
        "    choices: *options\n"
        "    answer: B\n";
    const BankLoadResult result = loadBankFromString(text, "alias.yaml");
    INFO(describe(result.problems));
    REQUIRE(result.bank.questions.size() == 2);
    CHECK(std::get<ChoiceAnswer>(result.bank.questions[1].answer).correct == 1);
    CHECK(result.bank.questions[1].explanation == "Because.");
}

TEST_CASE("control characters are refused with their position") {
    const BankLoadResult result = loadBankFromString("bank: {id: x, title: X}\nquestions: [\x01]\n", "ctrl.yaml");
    const Problem* problem = findProblem(result.problems, "control character 0x01");
    REQUIRE(problem != nullptr);
    CHECK(problem->line == 2);
    CHECK(problem->column == 13);
}

TEST_CASE("whole-file mistakes: empty file, no header, a list at the top, two documents") {
    struct Case {
        const char* text;
        const char* message;
    };
    const Case cases[] = {
        {"", "the file is empty"},
        {"# only a comment\n", "the file is empty"},
        {"questions: []\n", "no 'bank:' header"},
        {"- a\n- b\n", "must start with 'bank:' and 'questions:', not a list"},
        {"bank: {id: a, title: A}\n---\nbank: {id: b, title: B}\n", "one YAML document"},
        {",toNbot", "no 'bank:' header"},  // yaml-cpp 0.7's LoadAll never returns on this
        {"bank: {id: a, title: A}\n,\n", "YAML syntax error"},
        {"bank: {id: Bad_Id, title: A}\n", "bank id 'Bad_Id' may only use lowercase letters, digits and '-'"},
        {"bank: {id: a}\n", "needs a 'title'"},
        {"bank: {id: a, title: A}\nquestion: []\n", "unknown key 'question' in a bank file (did you mean 'questions'?)"},
        {"bank: {id: a, title: A}\nquestions: {id: q}\n", "'questions' must be a list"},
        {"bank: {id: a, title: A}\nquestions:\n  - just text\n", "each question must be a map"},
        {"bank: {id: a, title: A, title: B}\n", "'title' is given twice (first on line 1)"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        const BankLoadResult result = loadBankFromString(c.text, "case.yaml");
        INFO(describe(result.problems));
        CHECK(findProblem(result.problems, c.message) != nullptr);
    }
}

TEST_CASE("question-level mistakes beyond the fixtures") {
    struct Case {
        const char* question;  // one question, indented as an item of `questions:`
        const char* message;
    };
    const Case cases[] = {
        {"{id: q, type: choice, prompt: P, choices: [A], answer: A}", "needs 2 to 8 choices, not 1"},
        {"{id: q, type: choice, prompt: P, choices: [A, A], answer: A}", "choice 'A' is listed twice"},
        {"{id: q, type: choice, prompt: P, choices: [A, ''], answer: A}", "item 2 of 'choices' is empty"},
        {"{id: q, type: multi, prompt: P, choices: [A, B], answer: A}", "unknown key 'answer' in a multi question (did you mean 'answers'?)"},
        {"{id: q, type: multi, prompt: P, choices: [A, B], answers: []}", "'answers' is empty"},
        {"{id: q, type: true_false, prompt: P, answer: maybe}", "'answer' must be true or false, not 'maybe'"},
        {"{id: q, type: numeric, prompt: P, answer: 18 billion}", "'answer' must be a number"},
        {"{id: q, type: numeric, prompt: P, answer: 1, relative_tolerance: -1}", "'relative_tolerance' must not be negative"},
        {"{id: q, type: date, prompt: P, answer: May 2018}", "'answer' must be a date written 2018-05-26, 2018-05 or 2018"},
        {"{id: q, type: date, prompt: P, answer: 2018-02-30}", "'answer' must be a date"},
        {"{id: q, type: date, prompt: P, answer: {from: 2018-05, to: 2018-05-02}}", "written the same way"},
        {"{id: q, type: date, prompt: P, answer: {from: 2019, to: 2018}}", "ends before it starts"},
        {"{id: q, type: date, prompt: P, answer: 2018, precision: day}", "precision 'day' needs the answer written to the day"},
        {"{id: q, type: date, prompt: P, answer: 2018, precision: decade}", "'precision' must be year, month or day"},
        {"{id: q, type: text, prompt: P, answer: ''}", "'answer' is empty"},
        {"{id: q, type: ordering, prompt: P, items: [A, B, A]}", "item 'A' is listed twice"},
        {"{id: q, type: matching, prompt: P, pairs: [{left: A, right: B}]}", "needs at least 2 pairs, not 1"},
        {"{id: q, type: matching, prompt: P, pairs: [{left: A, right: B}, {left: A, right: C}]}", "left side 'A' is listed twice"},
        {"{id: q, type: matching, prompt: P, pairs: [{left: A, rigth: B}, {left: C, right: D}]}", "(did you mean 'right'?)"},
        {"{id: q, type: cloze, text: no gaps here}", "has no gap"},
        {"{id: q, type: cloze, text: 'open {{gap'}", "gap 1 is opened with '{{' but not closed"},
        {"{id: q, type: cloze, text: 'stray }} here'}", "'}}' without an opening '{{'"},
        {"{id: Q1, type: text, prompt: P, answer: A}", "question id 'Q1' may only use"},
        {"{type: text, prompt: P, answer: A}", "the question needs an 'id'"},
        {"{id: q, prompt: P, answer: A}", "the question needs a 'type'"},
        {"{id: q, type: text, answer: A}", "the question needs a 'prompt'"},
        {"{id: q, type: text, prompt: P, answer: A, source: {paragraph: 0}}", "'paragraph' must be 1 or more, not 0"},
        {"{id: q, type: text, prompt: P, answer: A, source: {evidence: x}}", "'evidence' needs a 'paragraph'"},
        {"{id: q, type: text, prompt: P, answer: A, source: 12}", "'source' must be a map"},
        {"{id: q, type: text, prompt: P, answer: A, tags: [economics]}", "tag 'economics' is not one of the documented tags (questions/README.md) (did you mean 'economy'?)"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.question);
        const std::string text = std::string("bank: {id: a, title: A}\nquestions:\n  - ") + c.question + "\n";
        const BankLoadResult result = loadBankFromString(text, "case.yaml");
        INFO(describe(result.problems));
        const Problem* problem = findProblem(result.problems, c.message);
        REQUIRE(problem != nullptr);
        CHECK(problem->line == 3);
    }
}
