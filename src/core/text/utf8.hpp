// The one home of UTF-8 handling below the grader: repair of invalid bytes (through utf8proc) and
// conversion to and from code points.
#pragma once

#include <string>
#include <string_view>

namespace retain {

// Returns text as valid UTF-8: each byte that does not start a valid sequence becomes U+FFFD.
std::string repairUtf8(std::string_view text);

// Decodes valid UTF-8 into code points; invalid bytes become U+FFFD.
std::u32string toCodePoints(std::string_view utf8);

// Encodes code points as UTF-8; values that are not scalar values become U+FFFD.
std::string toUtf8(std::u32string_view codePoints);

}  // namespace retain
