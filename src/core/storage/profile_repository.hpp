// The profiles table: one row per learner.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/storage/records.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// Returns the profile called name, or nullopt.
std::optional<Profile> findProfile(sql::Database& db, const std::string& name);
// Returns every profile, by name.
std::vector<Profile> listProfiles(sql::Database& db);
// Returns the profile called name, creating it with scheduler and createdMs (Unix ms) when missing.
Profile ensureProfile(sql::Database& db, const std::string& name, SchedulerKind scheduler, UnixMs createdMs);

}  // namespace retain
