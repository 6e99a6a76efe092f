// Internal to the bank loader: reads the type-specific keys of a question (its answer) and parses the
// small text forms inside them (dates, cloze gaps).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank/question.hpp"
#include "core/bank/yaml_fields.hpp"

namespace retain {

// Returns the keys a question of this type adds to the common ones (id, type, prompt, ...).
const std::vector<std::string_view>& answerKeys(QuestionType type);
// Returns the keys of every type together.
const std::vector<std::string_view>& allAnswerKeys();

// Reads the answer of a question of this type from its keys; nullopt after reporting every problem.
// question is the question's map node, where "missing key" problems are reported.
std::optional<AnswerSpec> readAnswer(QuestionType type, const MapFields& fields, const YAML::Node& question,
                                     ProblemSink& sink);

// Parses "2018", "2018-05" or "2018-05-26" (a real calendar date); precision follows the form.
bool parseCalendarDate(std::string_view text, CalendarDate& out, DatePrecision& precision);

// Parses a cloze text with gaps written "{{answer|other accepted answer}}". On success fills out (text with
// "{{N}}" markers, gaps in order); on failure returns false with a message for the teacher.
bool parseClozeText(std::string_view text, ClozeAnswer& out, std::string& message);

}  // namespace retain
