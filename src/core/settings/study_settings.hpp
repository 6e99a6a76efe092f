// A learner's study settings: which scheduler, its desired retention and FSRS-6 weights, the daily limits,
// the answer-time thresholds of the suggested rating, the timer and flashcard mode. They belong to the
// PROFILE (table profile_settings, migration 4; docs/storage.md), so a classroom's learners each keep
// their own, and the window, `retain study --terminal` and `retain stats` all read the same ones.
// The defaults below are the only place these defaults are written: each refers to the engine parameter
// it sets.
#pragma once

#include <optional>

#include "core/grading/grader.hpp"
#include "core/scheduler/scheduler.hpp"

namespace retain {

// The daily-limit defaults, also SessionConfig's (core/session/study_session.hpp).
inline constexpr int kDefaultNewPerDay = 20;        // new questions introduced per day
inline constexpr int kDefaultReviewsPerDay = 200;   // review questions shown per day

constexpr double kMinDesiredRetention = 0.70;
constexpr double kMaxDesiredRetention = 0.99;
constexpr int kMaxNewPerDay = 9999;
constexpr int kMaxReviewsPerDay = 99999;
constexpr double kMinHardAfterSeconds = 1.0;
constexpr double kMaxHardAfterSeconds = 600.0;

struct StudySettings {
    SchedulerKind scheduler = SchedulerKind::Fsrs;
    double desiredRetention = SchedulerConfig{}.desiredRetention;    // FSRS target recall at the due time, 0.70..0.99
    std::optional<FsrsWeights> fsrsWeights;                          // this learner's FSRS-6 weights; none = the defaults
    int newPerDay = kDefaultNewPerDay;                               // 0..kMaxNewPerDay
    int reviewsPerDay = kDefaultReviewsPerDay;                       // 0..kMaxReviewsPerDay
    double hardAfterSeconds = GradingOptions{}.hardAfterSeconds;     // right but slower suggests Hard, seconds (1..600)
    double easyWithinSeconds = GradingOptions{}.easyWithinSeconds;   // right within this suggests Easy, seconds (0..hardAfterSeconds)
    bool showTimer = true;                                           // show the seconds spent on the current question
    bool flashcardMode = false;                                      // "Show answer" and rate oneself instead of answering

    bool operator==(const StudySettings&) const = default;
};

// Returns settings with every value clamped into its documented range.
StudySettings clampStudySettings(StudySettings settings);

}  // namespace retain
