// Choosing classroom questions (see classroom_question.hpp).
#include "core/classroom/classroom_question.hpp"

#include <algorithm>

#include "core/fnv1a.hpp"
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

}  // namespace

std::vector<ClassroomQuestion> pickQuestions(const QuestionPick& pick) {
    if (pick.count <= 0) return {};
    // Unstratified, every candidate is in the one stratum "", which makes the sampler a seeded shuffle.
    std::vector<CheckItem> candidates;
    for (const Bank* bank : pick.banks) {
        for (const Question& question : bank->questions) {
            if (!hasAnyTag(question, pick.tags)) continue;
            std::string stratum = pick.stratifyByTag && !question.tags.empty() ? question.tags.front() : std::string();
            candidates.push_back(CheckItem{CardKey{bank->id, question.id}, &question, std::move(stratum)});
        }
    }
    std::vector<ClassroomQuestion> picked;
    for (const CheckItem& item : sampleItems(std::move(candidates), pick.count, pick.seed)) {
        picked.push_back(ClassroomQuestion{item.key, item.question});
    }
    return picked;
}

std::uint64_t mixSeed(std::uint64_t seed, const std::string& text) {
    return fnv1a64(text) ^ seed;
}

}  // namespace retain
