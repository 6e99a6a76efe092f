// Checks a bank file's raw text before yaml-cpp parses it: size, UTF-8, nesting depth and alias count
// (limits in bank_limits.hpp). yaml-cpp recurses once per nesting level and expands nothing itself, but a
// file past these limits is either broken or hostile, so it is refused with a located problem instead.
#pragma once

#include <string>
#include <string_view>

#include "core/bank/problem.hpp"
#include "core/bank/text_position.hpp"

namespace retain {

struct PrescanResult {
    bool ok = false;  // text may be handed to yaml-cpp; otherwise one located error was appended
    // Byte offset where a second YAML document starts ("---" after content), or npos. The loader parses only
    // the first document: yaml-cpp 0.7's LoadAll loops forever on some broken input (a stray ',').
    std::size_t secondDocument = std::string_view::npos;
    // Byte offset of the last '[' or '{' never closed, or npos: yaml-cpp reports an unclosed bracket where it
    // gives up (often the end of the file), so the loader adds where the bracket was opened.
    std::size_t unclosedBracket = std::string_view::npos;
};

// Checks text before parsing, appending at most one located error to problems.
PrescanResult prescanYaml(std::string_view text, const std::string& fileName, const LineIndex& lines, ProblemList& problems);

// Returns the byte offset of the first byte that is not valid UTF-8 or is a control character YAML does not
// allow (anything below U+0020 except tab, line feed and carriage return), or npos when the text is clean.
// A leading byte-order mark is allowed.
std::size_t findInrepairUtf8(std::string_view text);

}  // namespace retain
