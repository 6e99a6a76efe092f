// The profiles table and each profile's study settings (profiles.scheduler + profile_settings).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/storage/records.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// Returns the profile called name with its study settings, or nullopt.
std::optional<Profile> findProfile(sql::Database& db, const std::string& name);
// Returns every profile, by name.
std::vector<Profile> listProfiles(sql::Database& db);
// Returns the profile called name, creating it when missing with the default study settings (and
// scheduler), written into its row once, and createdMs (Unix ms).
Profile ensureProfile(sql::Database& db, const std::string& name, SchedulerKind scheduler, UnixMs createdMs);
// Stores settings (clamped) as profile's study settings, scheduler included, in one transaction.
// Throws sql::StorageError (storing nothing) on failure.
void saveStudySettings(sql::Database& db, ProfileId profile, const StudySettings& settings);

// Returns the weights as stored in profile_settings.fsrs_weights: "" for none (the defaults), else
// w0..w20 as 21 comma-separated numbers that read back exactly.
std::string fsrsWeightsText(const std::optional<FsrsWeights>& weights);

}  // namespace retain
