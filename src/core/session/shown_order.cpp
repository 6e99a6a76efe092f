// Shown order of options (see shown_order.hpp).
#include "core/session/shown_order.hpp"

#include <algorithm>
#include <numeric>

#include "core/fnv1a.hpp"
#include "core/seeded_random.hpp"

namespace retain {

namespace {

// Returns a permutation of 0..count-1; with avoidIdentity and count >= 2, never 0, 1, 2, ... in order.
std::vector<int> permutation(std::size_t count, SplitMix64& random, bool avoidIdentity) {
    std::vector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    seededShuffle(order, random);
    if (avoidIdentity && count >= 2 && std::is_sorted(order.begin(), order.end())) {
        std::rotate(order.begin(), order.begin() + 1, order.end());
    }
    return order;
}

std::vector<int> identity(std::size_t count) {
    std::vector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

// Returns the shown position of original index, or -1.
int shownPosition(const std::vector<int>& order, int original) {
    const auto at = std::find(order.begin(), order.end(), original);
    return at == order.end() ? -1 : static_cast<int>(at - order.begin());
}

template <typename T>
std::vector<T> rearranged(const std::vector<T>& values, const std::vector<int>& order) {
    std::vector<T> shown;
    shown.reserve(order.size());
    for (int index : order) shown.push_back(values[static_cast<std::size_t>(index)]);
    return shown;
}

}  // namespace

ShownOrder makeShownOrder(const Question& question, std::uint64_t seed) {
    SplitMix64 random(seed);
    ShownOrder order;
    if (const auto* choice = std::get_if<ChoiceAnswer>(&question.answer)) {
        order.choices = choice->shuffle ? permutation(choice->choices.size(), random, false) : identity(choice->choices.size());
    } else if (const auto* multi = std::get_if<MultiAnswer>(&question.answer)) {
        order.choices = multi->shuffle ? permutation(multi->choices.size(), random, false) : identity(multi->choices.size());
    } else if (const auto* ordering = std::get_if<OrderingAnswer>(&question.answer)) {
        order.items = permutation(ordering->items.size(), random, true);
    } else if (const auto* matching = std::get_if<MatchingAnswer>(&question.answer)) {
        order.rights = permutation(matching->pairs.size(), random, true);
    }
    return order;
}

Question shownQuestion(const Question& question, const ShownOrder& order) {
    Question shown = question;
    if (auto* choice = std::get_if<ChoiceAnswer>(&shown.answer); choice && order.choices.size() == choice->choices.size()) {
        choice->choices = rearranged(choice->choices, order.choices);
        choice->correct = shownPosition(order.choices, choice->correct);
    } else if (auto* multi = std::get_if<MultiAnswer>(&shown.answer); multi && order.choices.size() == multi->choices.size()) {
        multi->choices = rearranged(multi->choices, order.choices);
        for (int& index : multi->correct) index = shownPosition(order.choices, index);
        std::sort(multi->correct.begin(), multi->correct.end());
    } else if (auto* ordering = std::get_if<OrderingAnswer>(&shown.answer); ordering && order.items.size() == ordering->items.size()) {
        ordering->items = rearranged(ordering->items, order.items);
    } else if (auto* matching = std::get_if<MatchingAnswer>(&shown.answer); matching && order.rights.size() == matching->pairs.size()) {
        const auto original = matching->pairs;
        for (std::size_t i = 0; i < original.size(); ++i) {
            matching->pairs[i].second = original[static_cast<std::size_t>(order.rights[i])].second;
        }
    }
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
