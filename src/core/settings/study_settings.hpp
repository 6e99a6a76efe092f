// A learner's study settings: which scheduler, its desired retention and FSRS-6 weights, the daily limits,
// the order of new questions, the answer-time thresholds of the suggested rating, the timer and flashcard mode. They belong to the
// PROFILE (table profile_settings, migration 4; docs/storage.md), so a classroom's learners each keep
// their own, and the window, `retain study --terminal` and `retain stats` all read the same ones.
// The defaults below are the only place these defaults are written: each refers to the engine parameter
// it sets.
#pragma once

#include <optional>
#include <string_view>

#include "core/grading/grader.hpp"
#include "core/scheduler/scheduler.hpp"

namespace retain {

// The daily-limit defaults, also SessionConfig's (core/session/study_session.hpp).
inline constexpr int kDefaultNewPerDay = 20;        // new questions introduced per day
inline constexpr int kDefaultReviewsPerDay = 200;   // review questions shown per day

// The order new questions come in (StudyQueue, core/session/study_queue.hpp).
enum class NewCardOrder {
    Random,  // shuffled, the same order all day (seeded by the profile and the day), as Anki's default
    Bank,    // the banks' own order, question by question
};
inline constexpr NewCardOrder kDefaultNewOrder = NewCardOrder::Random;

// Returns "random" or "bank", the stored name (profile_settings.new_order).
std::string_view newCardOrderName(NewCardOrder order);
// Returns the order a stored name stands for, or nullopt for an unknown name.
std::optional<NewCardOrder> parseNewCardOrder(std::string_view name);

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
    NewCardOrder newOrder = kDefaultNewOrder;                        // the order new questions come in
    double hardAfterSeconds = GradingOptions{}.hardAfterSeconds;     // right but slower suggests Hard, seconds (1..600)
    double easyWithinSeconds = GradingOptions{}.easyWithinSeconds;   // right within this suggests Easy, seconds (0..hardAfterSeconds)
    bool showTimer = true;                                           // show the seconds spent on the current question
    bool flashcardMode = false;                                      // "Show answer" and rate oneself instead of answering

    bool operator==(const StudySettings&) const = default;
};

// Returns settings with every value clamped into its documented range.
StudySettings clampStudySettings(StudySettings settings);

}  // namespace retain
