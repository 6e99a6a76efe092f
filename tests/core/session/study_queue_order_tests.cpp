// The order of today's queue beyond due times: new cards shuffled for the day or in bank order, declared
// sibling groups held back once one of them is studied, paragraph siblings kept apart, and the progress
// total that does not grow with learning steps.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/session/study_queue.hpp"
#include "core/session/study_siblings.hpp"
#include "session_test_support.hpp"

using namespace retain;
using session_test::kNoon;

namespace {

// A bank whose questions are given as (id, sibling group, cited paragraph); the cards of the test point
// into it, so it must outlive them.
Bank siblingBank(const std::vector<std::tuple<std::string, std::string, int>>& specs) {
    Bank bank;
    bank.id = "bank";
    for (const auto& [id, group, paragraph] : specs) {
        Question question;
        question.id = id;
        question.prompt = id;
        question.sibling = group;
        question.source.paragraph = paragraph;
        question.answer = TrueFalseAnswer{true};
        bank.questions.push_back(question);
    }
    return bank;
}

std::vector<StudyCard> newCards(const Bank& bank) {
    std::vector<StudyCard> cards;
    for (const Question& question : bank.questions) cards.push_back(StudyCard{CardKey{bank.id, question.id}, &bank, &question, CardMemory{}});
    return cards;
}

std::vector<std::string> drain(StudyQueue& queue) {
    std::vector<std::string> ids;
    while (auto next = queue.take(kNoon)) ids.push_back(next->key.questionId);
    return ids;
}

Bank plainBank(int count) {
    std::vector<std::tuple<std::string, std::string, int>> specs;
    for (int i = 1; i <= count; ++i) specs.emplace_back("q" + std::to_string(i), "", 0);
    return siblingBank(specs);
}

QueueOrder randomOrder(std::uint64_t seed) {
    QueueOrder order;
    order.newOrder = NewCardOrder::Random;
    order.seed = seed;
    return order;
}

const QueueLimits kNoLimits{};

}  // namespace

TEST_CASE("queue order: random new order is a permutation fixed by the seed; bank order keeps the banks' order") {
    const Bank bank = plainBank(20);
    StudyQueue bankOrder(newCards(bank), kNoon, 0, kNoLimits, 0);
    const std::vector<std::string> inBankOrder = drain(bankOrder);
    CHECK(inBankOrder.front() == "q1");
    CHECK(std::is_sorted(inBankOrder.begin(), inBankOrder.end(), [](const std::string& a, const std::string& b) {
        return std::stoi(a.substr(1)) < std::stoi(b.substr(1));
    }));

    StudyQueue first(newCards(bank), kNoon, 0, kNoLimits, 0, randomOrder(7));
    StudyQueue again(newCards(bank), kNoon, 0, kNoLimits, 0, randomOrder(7));
    StudyQueue otherDay(newCards(bank), kNoon, 0, kNoLimits, 0, randomOrder(8));
    const std::vector<std::string> shuffled = drain(first);
    CHECK(shuffled == drain(again));             // reproducible: same seed, same order
    CHECK(shuffled != inBankOrder);              // 20 cards: a shuffle equal to bank order has odds 1/20!
    CHECK(shuffled != drain(otherDay));          // another seed, another order
    std::vector<std::string> sorted = shuffled;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::string> expected = inBankOrder;
    std::sort(expected.begin(), expected.end());
    CHECK(sorted == expected);                   // every card once
}

