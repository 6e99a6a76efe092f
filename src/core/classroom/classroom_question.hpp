// The questions of a drill or an exam: chosen from banks, optionally only those with given tags, a fixed
// count drawn with a seed (optionally stratified by tag), so the same choice over the same banks always
// gives the same set. Rules in docs/classroom.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/bank/question.hpp"
#include "core/storage/records.hpp"

namespace retain {

// One question of a drill or exam, pointing into a bank the caller keeps alive.
struct ClassroomQuestion {
    CardKey key;                         // bank id + question id, what results are stored under
    const Question* question = nullptr;  // inside one of the banks passed to pickQuestions
};

// What the teacher picked.
struct QuestionPick {
    std::vector<const Bank*> banks;  // where questions come from (kept alive by the caller)
    std::vector<std::string> tags;   // keep questions carrying at least one of these tags; empty = all
    int count = 10;                  // how many questions; fewer when the pool is smaller
    std::uint64_t seed = 0;          // the same seed over the same banks gives the same questions
    bool stratifyByTag = false;      // true: each first tag gets its proportional share of count
};

// Returns the questions of pick, in the seeded drawing order. Unstratified: a seeded shuffle of the whole
// pool, first count kept. Stratified: the retention check's sampler (proportional allocation by first tag,
// see check_sampler.hpp). Empty when count <= 0 or nothing matches.
std::vector<ClassroomQuestion> pickQuestions(const QuestionPick& pick);

// Returns seed XOR the FNV-1a hash of text (equal to shownOrderSeed(text, 0)): derives a per-student seed from an
// exam seed and a name, or a per-question seed from a student seed and a card key. The generators that
// consume it scramble their seed first, so neighbouring seeds still give unrelated orders.
std::uint64_t mixSeed(std::uint64_t seed, const std::string& text);

}  // namespace retain
