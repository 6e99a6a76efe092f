// Internal to the bank loader: reads the type-specific keys of a question (its answer) through the
// reader of its type (core/question_types/).
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/bank/question.hpp"
#include "core/bank/yaml_fields.hpp"

namespace retain {

// Returns the keys a question of this type adds to the common ones (id, type, prompt, ...).
std::span<const std::string_view> answerKeys(QuestionType type);
// Returns the keys of every type together.
const std::vector<std::string_view>& allAnswerKeys();

// Reads the answer of a question of this type from its keys; nullopt after reporting every problem.
// question is the question's map node, where "missing key" problems are reported.
std::optional<AnswerSpec> readAnswer(QuestionType type, const MapFields& fields, const YAML::Node& question,
                                     ProblemSink& sink);

}  // namespace retain
