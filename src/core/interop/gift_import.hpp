// Import of Moodle GIFT files.
#pragma once

#include <string>
#include <string_view>

#include "core/interop/import_result.hpp"

namespace retain {

// Converts a GIFT file into a bank. Multiple choice -> choice (or multi when several answers carry
// positive weights), true/false -> true_false, short answer -> text (or a one-gap cloze when text follows
// the answer block), numerical -> numeric (a range a..b becomes its midpoint with half its width as
// tolerance), matching -> matching (or ordering when the right sides are exactly 1..n). Categories become
// tags, "::title::" becomes the id, "####feedback" (else the right answer's "#feedback") the explanation.
// Essays, descriptions and anything else it cannot express are reported with their line and skipped.
ImportResult importGift(std::string_view text, const std::string& fileName, const ImportOptions& options);

}  // namespace retain
