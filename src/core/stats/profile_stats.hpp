// The statistics of one profile under its study setup (core/session/study_setup.hpp): what the Stats
// screen and `retain stats` show, computed the same way for both. Reads the review log; writes nothing.
#pragma once

#include <map>
#include <vector>

#include "core/bank/bank_loader.hpp"
#include "core/session/study_backend.hpp"
#include "core/session/study_setup.hpp"
#include "core/stats/stats_report.hpp"

namespace retain {

// Returns every figure for setup's profile at nowMs (Unix ms) over rangeDays (30, 90 or 365) from its review
// log and stored cards and the banks' questions (mastery, never-studied counts): retrievability and
// mastery by its own scheduler and desired retention, days by its rollover hour.
StatsReport computeProfileStats(const StatsLog& log, const StudySetup& setup, const std::map<CardKey, StoredCard>& cards,
                                const std::vector<const Bank*>& banks, UnixMs nowMs, int rangeDays);

// The same for the backend's current profile at its clock's now, reading its log (the Stats screen).
// Throws sql::StorageError.
StatsReport computeProfileStats(StudyBackend& study, const std::vector<const Bank*>& banks, int rangeDays);

}  // namespace retain
