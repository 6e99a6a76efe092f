// Drafting a whole bank: every question cited (evidence verbatim in its paragraph, at most 10 words),
// marked draft, loadable through the bank writer and loader; one question per fact; --max keeps the best.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "core/bank/bank_loader.hpp"
#include "core/bank/source_check.hpp"
#include "core/draft/drafter.hpp"
#include "core/draft/words.hpp"
#include "core/interop/bank_writer.hpp"

using namespace retain;

namespace {

// A made-up news article: head, two sections, an opinion, a footnote and an author box.
const std::string kArticle =
    "Portugal\xE2\x80\x93Spain Harbour Deal Signed in Lisbon\n"
    "\n"
    "March 3, 2021 Europe , Trade\n"
    "\n"
    "By\n"
    "\n"
    "Jo Reporter\n"
    "\n"
    "On February 10\xE2\x80\x93" "11, 2021, Prime Minister of Portugal Ana Costa made an official visit to Spain. "
    "The two governments signed 14 agreements on ports and rail. Trade between the countries reached EUR 40 billion in 2020.\n"
    "\n"
    "Ports and rail\n"
    "\n"
    "In March 2019, Maria Lopez, Director of the Lisbon Port Authority, and Carlos Ruiz, Chair of the Iberian Rail Council, "
    "signed a memorandum on freight. In June 2020, the Iberian Rail Council opened its third office in Porto. "
    "In January 2021, Lopez and Ruiz visited the new terminal in Sines.\n"
    "\n"
    "The European Investment Bank (EIB) lent EUR 2 billion for the line, and Pedro Alves, Minister of Transport, said that "
    "freight would double. Experts believe the line will be ready soon. About 30 percent of exports go by sea.\n"
    "\n"
    "1 \xE2\x80\x93 A footnote that should not be asked about because it only comments on the sources used here.\n"
    "\n"
    "Jo Reporter\n"
    "\n"
    "Jo Reporter writes on trade for the paper and has done so since 2009, in Lisbon and in Madrid.\n";

SourceText sourceOf(const std::string& text) { return SourceText{"article.txt", splitParagraphs(text)}; }

}  // namespace

