// The retention check's sampler: proportional allocation, stratification by first tag, determinism.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "core/stats/check_sampler.hpp"

using namespace retain;

namespace {

// A bank with `counts[tag]` questions whose first tag is tag (ids "<tag>-<n>"); a second tag "all" on each.
Bank taggedBank(const std::string& id, const std::map<std::string, int>& counts) {
    Bank bank;
    bank.id = id;
    for (const auto& [tag, count] : counts) {
        for (int i = 0; i < count; ++i) {
            Question question;
            question.id = (tag.empty() ? std::string("untagged") : tag) + "-" + std::to_string(i);
            if (!tag.empty()) question.tags = {tag, "all"};
            question.answer = TrueFalseAnswer{true};
            bank.questions.push_back(question);
        }
    }
    return bank;
}

std::map<std::string, int> countByStratum(const std::vector<CheckItem>& items) {
    std::map<std::string, int> counts;
    for (const CheckItem& item : items) ++counts[item.stratum];
    return counts;
}

}  // namespace

TEST_CASE("stats: proportional allocation by largest remainder") {
    CHECK(allocateProportionally({50, 30, 20}, 10) == std::vector<int>{5, 3, 2});
    // Quotas 2.22, 1.33, 0.44: floors 2, 1, 0; the one seat left goes to the largest remainder (0.44).
    CHECK(allocateProportionally({5, 3, 1}, 4) == std::vector<int>{2, 1, 1});
    // Equal remainders and sizes: the earlier group wins.
    CHECK(allocateProportionally({1, 1, 1}, 2) == std::vector<int>{1, 1, 0});
    // Equal remainders: the larger group wins.
    CHECK(allocateProportionally({1, 3}, 2) == std::vector<int>{0, 2});
    CHECK(allocateProportionally({4, 2}, 100) == std::vector<int>{4, 2});
    CHECK(allocateProportionally({4, 2}, 0) == std::vector<int>{0, 0});
    CHECK(allocateProportionally({}, 3).empty());
}

TEST_CASE("stats: the sample is stratified by first tag in proportion") {
    const Bank bank = taggedBank("b", {{"dates", 10}, {"people", 6}, {"places", 4}});
    const std::vector<CheckItem> sample = sampleCheck({&bank}, 10, 42);
    REQUIRE(sample.size() == 10);
    const auto counts = countByStratum(sample);
    CHECK(counts.at("dates") == 5);
    CHECK(counts.at("people") == 3);
    CHECK(counts.at("places") == 2);
    std::set<CardKey> distinct;
    for (const CheckItem& item : sample) {
        distinct.insert(item.key);
        REQUIRE(item.question != nullptr);
        CHECK(item.question->id == item.key.questionId);
        CHECK(item.question->tags.front() == item.stratum);
    }
    CHECK(distinct.size() == 10);
}

TEST_CASE("stats: the same seed gives the same check; other seeds other checks") {
    const Bank first = taggedBank("a", {{"dates", 12}, {"people", 8}});
    const Bank second = taggedBank("b", {{"dates", 5}, {"", 5}});
    const std::vector<const Bank*> banks{&first, &second};
    auto keys = [&](std::uint64_t seed) {
        std::vector<CardKey> list;
        for (const CheckItem& item : sampleCheck(banks, 9, seed)) list.push_back(item.key);
        return list;
    };
    CHECK(keys(7) == keys(7));
    int differing = 0;
    for (std::uint64_t seed = 1; seed <= 5; ++seed) differing += keys(seed) != keys(7) ? 1 : 0;
    CHECK(differing == 5);
    // Across banks: dates 17, people 8, untagged 5 of 30 → 9 seats: 5.1, 2.4, 1.5 → 5, 2, 2 (remainder 0.5 > 0.4).
    const auto counts = countByStratum(sampleCheck(banks, 9, 3));
    CHECK(counts.at("dates") == 5);
    CHECK(counts.at("people") == 2);
    CHECK(counts.at("") == 2);
}

TEST_CASE("stats: asking for more than the banks hold takes every question") {
    const Bank bank = taggedBank("b", {{"dates", 3}, {"people", 2}});
    CHECK(sampleCheck({&bank}, 50, 1).size() == 5);
    CHECK(sampleCheck({&bank}, 0, 1).empty());
    CHECK(sampleCheck({}, 5, 1).empty());
}

TEST_CASE("stats: a check asks studied questions first and fills with never-studied ones only when short") {
    const Bank bank = taggedBank("b", {{"dates", 6}, {"people", 4}});
    std::map<CardKey, StoredCard> cards;
    StoredCard studied;
    studied.memory.phase = CardPhase::Review;
    studied.memory.reps = 2;
    for (const char* id : {"dates-0", "dates-3", "people-1"}) cards[{"b", id}] = studied;
    StoredCard stillNew;  // a stored row still in New (suspended, say): not studied
    cards[{"b", "people-2"}] = stillNew;

    // Two asked, three studied: only studied ones.
    const CheckSample few = sampleStudiedFirst({&bank}, cards, 2, 9);
    CHECK(few.items.size() == 2);
    CHECK(few.studied == 2);
    CHECK(few.neverStudied == 0);
    for (const CheckItem& item : few.items) CHECK(cards.count(item.key) == 1);

    // Five asked: the three studied first, then two never studied.
    const CheckSample five = sampleStudiedFirst({&bank}, cards, 5, 9);
    REQUIRE(five.items.size() == 5);
    CHECK(five.studied == 3);
    CHECK(five.neverStudied == 2);
    std::set<std::string> firstThree;
    for (std::size_t i = 0; i < 3; ++i) firstThree.insert(five.items[i].key.questionId);
    CHECK(firstThree == std::set<std::string>{"dates-0", "dates-3", "people-1"});
    for (std::size_t i = 3; i < 5; ++i) {
        const auto found = cards.find(five.items[i].key);
        CHECK((found == cards.end() || found->second.memory.phase == CardPhase::New));
    }
    // The same cards and seed ask the same check.
    const CheckSample again = sampleStudiedFirst({&bank}, cards, 5, 9);
    for (std::size_t i = 0; i < 5; ++i) CHECK(again.items[i].key == five.items[i].key);

    // Nothing studied: every question is fill.
    const CheckSample fresh = sampleStudiedFirst({&bank}, {}, 4, 9);
    CHECK(fresh.items.size() == 4);
    CHECK(fresh.studied == 0);
    CHECK(fresh.neverStudied == 4);
}

TEST_CASE("stats: a check never asks a draft question") {
    Bank bank = taggedBank("b", {{"", 3}});
    bank.questions[0].draft = true;
    const CheckSample sample = sampleStudiedFirst({&bank}, {}, 10, 1);
    CHECK(sample.items.size() == 2);
    for (const CheckItem& item : sample.items) CHECK(item.key.questionId != bank.questions[0].id);
}
