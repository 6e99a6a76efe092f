// Choosing classroom questions (see classroom_question.hpp).
#include "core/classroom/classroom_question.hpp"

#include <algorithm>

#include "core/session/shown_order.hpp"
#include "core/stats/check_sampler.hpp"

namespace retain {

namespace {

// Returns true when question carries one of tags (or tags is empty).
bool hasAnyTag(const Question& question, const std::vector<std::string>& tags) {
    if (tags.empty()) return true;
    return std::any_of(question.tags.begin(), question.tags.end(), [&](const std::string& tag) {
        return std::find(tags.begin(), tags.end(), tag) != tags.end();
    });
}

// Returns the index of bank id in banks, or -1.
int bankIndex(const std::vector<const Bank*>& banks, const std::string& id) {
    for (std::size_t i = 0; i < banks.size(); ++i) {
        if (banks[i]->id == id) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace

std::vector<ClassroomQuestion> pickQuestions(const QuestionPick& pick) {
    if (pick.count <= 0) return {};
    // The sampler draws from whole banks, so it gets filtered copies; without stratification the copies
    // lose their tags, which puts the whole pool in one stratum: a plain seeded shuffle.
    std::vector<Bank> pools;
    pools.reserve(pick.banks.size());
    for (const Bank* bank : pick.banks) {
        Bank pool;
        pool.id = bank->id;
        for (const Question& question : bank->questions) {
            if (!hasAnyTag(question, pick.tags)) continue;
            pool.questions.push_back(question);
            if (!pick.stratifyByTag) pool.questions.back().tags.clear();
        }
        pools.push_back(std::move(pool));
    }
    std::vector<const Bank*> poolPointers;
    for (const Bank& pool : pools) poolPointers.push_back(&pool);

    std::vector<ClassroomQuestion> picked;
    for (const CheckItem& item : sampleCheck(poolPointers, pick.count, pick.seed)) {
        const int index = bankIndex(pick.banks, item.key.bankId);
        const Question* original = index < 0 ? nullptr : pick.banks[static_cast<std::size_t>(index)]->find(item.key.questionId);
        if (original != nullptr) picked.push_back(ClassroomQuestion{item.key, original});
    }
    return picked;
}

std::vector<int> seededPermutation(int count, std::uint64_t seed) {
    if (count <= 0) return {};
    // A throwaway bank of count untagged questions; the sampler's full draw of it is the permutation.
    Bank bank;
    bank.questions.resize(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) bank.questions[static_cast<std::size_t>(i)].id = std::to_string(i);
    std::vector<int> order;
    order.reserve(static_cast<std::size_t>(count));
    for (const CheckItem& item : sampleCheck({&bank}, count, seed)) {
        order.push_back(static_cast<int>(item.question - bank.questions.data()));
    }
    return order;
}

std::uint64_t mixSeed(std::uint64_t seed, const std::string& text) {
    return shownOrderSeed(text, 0) ^ seed;
}

}  // namespace retain
