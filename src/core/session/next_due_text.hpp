// When the next question is due, in words a learner reads on the study screen once today's limits are
// reached: "in 3 h 20 min", "today 21:30", "tomorrow 09:00", "on Wed 17 Jun 09:00" (local time).
#pragma once

#include <cstdint>
#include <string>

#include "core/types.hpp"

namespace retain {

// Returns dueMs (Unix ms) as seen at nowMs (Unix ms) by a learner whose local time is UTC plus
// utcOffsetSeconds: "now" when due; below 6 hours "in 45 min" / "in 3 h 20 min" (minutes rounded up);
// else "today HH:MM", "tomorrow HH:MM", or "on Www D Mmm HH:MM" by the local calendar day.
std::string nextDueText(UnixMs dueMs, UnixMs nowMs, std::int64_t utcOffsetSeconds);

// Returns this machine's local offset from UTC at atMs (Unix ms), seconds (daylight saving included).
std::int64_t localUtcOffsetSeconds(UnixMs atMs);

}  // namespace retain
