// Loading well-formed banks: a file with one question of every type, checked field by field, and a folder bank.
#include <doctest/doctest.h>

#include <algorithm>

#include "bank_test_helpers.hpp"
#include "core/bank/bank_loader.hpp"

using namespace retain;
using retain::test::bankFixture;
using retain::test::describe;

namespace {

bool hasTag(const Question& question, const std::string& tag) {
    return std::find(question.tags.begin(), question.tags.end(), tag) != question.tags.end();
}

}  // namespace

TEST_CASE("the all-types fixture loads every question field by field") {
    const std::string path = bankFixture("good/all-types.yaml");
    const BankLoadResult result = loadBank(path);
    INFO(describe(result.problems));
    REQUIRE(result.ok);
    CHECK(result.problems.empty());
    const Bank& bank = result.bank;
    CHECK(bank.id == "all-types");
    CHECK(bank.title == "Every question type");
    CHECK(bank.description == "A fixture with one question of each type.");
    CHECK(bank.language == "en");
    CHECK(bank.source.doc == "sample-doc");
    CHECK(bank.source.title == "A sample article");
    CHECK(bank.source.author == "Ann Author");
    CHECK(bank.source.publisher == "Sample Press");
    CHECK(bank.source.date == "2018-06-14");
    CHECK(bank.tags == std::vector<std::string>{"sample"});
    CHECK(bank.path == path);
    CHECK(result.headerLine == 3);
    REQUIRE(bank.questions.size() == 10);

    SUBCASE("choice") {
        const Question& q = bank.questions[0];
        CHECK(q.id == "capital");
        CHECK(q.type() == QuestionType::Choice);
        CHECK(q.prompt == "Which city is the capital of Japan?");
        CHECK(q.explanation == "Tokyo has been the capital since 1868.");
        CHECK(q.hint == "It is on Honshu.");
        CHECK(q.tags == std::vector<std::string>{"places", "sample"});  // own tags, then the bank's
        CHECK(q.source.paragraph == 2);
        CHECK(q.source.evidence == "capital is Tokyo");
        CHECK(q.source.line == 16);
        CHECK(q.file == path);
        CHECK(q.line == 10);
        const auto& a = std::get<ChoiceAnswer>(q.answer);
        CHECK(a.choices == std::vector<std::string>{"Osaka", "Tokyo", "Kyoto"});
        CHECK(a.correct == 1);
        CHECK_FALSE(a.shuffle);
    }
    SUBCASE("multi") {
        const Question& q = bank.questions[1];
        CHECK(q.type() == QuestionType::Multi);
        CHECK(q.hint.empty());
        CHECK(q.source.paragraph == 0);
        CHECK(q.tags == std::vector<std::string>{"sample"});
        const auto& a = std::get<MultiAnswer>(q.answer);
        CHECK(a.choices.size() == 4);
        CHECK(a.correct == std::vector<int>{0, 2});  // ascending, whatever order the file lists them in
        CHECK(a.shuffle);
    }
    SUBCASE("true_false") {
        const Question& q = bank.questions[2];
        CHECK(q.id == "visit_official");
        CHECK(std::get<TrueFalseAnswer>(q.answer).value);
    }
    SUBCASE("numeric") {
        const Question& q = bank.questions[3];
        CHECK(q.tags == std::vector<std::string>{"figures", "economy", "sample"});
        const auto& a = std::get<NumericAnswer>(q.answer);
        CHECK(a.value == doctest::Approx(18e9));
        CHECK(a.unit == "USD");
        CHECK(a.unitAliases == std::vector<std::string>{"dollars", "US dollars"});
        CHECK(a.absoluteTolerance == doctest::Approx(5e8));
        CHECK(a.relativeTolerance == doctest::Approx(0.05));
        CHECK(expectedAnswerText(q) == "USD 18 billion");
    }
    SUBCASE("date range") {
        const auto& a = std::get<DateAnswer>(bank.questions[4].answer);
        CHECK(a.isRange());
        CHECK(a.from == CalendarDate{2018, 5, 25});
        CHECK(a.to == CalendarDate{2018, 5, 26});
        CHECK(a.precision == DatePrecision::Day);
        CHECK(expectedAnswerText(bank.questions[4]) == "May 25\u201326, 2018");
    }
    SUBCASE("date with a coarser precision keeps only the year") {
        const auto& a = std::get<DateAnswer>(bank.questions[5].answer);
        CHECK_FALSE(a.isRange());
        CHECK(a.from == CalendarDate{1956, 0, 0});
        CHECK(a.precision == DatePrecision::Year);
    }
    SUBCASE("text") {
        const auto& a = std::get<TextAnswer>(bank.questions[6].answer);
        CHECK(a.accepted == std::vector<std::string>{"Shinzo Abe", "Abe", "Abe Shinzo"});
        CHECK_FALSE(a.typos);
        CHECK(a.caseSensitive);
        CHECK(a.allowExtra == std::vector<std::string>{"Japanese Prime Minister"});
        // source as a list: the first citation, then the others in order
        CHECK(bank.questions[6].source.paragraph == 6);
        REQUIRE(bank.questions[6].moreSources.size() == 1);
        CHECK(bank.questions[6].moreSources[0].paragraph == 24);
        CHECK(bank.questions[6].moreSources[0].evidence == "Japan's Prime Minister Shinzo Abe");
        CHECK(bank.questions[6].moreSources[0].line > bank.questions[6].source.line);
    }
    SUBCASE("ordering") {
        CHECK(std::get<OrderingAnswer>(bank.questions[7].answer).items ==
              std::vector<std::string>{"Declaration", "Visit", "Forum"});
    }
    SUBCASE("matching, in flow and block form") {
        const auto& a = std::get<MatchingAnswer>(bank.questions[8].answer);
        REQUIRE(a.pairs.size() == 2);
        CHECK(a.pairs[0] == std::pair<std::string, std::string>{"Shinzo Abe", "Prime Minister of Japan"});
        CHECK(a.pairs[1] == std::pair<std::string, std::string>{"Vladimir Putin", "President of Russia"});
    }
    SUBCASE("cloze gets the default prompt and numbered gap markers") {
        const Question& q = bank.questions[9];
        CHECK(q.prompt == "Fill in the gaps.");
        const auto& a = std::get<ClozeAnswer>(q.answer);
        CHECK(a.text == "Trade reached {{0}} in {{1}}.");
        REQUIRE(a.gaps.size() == 2);
        CHECK(a.gaps[0].accepted == std::vector<std::string>{"USD 18 billion", "18 billion"});
        CHECK(a.gaps[1].accepted == std::vector<std::string>{"2017"});
        CHECK(expectedAnswerText(q) == "Trade reached USD 18 billion in 2017.");
    }
}

