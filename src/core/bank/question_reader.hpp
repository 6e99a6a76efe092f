// Internal to the bank loader: reads one question (common keys, then its type's answer keys).
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "core/bank/question.hpp"
#include "core/bank/yaml_fields.hpp"

namespace retain {

// Where a question id was first written, so a duplicate can point back at it.
struct IdSite {
    std::string file;
    int line = 0;  // 1-based
};

// Question ids seen so far in one bank (all its files), broken questions included.
using IdRegistry = std::unordered_map<std::string, IdSite>;

// Reads one question map. Returns nullopt when it has an error; every problem is reported to sink either way
// (warnings do not drop a question). Registers its id in ids.
std::optional<Question> readQuestion(const YAML::Node& node, ProblemSink& sink, IdRegistry& ids);

// True for a question id: 1..100 of a-z, 0-9, '-' and '_'.
bool isValidQuestionId(std::string_view id);
// True for a bank id or tag: 1..100 of a-z, 0-9 and '-'.
bool isValidBankId(std::string_view id);

}  // namespace retain
