// The draft review service: drafting an article file, then accepting, rejecting and editing questions,
// each saved at once into a bank file that loads and whose evidence stands in the article.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>

#include "core/bank/bank_loader.hpp"
#include "core/bank/source_check.hpp"
#include "core/draft/draft_file.hpp"
#include "core/draft/draft_review.hpp"
#include "../interop/interop_test_support.hpp"

using namespace retain;

namespace {

const std::string kReviewArticle =
    "Ports and Rail Agreed Between Neighbours\n"
    "\n"
    "April 9, 2021 Europe , Transport\n"
    "\n"
    "By\n"
    "\n"
    "Sam Writer\n"
    "\n"
    "On February 10, 2021, Prime Minister of Portugal Ana Costa made an official visit to Spain. "
    "The two governments signed 14 agreements on ports and rail. Trade between the countries reached EUR 40\xC2\xA0" "billion in 2020.\n"
    "\n"
    "In March 2019, Maria Lopez, Director of the Lisbon Port Authority, and Carlos Ruiz, Chair of the Iberian Rail Council, "
    "signed a memorandum on freight. In June 2020, the Iberian Rail Council opened its third office in Porto. "
    "The European Investment Bank (EIB) lent EUR 2 billion and EUR 5 billion for two lines in 2021.\n";

struct DraftedFixture {
    // ctest runs each test case in its own process at once: every fixture needs a folder of its own.
    test::TempDir dir{"retain-draft-review-" + std::to_string(std::random_device{}())};
    std::string article = dir.file("harbour-deal.txt");
    std::string bankPath = dir.file("questions/harbour.yaml");
    DraftedFixture() {
        test::writeFile(article, kReviewArticle);
        draft::DraftOptions options;
        options.bankId = "harbour";
        const draft::DraftFileResult result = draft::draftArticleFile(article, bankPath, options, false);
        REQUIRE_MESSAGE(result.ok, result.message);
    }
    // The bank as a fresh reader (lint) finds it: loaded from disk, evidence checked against the article.
    Bank reload(ProblemList& problems) const {
        BankLoadResult loaded = loadBank(bankPath);
        REQUIRE(loaded.ok);
        SourceText source;
        std::string error;
        REQUIRE(readSourceText(article, source, error));
        problems = checkEvidence(loaded.bank, source);
        return loaded.bank;
    }
};

const Question* findById(const Bank& bank, const std::string& id) {
    for (const Question& question : bank.questions) {
        if (question.id == id) return &question;
    }
    return nullptr;
}

}  // namespace

TEST_CASE_FIXTURE(DraftedFixture, "draft file: the bank names the article in source.doc and will not overwrite") {
    ProblemList problems;
    const Bank bank = reload(problems);
    CHECK(bank.source.doc == "harbour-deal");
    CHECK(bank.id == "harbour");
    CHECK(problems.empty());
    const draft::DraftFileResult again = draft::draftArticleFile(article, bankPath, {}, false);
    CHECK_FALSE(again.ok);
    CHECK(again.misuse);
    CHECK(again.message.find("already exists") != std::string::npos);
}

TEST_CASE_FIXTURE(DraftedFixture, "draft review: accept removes the mark, reject drops the question, both saved") {
    draft::DraftReview review;
    REQUIRE_MESSAGE(review.open(bankPath, article), review.message());
    const std::size_t total = review.bank().questions.size();
    REQUIRE(total >= 3);
    CHECK(review.pending().size() == total);
    const std::string acceptedId = review.bank().questions[0].id;
    const std::string rejectedId = review.bank().questions[1].id;
    CHECK(review.paragraph(review.bank().questions[0].source.paragraph).find(review.bank().questions[0].source.evidence) !=
          std::string::npos);

    REQUIRE_MESSAGE(review.accept(0), review.message());
    REQUIRE_MESSAGE(review.reject(1), review.message());
    CHECK(review.problems().empty());
    CHECK(review.pending().size() == total - 2);

    ProblemList problems;
    const Bank saved = reload(problems);
    CHECK(problems.empty());  // lint --source is clean after the saves
    CHECK(saved.questions.size() == total - 1);
    REQUIRE(findById(saved, acceptedId) != nullptr);
    CHECK_FALSE(findById(saved, acceptedId)->draft);
    CHECK(findById(saved, rejectedId) == nullptr);
    CHECK(std::count_if(saved.questions.begin(), saved.questions.end(), [](const Question& q) { return q.draft; }) ==
          static_cast<long>(total - 2));
}

