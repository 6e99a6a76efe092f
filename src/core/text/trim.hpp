// The one home of trimming: ASCII blanks (space, tab, CR, LF, form feed, vertical tab) at both ends.
#pragma once

#include <string>
#include <string_view>

namespace retain {

// Returns text without the ASCII blanks at its start and end (a view into text).
std::string_view trimBlanks(std::string_view text);
// Returns a copy of text without the ASCII blanks at its start and end.
inline std::string trimmedCopy(std::string_view text) { return std::string(trimBlanks(text)); }

}  // namespace retain