TEST_CASE("queue order: a restart the same day does not reshuffle what is left") {
    const Bank bank = plainBank(20);
    StudyQueue morning(newCards(bank), kNoon, 0, kNoLimits, 0, randomOrder(newCardSeed(3, 20'000)));
    const std::vector<std::string> order = drain(morning);
    // The first five were studied (they are no longer new); the afternoon's queue holds the other fifteen.
    std::vector<StudyCard> left;
    for (StudyCard& card : newCards(bank)) {
        if (std::find(order.begin(), order.begin() + 5, card.key.questionId) == order.begin() + 5) left.push_back(card);
    }
    StudyQueue afternoon(std::move(left), kNoon, 0, kNoLimits, 0, randomOrder(newCardSeed(3, 20'000)));
    CHECK(drain(afternoon) == std::vector<std::string>(order.begin() + 5, order.end()));
}

TEST_CASE("queue order: the day's seed depends on the profile and the day only") {
    CHECK(newCardSeed(1, 100) == newCardSeed(1, 100));
    CHECK(newCardSeed(1, 100) != newCardSeed(1, 101));
    CHECK(newCardSeed(1, 100) != newCardSeed(2, 100));
}

TEST_CASE("queue order: studying one question of a declared group holds the others back for the day") {
    const Bank bank = siblingBank({{"visit-year", "visit", 0}, {"other", "", 0}, {"visit-what", "visit", 0}, {"last", "", 0}});
    StudyQueue queue(newCards(bank), kNoon, 0, kNoLimits, 0);
    CHECK(queue.counts().newCount == 4);
    StudyCard first = *queue.take(kNoon);
    REQUIRE(first.key.questionId == "visit-year");
    first.memory.phase = CardPhase::Learning;  // rated Again: a learning step in ten minutes
    first.memory.dueMs = kNoon + 10 * kMsPerMinute;
    CHECK(queue.requeue(first));
    CHECK(queue.counts().newCount == 2);  // visit-what is held back, not merely moved
    CHECK(drain(queue) == std::vector<std::string>{"other", "last"});
    CHECK(queue.take(kNoon + 11 * kMsPerMinute)->key.questionId == "visit-year");  // its own step still comes
}

TEST_CASE("queue order: groups studied earlier today are held back from the start; learning steps are not") {
    const Bank bank = siblingBank({{"a", "g", 0}, {"b", "g", 0}, {"c", "", 0}, {"d", "g", 0}});
    std::vector<StudyCard> cards = newCards(bank);
    cards[3].memory.phase = CardPhase::Learning;  // d is in the middle of its steps: it is finished
    cards[3].memory.dueMs = kNoon - kMsPerMinute;
    QueueOrder order;
    order.studiedGroups = {siblingGroupKey("bank", &bank.questions[0])};
    StudyQueue queue(std::move(cards), kNoon, 0, kNoLimits, 0, order);
    CHECK(drain(queue) == std::vector<std::string>{"d", "c"});
}

TEST_CASE("queue order: the same group name in two banks makes no siblings") {
    const Bank bank = siblingBank({{"a", "g", 0}});
    Bank other = bank;
    other.id = "other";
    CHECK(siblingGroupKey("bank", &bank.questions[0]) != siblingGroupKey("other", &other.questions[0]));
    CHECK(siblingGroupKey("bank", &bank.questions[0]) == siblingGroupKey("bank", &bank.questions[0]));
    CHECK(siblingGroupKey("bank", nullptr).empty());
    CHECK(siblingGroupKey("bank", &plainBank(1).questions[0]).empty());
}

TEST_CASE("queue order: questions citing the same paragraph are not shown back to back") {
    const Bank bank = siblingBank({{"p6-a", "", 6}, {"p6-b", "", 6}, {"p6-c", "", 6}, {"p7", "", 7}, {"none", "", 0}});
    StudyQueue queue(newCards(bank), kNoon, 0, kNoLimits, 0);
    // After p6-a, p7 is the first citing another paragraph; after p7, p6-b may come; then "none" (no
    // citation) separates p6-b from p6-c; a paragraph sibling left alone is shown all the same.
    CHECK(drain(queue) == std::vector<std::string>{"p6-a", "p7", "p6-b", "none", "p6-c"});
    CHECK(shareSourceParagraph("bank", &bank.questions[0], "bank", &bank.questions[1]));
    CHECK_FALSE(shareSourceParagraph("bank", &bank.questions[0], "other", &bank.questions[1]));
    CHECK_FALSE(shareSourceParagraph("bank", &bank.questions[4], "bank", &bank.questions[4]));  // paragraph 0 is none
}

TEST_CASE("queue order: a held-back sibling does not use up the daily new limit") {
    const Bank bank = siblingBank({{"a", "g", 0}, {"b", "g", 0}, {"c", "", 0}, {"d", "", 0}});
    StudyQueue queue(newCards(bank), kNoon, 0, QueueLimits{.newCards = 2}, 0);
    CHECK(queue.counts().newCount == 2);
    StudyCard first = *queue.take(kNoon);
    first.memory.phase = CardPhase::Review;
    first.memory.dueMs = kNoon + 3 * kMsPerDay;
    CHECK_FALSE(queue.requeue(first));  // graduated: gone for today
    CHECK(queue.counts().newCount == 1);
    CHECK(drain(queue) == std::vector<std::string>{"c"});  // b held back, c takes the second seat
}

TEST_CASE("queue order: the progress label counts questions, learning steps apart") {
    QueueCounts counts;
    counts.finished = 12;
    counts.newCount = 20;
    counts.review = 5;
    counts.learning = 3;
    CHECK(counts.total() == 40);
    CHECK(progressLabel(counts) == "12 / 40 \u00b7 3 in learning");
    CHECK(progressFraction(counts) == doctest::Approx(0.3));
    counts.learning = 0;
    CHECK(progressLabel(counts) == "12 / 37");
    CHECK(progressFraction(QueueCounts{}) == 1.0f);
}
