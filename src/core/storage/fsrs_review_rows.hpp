// A profile's review log as the rows the FSRS tools read (card, time, rating), for optimising and
// simulating that learner's weights in the app (core/session/fsrs_profile_tasks.hpp).
#pragma once

#include <vector>

#include "core/scheduler/fsrs_replay.hpp"
#include "core/storage/records.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

// Returns every review of profile in time order (ties in insertion order), cardId "bank/question".
// Throws sql::StorageError on database failure.
std::vector<ReplayReview> loadFsrsReviewRows(sql::Database& db, ProfileId profile);

}  // namespace retain
