// bank -> GIFT -> bank: what survives, type by type, asserted exactly.
#include <doctest/doctest.h>

#include "core/bank/bank_loader.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/gift_export.hpp"
#include "core/interop/gift_import.hpp"
#include "interop_test_support.hpp"

using namespace retain;

namespace {

struct RoundTrip {
    Bank original;
    ImportResult imported;
    const Question& before(const std::string& id) const { return *original.find(id); }
    const Question& after(const std::string& id) const {
        const Question* question = imported.bank.find(id);
        REQUIRE(question != nullptr);
        return *question;
    }
};

RoundTrip roundTrip() {
    RoundTrip trip;
    const BankLoadResult loaded = loadBank(test::testData("banks/good/all-types.yaml"));
    REQUIRE(loaded.ok);
    trip.original = loaded.bank;
    trip.imported = importGift(exportGift(trip.original), "all-types.gift", ImportOptions{"all-types", "Every question type"});
    return trip;
}

}  // namespace

TEST_CASE("GIFT round trip keeps every question, its id, prompt, explanation and answer") {
    const RoundTrip trip = roundTrip();
    REQUIRE(trip.imported.ok);
    CHECK(trip.imported.problems.empty());
    // The one cloze with two gaps comes back as two one-gap questions; all others one for one.
    CHECK(trip.imported.bank.questions.size() == trip.original.questions.size() + 1);
    for (const Question& question : trip.original.questions) {
        if (question.type() == QuestionType::Cloze) continue;
        CAPTURE(question.id);
        const Question& back = trip.after(question.id);
        CHECK(back.prompt == question.prompt);
        CHECK(back.explanation == question.explanation);
        CHECK(back.hint.empty());                                  // GIFT has no hints
        CHECK(back.source.paragraph == 0);                         // nor citations
        CHECK(back.tags == std::vector<std::string>{"all-types"});  // the category written for the bank
    }
}

TEST_CASE("GIFT round trip: types that map directly come back equal") {
    const RoundTrip trip = roundTrip();
    // shuffle is not expressible in GIFT: it comes back as the default (true).
    ChoiceAnswer choice = std::get<ChoiceAnswer>(trip.before("capital").answer);
    choice.shuffle = true;
    CHECK(test::sameAnswer(trip.after("capital").answer, choice));
    CHECK(test::sameAnswer(trip.after("islands").answer, trip.before("islands").answer));
    CHECK(test::sameAnswer(trip.after("visit_official").answer, trip.before("visit_official").answer));
    CHECK(test::sameAnswer(trip.after("steps").answer, trip.before("steps").answer));  // ordering via positions 1..n
    CHECK(test::sameAnswer(trip.after("roles").answer, trip.before("roles").answer));
    // Text: the accepted answers survive; typos, case sensitivity and allow_extra return to their defaults.
    TextAnswer text = std::get<TextAnswer>(trip.before("prime-minister").answer);
    REQUIRE_FALSE(text.allowExtra.empty());
    text.typos = true;
    text.caseSensitive = false;
    text.allowExtra.clear();
    CHECK(test::sameAnswer(trip.after("prime-minister").answer, text));
}

TEST_CASE("GIFT round trip: numeric keeps value and unit; tolerance becomes the larger absolute one") {
    const RoundTrip trip = roundTrip();
    const auto& before = std::get<NumericAnswer>(trip.before("trade-2017").answer);
    const auto& after = std::get<NumericAnswer>(trip.after("trade-2017").answer);
    CHECK(after.value == before.value);
    CHECK(after.unit == before.unit);
    CHECK(after.unitAliases.empty());
    CHECK(after.absoluteTolerance == std::max(before.absoluteTolerance, before.relativeTolerance * before.value));
    CHECK(after.relativeTolerance == 0.0);
}

TEST_CASE("GIFT round trip: dates come back as text answers of their spellings, cloze gaps one by one") {
    const RoundTrip trip = roundTrip();
    const Question& range = trip.after("visit-dates");
    REQUIRE(range.type() == QuestionType::Text);
    CHECK(std::get<TextAnswer>(range.answer).accepted.front() == expectedAnswerText(trip.before("visit-dates")));
    CHECK(std::get<TextAnswer>(range.answer).accepted.at(1) == "2018-05-25 to 2018-05-26");
    const Question& year = trip.after("treaty-year");
    CHECK(std::get<TextAnswer>(year.answer).accepted == std::vector<std::string>{"1956"});

    const auto& original = std::get<ClozeAnswer>(trip.before("trade-gap").answer);
    for (std::size_t gap = 0; gap < original.gaps.size(); ++gap) {
        const Question& part = trip.after("trade-gap-gap-" + std::to_string(gap + 1));
        REQUIRE(part.type() == QuestionType::Cloze);
        const auto& cloze = std::get<ClozeAnswer>(part.answer);
        REQUIRE(cloze.gaps.size() == 1);
        CHECK(cloze.gaps[0].accepted == original.gaps[gap].accepted);
        // With its gap filled in, each part reads as the original sentence.
        CHECK(expectedAnswerText(part) == expectedAnswerText(trip.before("trade-gap")));
    }
}

TEST_CASE("GIFT round trip output is a bank the loader accepts") {
    const RoundTrip trip = roundTrip();
    const BankLoadResult loaded = loadBankFromString(writeBankYaml(trip.imported.bank), "from-gift.yaml");
    REQUIRE(loaded.ok);
    CHECK(loaded.bank.questions.size() == trip.imported.bank.questions.size());
    for (const Problem& problem : loaded.problems) CHECK(problem.severity == Severity::Warning);
}
