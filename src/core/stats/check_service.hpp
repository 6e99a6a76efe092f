// Retention checks of the study backend's current profile, for the Check screen: storing a finished one
// (with its answers as reviews when the learner chose so) and reading the past ones.
#pragma once

#include <cstdint>
#include <vector>

#include "core/session/study_backend.hpp"
#include "core/stats/retention_check.hpp"

namespace retain {

// Stores record (a finished check of the current profile) with the profile's scheduler and returns its
// id; when record.countedAsReviews, its answers are rated through the review writer too and the backend's
// card states move on. Throws sql::StorageError, storing nothing, when a write fails.
std::int64_t storeCheck(StudyBackend& study, const CheckRecord& record);

// Returns every stored check of the current profile with its answers, oldest first.
std::vector<CheckRecord> checkHistory(StudyBackend& study);

}  // namespace retain
