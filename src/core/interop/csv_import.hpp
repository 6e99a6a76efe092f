// Import of term/definition lists as Quizlet exports them ("term<separator>definition" per row).
#pragma once

#include <string>
#include <string_view>

#include "core/interop/import_result.hpp"

namespace retain {

// Which column becomes the question. Quizlet's "term" is usually what the learner recalls from the
// "definition", so the definition is the prompt by default.
enum class PromptSide { Term, Definition };

struct DelimitedImportOptions {
    std::string separator = "\t";                     // between term and definition (Quizlet: tab, comma or custom)
    PromptSide promptSide = PromptSide::Definition;   // the other column becomes the answer
};

// Turns each row into a `text` question (prompt from one column, answer from the other). A row with
// more fields than two keeps everything after the first separator as the definition (Quizlet does not
// quote commas); a row with one field or an empty side is reported with its line and skipped.
ImportResult importDelimited(std::string_view text, const std::string& fileName, const ImportOptions& options,
                             const DelimitedImportOptions& delimited);

}  // namespace retain
