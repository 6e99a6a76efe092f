// Values quoted in messages for the learner or the author: a 10,000-character id must not fill the
// terminal, so a long value is cut after a few dozen characters and its length is said instead.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace retain {

// Values longer than this (Unicode code points) are cut in messages.
constexpr std::size_t kMaxQuotedCodePoints = 60;

// Returns text in single quotes; when longer than kMaxQuotedCodePoints code points, its first ones,
// then "…" and the full length: 'AAAA…' (10000 characters). Never cuts inside a UTF-8 sequence.
std::string quoteValue(std::string_view text);

}  // namespace retain
