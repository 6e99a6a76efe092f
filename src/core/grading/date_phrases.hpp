// Periods of a year written in words, read as month ranges with one stated meaning each (docs/grading.md,
// "Dates"): halves ("second half of 2018", "H2 2018"), quarters ("Q3 2018", "third quarter of 2018"),
// seasons of the northern hemisphere (spring March–May, summer June–August, autumn or fall
// September–November; winter spans two years and is refused), and thirds ("early 2018" January–April,
// "mid-2018" May–August, "late 2018" or "the end of 2018" September–December).
#pragma once

#include <optional>
#include <string_view>

#include "core/grading/date_parser.hpp"

namespace retain {

// Reads normalised text (normalizeText) as one such period; nullopt when it is not one, so the caller
// reads it as an ordinary date. A winter is returned with status Ambiguous and a message.
std::optional<ParsedDate> parseDatePhrase(std::string_view normalized);

}  // namespace retain
