// Lists of options that several question types share: reading the choices of choice and multi, and
// writing lists out for plain-text front ends and reports.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/bank/question_image.hpp"

namespace retain {

class AnswerFields;

// Reads 'choices': 2 to 8 distinct, non-empty texts, each may be a map {text:, image:, alt:} (images
// then gets one picture per choice); nullopt after reporting.
std::optional<std::vector<std::string>> readChoiceList(AnswerFields& fields, OptionImages& images);

// Returns "  1) first\n  2) second\n..." (1-based numbers).
std::string numberedLines(const std::vector<std::string>& values);
// Returns "  a) first\n  b) second\n...".
std::string letteredLines(const std::vector<std::string>& values);
// Returns the letter of a 0-based position: "a", "b", ...
std::string positionLetter(std::size_t index);

// Returns the texts at indices (skipping indices out of range), joined by separator.
std::string textsAt(const std::vector<std::string>& texts, const std::vector<int>& indices, const char* separator);

}  // namespace retain
