// Moodle GIFT import: every construct of the hand-written sample, and the ones reported as problems.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/bank/bank_loader.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/gift_import.hpp"
#include "core/interop/gift_syntax.hpp"
#include "interop_test_support.hpp"

using namespace retain;

namespace {

ImportResult importSample() {
    ImportOptions options;
    options.bankId = "moodle-sample";
    options.bankTitle = "Moodle sample";
    return importGift(test::readFile(test::testData("interop/moodle-sample.gift")), "moodle-sample.gift", options);
}

const Question& byPrompt(const Bank& bank, const std::string& start) {
    const auto found = std::find_if(bank.questions.begin(), bank.questions.end(),
                                    [&](const Question& q) { return q.prompt.rfind(start, 0) == 0; });
    REQUIRE(found != bank.questions.end());
    return *found;
}

const Problem* problemAt(const ProblemList& problems, int line) {
    const auto found = std::find_if(problems.begin(), problems.end(), [&](const Problem& p) { return p.line == line; });
    return found == problems.end() ? nullptr : &*found;
}

}  // namespace

TEST_CASE("GIFT multiple choice, multiple answer and true/false") {
    const ImportResult result = importSample();
    REQUIRE(result.ok);
    const Question& capital = result.bank.questions.at(0);
    CHECK(capital.id == "capital-japan");
    CHECK(capital.prompt == "Which city is the capital of Japan?");
    CHECK(capital.tags == std::vector<std::string>{"geography", "capitals"});
    CHECK(capital.explanation == "Tokyo became the capital in 1868.");  // general feedback wins over "#Right..."
    CHECK(capital.line == 5);
    const auto& choice = std::get<ChoiceAnswer>(capital.answer);
    CHECK(choice.choices == std::vector<std::string>{"Tokyo", "Osaka", "Kyoto"});
    CHECK(choice.correct == 0);

    const Question& kurils = result.bank.questions.at(1);
    CHECK(kurils.id == "kuril-islands");
    const auto& multi = std::get<MultiAnswer>(kurils.answer);
    CHECK(multi.correct == std::vector<int>{0, 1});
    CHECK(multi.choices.size() == 4);

    const Question& moon = byPrompt(result.bank, "The Moon");
    CHECK(std::get<TrueFalseAnswer>(moon.answer).value == false);
    CHECK(moon.explanation == "Right: it is rock.");  // the feedback shown for a right answer
    CHECK(std::get<TrueFalseAnswer>(byPrompt(result.bank, "Tokyo is in Japan.").answer).value == true);
}

TEST_CASE("GIFT short answer, missing word, numerical and matching") {
    const ImportResult result = importSample();
    const Question& pm = byPrompt(result.bank, "Who was Prime Minister");
    CHECK(std::get<TextAnswer>(pm.answer).accepted == std::vector<std::string>{"Shinzo Abe", "Abe"});  // 50 % answer dropped
    CHECK(problemAt(result.problems, pm.line) != nullptr);

    const auto cloze = std::find_if(result.bank.questions.begin(), result.bank.questions.end(),
                                    [](const Question& q) { return q.type() == QuestionType::Cloze; });
    REQUIRE(cloze != result.bank.questions.end());
    const auto& gaps = std::get<ClozeAnswer>(cloze->answer);
    CHECK(gaps.text == "Trade reached {{0}} dollars in 2017.");
    REQUIRE(gaps.gaps.size() == 1);
    CHECK(gaps.gaps[0].accepted == std::vector<std::string>{"18 billion", "USD 18 billion"});

    const auto& km = std::get<NumericAnswer>(byPrompt(result.bank, "How many km").answer);
    CHECK(km.value == 400.0);
    CHECK(km.absoluteTolerance == 50.0);
    const Question& year = byPrompt(result.bank, "In which year");
    CHECK(std::get<NumericAnswer>(year.answer).value == 2018.0);           // range 2017..2019: midpoint
    CHECK(std::get<NumericAnswer>(year.answer).absoluteTolerance == 1.0);  // and half its width
    CHECK(year.explanation == "Either end counts.");
    const Question& several = byPrompt(result.bank, "Numbers with several");
    CHECK(std::get<NumericAnswer>(several.answer).value == 18.0);
    CHECK(std::get<NumericAnswer>(several.answer).absoluteTolerance == 0.0);
    CHECK(several.explanation == "exact");

    const auto& roles = std::get<MatchingAnswer>(byPrompt(result.bank, "Match each").answer);
    REQUIRE(roles.pairs.size() == 3);
    CHECK(roles.pairs[2] == std::make_pair(std::string("Xi Jinping"), std::string("President of China")));
}

TEST_CASE("GIFT escapes and [html] items") {
    const ImportResult result = importSample();
    const Question& escapes = byPrompt(result.bank, "Escapes");
    CHECK(escapes.prompt == "Escapes: 1 = 1, {braces} and #hash and ~tilde?");
    CHECK(std::get<TextAnswer>(escapes.answer).accepted.front() == "yes: it works");
    const Question& html = byPrompt(result.bank, "What is");
    CHECK(html.prompt == "What is 2 & 2?");
    CHECK(unescapeGift(escapeGift("a~b=c#d{e}f:g\\h\ni")) == "a~b=c#d{e}f:g\\h\ni");
}

TEST_CASE("GIFT constructs Retain cannot ask are reported with their line and skipped") {
    const ImportResult result = importSample();
    CHECK(result.bank.questions.size() == 12);
    for (int line : {45, 47, 49, 51, 53}) {
        CAPTURE(line);
        CHECK(problemAt(result.problems, line) != nullptr);
    }
    CHECK(problemAt(result.problems, 45)->message.find("essay") != std::string::npos);
    CHECK(problemAt(result.problems, 47)->severity == Severity::Warning);
    CHECK(problemAt(result.problems, 49)->message.find("closing") != std::string::npos);
    CHECK(problemAt(result.problems, 53)->message.find("no right answer") != std::string::npos);
    // What did come out is a bank the loader accepts.
    const BankLoadResult loaded = loadBankFromString(writeBankYaml(result.bank), "moodle-sample.yaml");
    REQUIRE(loaded.ok);
    CHECK(loaded.bank.questions.size() == result.bank.questions.size());
    for (const Problem& problem : loaded.problems) CHECK(problem.severity == Severity::Warning);
}

TEST_CASE("hostile GIFT fragments give problems, never a crash") {
    const std::vector<std::string> inputs = {"{", "}", "::", "::a", "{#}", "{#..}", "{#1:-1}", "{~%x%a ~b}", "{=a -> }",
                                             "q{=a->b}", "q{=a->1 =b->1}", "\\", "{T#", "$CATEGORY:", "q{~a ~b ~c ~d ~e ~f ~g ~h =i}",
                                             "q{=a ~a}", "x {=a|b} y {{"};
    for (const std::string& input : inputs) {
        CAPTURE(input);
        const ImportResult result = importGift(input, "hostile.gift", ImportOptions{"h", "H"});
        CHECK((!result.ok || !result.bank.questions.empty()));
        if (!result.ok) CHECK(!result.problems.empty());
    }
}
