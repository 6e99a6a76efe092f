// Shown order of options (see shown_order.hpp).
#include "core/session/shown_order.hpp"

#include <algorithm>
#include <numeric>

#include "core/fnv1a.hpp"
#include "core/seeded_random.hpp"

namespace retain {

std::vector<int> shownPermutation(std::size_t count, SplitMix64& random, bool avoidIdentity) {
    std::vector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    seededShuffle(order, random);
    if (avoidIdentity && count >= 2 && std::is_sorted(order.begin(), order.end())) {
        std::rotate(order.begin(), order.begin() + 1, order.end());
    }
    return order;
}

std::vector<int> identityOrder(std::size_t count) {
    std::vector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

int shownPosition(const std::vector<int>& order, int original) {
    const auto at = std::find(order.begin(), order.end(), original);
    return at == order.end() ? -1 : static_cast<int>(at - order.begin());
}

ShownOrder makeShownOrder(const Question& question, std::uint64_t seed) {
    SplitMix64 random(seed);
    ShownOrder order;
    std::visit([&](const auto& spec) { TypeOf<decltype(spec)>::shuffle(spec, random, order); }, question.answer);
    return order;
}

Question shownQuestion(const Question& question, const ShownOrder& order) {
    Question shown = question;
    std::visit([&](auto& spec) { TypeOf<decltype(spec)>::arrange(spec, order); }, shown.answer);
    return shown;
}

LearnerAnswer parseShownAnswer(const Question& question, const ShownOrder& order, std::string_view line) {
    LearnerAnswer answer = parseAnswerText(shownQuestion(question, order), line);
    auto toOriginal = [](const std::vector<int>& map, int shown) {
        return (shown >= 0 && static_cast<std::size_t>(shown) < map.size()) ? map[static_cast<std::size_t>(shown)] : shown;
    };
    if (!order.choices.empty()) {
        for (int& index : answer.selected) index = toOriginal(order.choices, index);
        std::sort(answer.selected.begin(), answer.selected.end());
    }
    if (!order.items.empty()) {
        for (int& index : answer.order) index = toOriginal(order.items, index);
    }
    if (!order.rights.empty()) {
        for (int& index : answer.matches) index = toOriginal(order.rights, index);
    }
    return answer;
}

std::uint64_t shownOrderSeed(std::string_view cardKey, int reps) {
    return fnv1a64(cardKey) ^ (static_cast<std::uint64_t>(reps) * SplitMix64::kIncrement);
}

}  // namespace retain
