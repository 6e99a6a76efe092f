// Choosing the questions of a retention check: N questions across banks, whatever their due dates,
// stratified by tag with proportional allocation and a seed, so the same seed over the same banks always
// gives the same check. Studied questions come first: a check of facts never studied predicts nothing,
// so never-studied ones only fill up a check the studied ones cannot. Rules in docs/statistics.md.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/bank/question.hpp"
#include "core/storage/records.hpp"

namespace retain {

// One question of a check.
struct CheckItem {
    CardKey key;
    const Question* question = nullptr;  // inside a bank the caller keeps alive
    std::string stratum;                 // the question's first tag; "" when it has none
};

// Splits total among groups of the given sizes in proportion to them (largest remainder method): each
// group gets floor(total * size / sum), and the seats left go to the largest remainders (ties: the larger
// group, then the earlier one). No group gets more than its size; total above the sum is cut to the sum.
std::vector<int> allocateProportionally(const std::vector<int>& sizes, int total);

// Returns count of candidates (all of them when there are fewer): candidates are grouped by stratum, each
// group gets its proportional share, the members of a group are drawn without replacement by a seeded
// shuffle, and the whole sample is shuffled again so strata do not come in blocks. Same candidates in the
// same order and same seed, same sample.
std::vector<CheckItem> sampleItems(std::vector<CheckItem> candidates, int count, std::uint64_t seed);

// Returns count questions (all of them when the banks hold fewer) sampled from banks by sampleItems, each
// question's stratum being its first tag.
std::vector<CheckItem> sampleCheck(const std::vector<const Bank*>& banks, int count, std::uint64_t seed);

// A check's questions, studied ones first.
struct CheckSample {
    std::vector<CheckItem> items;  // the studied questions sampled, then the never-studied ones filling up
    int studied = 0;               // of items, questions reviewed before (a stored state past New)
    int neverStudied = 0;          // of items, the fill: fewer than count questions had been studied
};

// Returns count questions of banks (drafts left out): sampleItems over the studied questions (cards holds
// a state past New), and when they are fewer than count, sampleItems over the never-studied ones for the
// rest. Same banks, cards and seed, same sample.
CheckSample sampleStudiedFirst(const std::vector<const Bank*>& banks, const std::map<CardKey, StoredCard>& cards, int count,
                               std::uint64_t seed);

}  // namespace retain
