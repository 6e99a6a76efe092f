// The order in which a question's options are shown, and reading a typed answer in that numbering.
// Choices (when the bank allows shuffling), ordering items and matching right-hand items are shown
// shuffled, deterministically per seed, so the learner cannot read the answer off the layout; a typed
// "2" then means the second option as SHOWN, which parseShownAnswer maps back to the bank's order.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/bank/question.hpp"
#include "core/grading/grader.hpp"
#include "core/seeded_random.hpp"

namespace retain {

// Each vector maps a shown position to an index in the question's own order; empty when the question
// type has no such list.
struct ShownOrder {
    std::vector<int> choices;  // choice and multi
    std::vector<int> items;    // ordering
    std::vector<int> rights;   // matching: right-hand items (left-hand items keep their order)
};

// Returns the shown order of question for seed (e.g. a hash of the card key and its review count).
// Ordering items and matching rights (2 or more) never come out in the right order.
ShownOrder makeShownOrder(const Question& question, std::uint64_t seed);

// Returns question with its lists rearranged as shown (for display and for parsing).
Question shownQuestion(const Question& question, const ShownOrder& order);

// Parses a typed line (see parseAnswerText) in which positions and letters refer to the SHOWN order,
// and returns the answer in the question's own order, ready for gradeAnswer.
LearnerAnswer parseShownAnswer(const Question& question, const ShownOrder& order, std::string_view line);

// Returns a permutation of 0..count-1 drawn from random; with avoidIdentity and count >= 2, never
// 0, 1, 2, ... in order (question types' shuffle pieces use it).
std::vector<int> shownPermutation(std::size_t count, SplitMix64& random, bool avoidIdentity);
// Returns 0, 1, ..., count-1.
std::vector<int> identityOrder(std::size_t count);
// Returns the shown position of an original index, or -1.
int shownPosition(const std::vector<int>& order, int original);
// Returns values in shown order: element i is values[order[i]].
template <typename T>
std::vector<T> rearranged(const std::vector<T>& values, const std::vector<int>& order) {
    std::vector<T> shown;
    shown.reserve(order.size());
    for (int index : order) shown.push_back(values[static_cast<std::size_t>(index)]);
    return shown;
}

// Returns a seed for makeShownOrder from a card's text key and review count (FNV-1a, stable everywhere).
std::uint64_t shownOrderSeed(std::string_view cardKey, int reps);

}  // namespace retain
