// Custom study, as Anki's: when the daily limits are reached a learner may study more new questions today
// or review ahead (cards due in the next days). It extends one day only: stored per profile with the day
// it was given for (table custom_study, migration 6), so a restart the same day keeps it and the next day
// starts from the plain limits again.
#pragma once

#include <cstdint>

#include "core/storage/records.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

struct CustomStudy {
    int extraNew = 0;         // new questions added to the day's new limit, >= 0
    int reviewAheadDays = 0;  // reviews due within this many days after the day come that day, days >= 0
    bool operator==(const CustomStudy&) const = default;
};

// Returns what custom study of day (dayNumber under the profile's rollover) adds: both zero when none
// was given for that day.
CustomStudy loadCustomStudy(sql::Database& db, ProfileId profile, std::int64_t day);
// Stores study as the custom study of day for profile (replacing any other day's). Runs inside the
// caller's transaction if any.
void saveCustomStudy(sql::Database& db, ProfileId profile, std::int64_t day, const CustomStudy& study);
// Returns the custom study of today after adding more to it: the new questions add up, the review-ahead
// window is the wider of the two (negative requests count as zero).
CustomStudy extendedCustomStudy(const CustomStudy& today, const CustomStudy& more);

}  // namespace retain