TEST_CASE("draft bank: a made-up article gives cited, draft questions of the documented kinds") {
    const draft::DraftReport report = draft::draftBank(kArticle, {"harbour", "", 0});
    REQUIRE(report.ok);
    const Bank& bank = report.bank;
    CHECK(bank.id == "harbour");
    CHECK(bank.title == "Portugal\u2013Spain Harbour Deal Signed in Lisbon");
    CHECK(bank.source.author == "Jo Reporter");
    CHECK(bank.source.date == "2021-03-03");
    CHECK(report.opinions >= 1);  // "Experts believe ..." and "said that freight would double"
    std::set<QuestionType> types;
    std::set<std::string> ids;
    const std::vector<std::string_view>& documented = documentedQuestionTags();
    for (const Question& question : bank.questions) {
        CAPTURE(question.id);
        CAPTURE(question.prompt);
        CHECK(question.draft);
        CHECK(ids.insert(question.id).second);
        // The head only for the article's author and date line, tagged source.
        const bool head = question.source.paragraph < 5;
        CHECK((!head || question.tags == std::vector<std::string>{"source"}));
        CHECK(question.source.paragraph <= 8);  // never the footnote or the author box
        CHECK(draft::tokenize(question.source.evidence).size() <= 10);
        CHECK_FALSE(question.explanation.empty());
        CHECK(question.explanation.find("aragraph " + std::to_string(question.source.paragraph)) != std::string::npos);
        for (const std::string& tag : question.tags) CHECK(std::find(documented.begin(), documented.end(), tag) != documented.end());
        if (question.type() != QuestionType::Cloze) {
            const char last = question.prompt.back();
            CHECK((last == '?' || last == '.'));
        }
        types.insert(question.type());
    }
    CHECK(types.count(QuestionType::Date) == 1);
    CHECK(types.count(QuestionType::Numeric) == 1);
    CHECK(types.count(QuestionType::Text) == 1);
    CHECK(types.count(QuestionType::Choice) == 1);
    CHECK(types.count(QuestionType::Ordering) == 1);
    CHECK(checkEvidence(bank, sourceOf(kArticle)).empty());

    // Specific facts, each asked once.
    const auto asks = [&](QuestionType type, const std::string& promptPart) {
        int count = 0;
        for (const Question& q : bank.questions) count += q.type() == type && q.prompt.find(promptPart) != std::string::npos ? 1 : 0;
        return count;
    };
    // Her post is asked by its own question, so the date's prompt names her without it.
    CHECK(asks(QuestionType::Date, "On which days of 2021 did Ana Costa make an official visit to Spain?") == 1);
    CHECK(asks(QuestionType::Text, "Who was Prime Minister of Portugal, according to the article of March 2021?") +
              asks(QuestionType::Choice, "Who was Prime Minister of Portugal, according to the article of March 2021?") == 1);
    // "The two governments" read out of the article: the title's parties.
    CHECK(asks(QuestionType::Numeric, "How many agreements did the governments of Portugal and Spain sign on ports and rail?") == 1);
    CHECK(asks(QuestionType::Text, "Who wrote the article") == 1);
    CHECK(asks(QuestionType::Date, "When was the article") == 1);
    const int askedLopez = asks(QuestionType::Text, "Director of the Lisbon Port Authority") + asks(QuestionType::Choice, "Director of the Lisbon Port Authority");
    CHECK(askedLopez == 1);
    for (const Question& q : bank.questions) {
        if (q.type() != QuestionType::Ordering) continue;
        const auto& items = std::get<OrderingAnswer>(q.answer).items;
        REQUIRE(items.size() == 3);
        CHECK(items[0].find("Maria Lopez") != std::string::npos);
        CHECK(items[2].find("Lopez and Ruiz visited") != std::string::npos);
    }
    // "Experts believe the line will be ready soon" is an opinion: nothing asks about it.
    for (const Question& q : bank.questions) CHECK(q.source.evidence.find("ready soon") == std::string::npos);
}

TEST_CASE("draft bank: the written YAML loads back with draft kept, and --max keeps the best ranked") {
    const draft::DraftReport all = draft::draftBank(kArticle, {"harbour", "Harbour", 0});
    REQUIRE(all.ok);
    const std::string yaml = writeBankYaml(all.bank);
    const BankLoadResult loaded = loadBankFromString(yaml, "harbour.yaml");
    CAPTURE(yaml);
    REQUIRE(loaded.ok);
    for (const Problem& problem : loaded.problems) CHECK_MESSAGE(problem.severity != Severity::Error, problem.format());
    REQUIRE(loaded.bank.questions.size() == all.bank.questions.size());
    for (const Question& question : loaded.bank.questions) CHECK(question.draft);

    const draft::DraftReport three = draft::draftBank(kArticle, {"harbour", "Harbour", 3});
    REQUIRE(three.ok);
    CHECK(three.bank.questions.size() == 3);
    CHECK(three.dropped == all.bank.questions.size() - 3);
    for (const Question& question : three.bank.questions) CHECK(question.type() != QuestionType::Cloze);  // the weakest form goes first
}

TEST_CASE("draft bank: no facts and bad input give a message, not a bank") {
    std::string plain;
    for (int i = 0; i < 5; ++i) plain += "the rain is soft and it falls on the hill and on the sea, as it was in the old days of the tale.\n";
    const draft::DraftReport none = draft::draftBank(plain, {});
    CHECK_FALSE(none.ok);
    CHECK(none.message.find("no checkable facts") != std::string::npos);
    CHECK(draft::draftBank("", {}).message.find("empty") != std::string::npos);
    CHECK_FALSE(draft::draftBank(std::string(3, '\0') + kArticle, {}).ok);
}
