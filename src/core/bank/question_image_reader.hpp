// Reading `image:` and `alt:` from a question's map (or a choice or matching item's map).
#pragma once

#include <optional>

#include "core/bank/question_image.hpp"
#include "core/bank/yaml_fields.hpp"

namespace retain {

// The keys readImageKeys reads, for the unknown-key check of the map they sit in.
inline constexpr std::string_view kImageKeys[] = {"image", "alt"};

// Reads `image:` (a .png/.jpg/.jpeg path relative to the bank file) and its required `alt:` from fields
// into image; reports each mistake at its line and column. Returns false after an error. imageKey and
// altKey name the pair read ("explanation_image" and "explanation_alt" for the explanation's picture).
bool readImageKeys(const MapFields& fields, ProblemSink& sink, QuestionImage& image, std::string_view imageKey = "image",
                   std::string_view altKey = "alt");

// Reads one option (a choice, a side of a matching pair): a plain text, or a map {text:, image:, alt:}
// whose `text:` may be left out for a picture-only option (its text is then the alt text: what grading,
// the terminal and reports name it by). what names the option in messages ("choice 2"). Returns nullopt
// after reporting; an empty text is returned as "" for the caller to report.
std::optional<PicturedText> readPicturedText(const YAML::Node& node, std::string_view what, ProblemSink& sink);

}  // namespace retain