TEST_CASE("a folder is one bank: bank.yaml holds the header, the other files hold questions") {
    const std::string folder = bankFixture("good/folder-bank");
    const BankLoadResult result = loadBank(folder);
    INFO(describe(result.problems));
    REQUIRE(result.ok);
    CHECK(result.problems.empty());
    CHECK(result.bank.id == "folder-bank");
    CHECK(result.bank.path == folder);
    CHECK(result.headerFile == folder + "/bank.yaml");
    REQUIRE(result.bank.questions.size() == 2);
    CHECK(result.bank.questions[0].id == "first");
    CHECK(result.bank.questions[0].file == folder + "/bank.yaml");
    CHECK(result.bank.questions[1].id == "second");
    CHECK(result.bank.questions[1].file == folder + "/more.yaml");
    CHECK(result.bank.questions[1].line == 2);
    CHECK(hasTag(result.bank.questions[1], "source"));
    CHECK(hasTag(result.bank.questions[1], "folder"));
}

TEST_CASE("loadBankFromString reads text in memory and names the file in problems") {
    const std::string text =
        "bank: {id: mem, title: In memory}\n"
        "questions:\n"
        "  - {id: q1, type: true_false, prompt: \"Yes?\", explanation: Yes., answer: no}\n"
        "  - {id: q2, type: numeric, prompt: How many, answer: 1_000}\n";
    const BankLoadResult result = loadBankFromString(text, "memory.yaml");
    REQUIRE(result.ok);
    REQUIRE(result.bank.questions.size() == 2);
    CHECK_FALSE(std::get<TrueFalseAnswer>(result.bank.questions[0].answer).value);
    CHECK(std::get<NumericAnswer>(result.bank.questions[1].answer).value == 1000.0);
    REQUIRE(result.problems.size() == 1);  // q2 has no explanation: a warning, the question still loads
    CHECK(result.problems[0].severity == Severity::Warning);
    CHECK(result.problems[0].file == "memory.yaml");
    CHECK(result.problems[0].line == 4);
    CHECK(result.problems[0].column == 5);
}
