// The custom_study table (see custom_study.hpp); the SQL is kept here, apart from the session's logic.
#include "core/session/custom_study.hpp"

#include <algorithm>

namespace retain {

namespace {

constexpr const char* kSelectCustomStudy =
    "SELECT extra_new, review_ahead_days FROM custom_study WHERE profile_id = ?1 AND day = ?2";
constexpr const char* kUpsertCustomStudy =
    "INSERT INTO custom_study (profile_id, day, extra_new, review_ahead_days) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT(profile_id) DO UPDATE SET day = excluded.day, extra_new = excluded.extra_new, "
    "review_ahead_days = excluded.review_ahead_days";

}  // namespace

CustomStudy loadCustomStudy(sql::Database& db, ProfileId profile, std::int64_t day) {
    sql::Statement select(db, kSelectCustomStudy);
    select.bind(1, profile).bind(2, day);
    if (!select.step()) return CustomStudy{};
    return CustomStudy{static_cast<int>(select.columnInt(0)), static_cast<int>(select.columnInt(1))};
}

void saveCustomStudy(sql::Database& db, ProfileId profile, std::int64_t day, const CustomStudy& study) {
    sql::Statement upsert(db, kUpsertCustomStudy);
    upsert.bind(1, profile).bind(2, day).bind(3, study.extraNew).bind(4, study.reviewAheadDays);
    upsert.step();
}

CustomStudy extendedCustomStudy(const CustomStudy& today, const CustomStudy& more) {
    return CustomStudy{today.extraNew + std::max(0, more.extraNew), std::max(today.reviewAheadDays, std::max(0, more.reviewAheadDays))};
}

}  // namespace retain
