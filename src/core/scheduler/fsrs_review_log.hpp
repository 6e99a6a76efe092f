// Reads a review log for the FSRS tools (evaluate, optimize, simulate) in either of two CSV layouts:
// Retain's replay rows `card_id,unix_ms,rating`, or the py-fsrs / shared-log layout
// `card_id,review_rating,review_time[,review_duration]` with ISO-8601 times (docs/scheduling.md).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/scheduler/fsrs_replay.hpp"

namespace retain::fsrs {

// Returns Unix ms of an ISO-8601 time "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)" (a space may
// replace the T); nullopt when it is not one.
std::optional<UnixMs> parseIsoTime(std::string_view text);

// Reads either layout, chosen by the header: a first line "card_id,review_rating,review_time..." selects
// the ISO layout (columns found by name), anything else is read by parseReplayCsv. Returns false with
// error "line N: ..." (and the column for a bad field) at the first bad row.
bool parseReviewLog(std::istream& input, std::vector<ReplayReview>& reviews, std::string& error);

}  // namespace retain::fsrs