TEST_CASE_FIXTURE(DraftedFixture, "draft review: edits of prompt, answer and distractors are saved; a bad answer is refused") {
    draft::DraftReview review;
    REQUIRE(review.open(bankPath, article));
    const std::vector<Question>& questions = review.bank().questions;
    const auto numeric = std::find_if(questions.begin(), questions.end(),
                                      [](const Question& q) { return q.type() == QuestionType::Numeric; });
    REQUIRE(numeric != questions.end());
    const std::size_t index = static_cast<std::size_t>(numeric - questions.begin());
    const std::string id = numeric->id;

    draft::QuestionEdit edit = review.editOf(index);
    CHECK_FALSE(edit.answer.empty());
    edit.prompt = "How many agreements did the two governments sign?";
    edit.answer = "15";
    REQUIRE_MESSAGE(review.applyEdit(index, edit), review.message());
    ProblemList problems;
    Bank saved = reload(problems);
    REQUIRE(findById(saved, id) != nullptr);
    CHECK(findById(saved, id)->prompt == "How many agreements did the two governments sign?");
    CHECK(std::get<NumericAnswer>(findById(saved, id)->answer).value == doctest::Approx(15.0));
    CHECK(findById(saved, id)->draft);  // an edit is not an acceptance

    edit.answer = "fifteen-ish";
    CHECK_FALSE(review.applyEdit(index, edit));
    CHECK(review.message().find("number") != std::string::npos);
    saved = reload(problems);
    CHECK(std::get<NumericAnswer>(findById(saved, id)->answer).value == doctest::Approx(15.0));  // nothing lost

    const auto choice = std::find_if(saved.questions.begin(), saved.questions.end(),
                                     [](const Question& q) { return q.type() == QuestionType::Choice; });
    if (choice != saved.questions.end()) {
        const std::size_t choiceIndex = static_cast<std::size_t>(choice - saved.questions.begin());
        draft::QuestionEdit choiceEdit = review.editOf(choiceIndex);
        REQUIRE(choiceEdit.distractors.size() >= 2);
        choiceEdit.distractors.back() = "EUR 9 billion";
        REQUIRE_MESSAGE(review.applyEdit(choiceIndex, choiceEdit), review.message());
        const Bank after = reload(problems);
        const auto& choices = std::get<ChoiceAnswer>(findById(after, choice->id)->answer).choices;
        CHECK(std::find(choices.begin(), choices.end(), "EUR 9 billion") != choices.end());
        CHECK(choices[static_cast<std::size_t>(std::get<ChoiceAnswer>(findById(after, choice->id)->answer).correct)] ==
              choiceEdit.answer);
    }
}

TEST_CASE_FIXTURE(DraftedFixture, "draft review: an edit that would break the bank is refused and the file kept") {
    draft::DraftReview review;
    REQUIRE(review.open(bankPath, article));
    const std::string before = test::readFile(bankPath);
    const std::vector<Question>& questions = review.bank().questions;
    const auto numeric = std::find_if(questions.begin(), questions.end(),
                                      [](const Question& q) { return q.type() == QuestionType::Numeric; });
    REQUIRE(numeric != questions.end());
    const std::size_t index = static_cast<std::size_t>(numeric - questions.begin());
    draft::QuestionEdit edit = review.editOf(index);
    edit.prompt = "";  // a numeric question needs its prompt
    CHECK_FALSE(review.applyEdit(index, edit));
    CHECK(review.message().find("nothing saved") != std::string::npos);
    CHECK(test::readFile(bankPath) == before);
    CHECK_FALSE(review.accept(questions.size()));
    CHECK(test::readFile(bankPath) == before);
    CHECK(review.pending().size() == questions.size());
}

TEST_CASE_FIXTURE(DraftedFixture, "draft review: evidence across a no-break space stands in the paragraph shown") {
    draft::DraftReview review;
    REQUIRE_MESSAGE(review.open(bankPath, article), review.message());
    const auto trade = std::find_if(review.bank().questions.begin(), review.bank().questions.end(),
                                         [](const Question& q) { return q.source.evidence.find("40 billion") != std::string::npos; });
    REQUIRE(trade != review.bank().questions.end());
    // The file holds "EUR 40\u00A0billion"; the screen highlights what lint finds.
    CHECK(review.paragraph(trade->source.paragraph).find(trade->source.evidence) != std::string::npos);
    CHECK(review.problems().empty());
}

TEST_CASE_FIXTURE(DraftedFixture, "draft review: opened without an article path, the bank's source.doc finds it") {
    draft::DraftReview review;
    REQUIRE_MESSAGE(review.open(bankPath, ""), review.message());
    CHECK(std::filesystem::equivalent(review.articlePath(), article));
    CHECK(review.paragraph(1) == "Ports and Rail Agreed Between Neighbours");
    CHECK(review.problems().empty());
    // Without the article beside it, the message names the doc it looked for.
    std::filesystem::remove(article);
    draft::DraftReview missing;
    CHECK_FALSE(missing.open(bankPath, ""));
    CHECK(missing.message().find("harbour-deal") != std::string::npos);
}

TEST_CASE("draft review: opening a missing bank or article says which") {
    test::TempDir dir("retain-draft-review-missing");
    draft::DraftReview review;
    CHECK_FALSE(review.open(dir.file("none.yaml"), dir.file("none.txt")));
    CHECK(review.message().find("none.txt") != std::string::npos);
    CHECK_FALSE(review.isOpen());
}
