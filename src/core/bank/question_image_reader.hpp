// Reading `image:` and `alt:` from a question's map (or a choice or matching item's map).
#pragma once

#include "core/bank/question_image.hpp"
#include "core/bank/yaml_fields.hpp"

namespace retain {

// The keys readImageKeys reads, for the unknown-key check of the map they sit in.
inline constexpr std::string_view kImageKeys[] = {"image", "alt"};

// Reads `image:` (a .png/.jpg/.jpeg path relative to the bank file) and its required `alt:` from fields
// into image; reports each mistake at its line and column. Returns false after an error.
bool readImageKeys(const MapFields& fields, ProblemSink& sink, QuestionImage& image);

}  // namespace retain
