// The rows Retain stores, as plain structs: profiles, per-question card state, review log entries.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>

#include "core/scheduler/scheduler.hpp"
#include "core/settings/study_settings.hpp"
#include "core/types.hpp"

namespace retain {

using ProfileId = std::int64_t;
using SessionId = std::int64_t;
using ReviewId = std::int64_t;

// A learner: their own progress and study settings (scheduler, retention, limits, thresholds).
struct Profile {
    ProfileId id = 0;
    std::string name;
    StudySettings study;              // profiles.scheduler + the profile_settings row (migration 4)
    UnixMs createdMs = 0;             // Unix ms
};

// Which question a card is: progress is keyed by bank id + question id, both stable across edits.
struct CardKey {
    std::string bankId;
    std::string questionId;
    auto operator<=>(const CardKey&) const = default;
    bool operator==(const CardKey&) const = default;
    // Returns "bank/question" (the scheduler's fuzz seed and a readable name).
    std::string text() const { return bankId + "/" + questionId; }
};

// One card_state row: the scheduler's memory plus the learner's hiding choices.
struct StoredCard {
    CardMemory memory;
    bool suspended = false;      // kept out of every queue until unsuspended
    UnixMs buriedUntilMs = 0;    // kept out of queues until this Unix ms; 0 = not buried
    bool operator==(const StoredCard&) const = default;
};

// One review_log row.
struct ReviewRecord {
    ReviewId id = 0;                    // assigned on insert
    ProfileId profileId = 0;
    CardKey card;
    std::optional<SessionId> sessionId;
    UnixMs reviewedMs = 0;              // when the answer was given, Unix ms
    Rating rating = Rating::Good;
    std::optional<double> score;        // grader's score 0..1; none when the learner only rated
    std::string response;               // the answer as typed or chosen
    std::int64_t durationMs = 0;        // time spent answering, ms
    CardMemory before;                  // card state before the review
    CardMemory after;                   // card state after it
    bool operator==(const ReviewRecord&) const = default;
};

}  // namespace retain
