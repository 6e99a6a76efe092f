// Application settings that belong to the machine rather than to a learner's profile: theme, font
// scale, window placement; and, until profiles carry their own settings in storage, the study settings
// (current profile, scheduler, desired retention, daily new limit, answer-time thresholds). Stored as a
// small "key = value" text file in the data folder.
#pragma once

#include <string>

#include "core/bank/problem.hpp"
#include "core/scheduler/scheduler.hpp"

namespace retain {

enum class Theme { Dark, Light };

struct AppSettings {
    Theme theme = Theme::Dark;
    double fontScale = 1.0;      // multiplier of the base font size, 0.5..3.0 (projectors need large text)
    int windowX = -1;            // window position, screen pixels; -1 = let the system place it
    int windowY = -1;
    int windowWidth = 1280;      // window size, screen pixels
    int windowHeight = 800;
    bool fullscreen = false;

    std::string profile = "default";          // the learner whose progress the window shows
    SchedulerKind scheduler = SchedulerKind::Fsrs;
    double desiredRetention = 0.90;           // FSRS target recall at the due time, 0.70..0.99
    int newPerDay = 20;                       // new questions introduced per day, 0..9999
    int reviewsPerDay = 200;                  // review questions shown per day, 0..99999
    double hardAfterSeconds = 20.0;           // right but slower than this suggests Hard, seconds (1..600)
    double easyWithinSeconds = 5.0;           // right within this suggests Easy, seconds (0..hardAfterSeconds)
    bool showTimer = true;                    // show the seconds spent on the current question
    bool flashcardMode = false;               // study by "Show answer" and rating oneself instead of answering

    bool operator==(const AppSettings&) const = default;
};

constexpr double kMinFontScale = 0.5;
constexpr double kMaxFontScale = 3.0;
constexpr double kMinDesiredRetention = 0.70;
constexpr double kMaxDesiredRetention = 0.99;
constexpr int kMaxNewPerDay = 9999;
constexpr int kMaxReviewsPerDay = 99999;

// Returns the settings with every value clamped into its documented range.
AppSettings clampSettings(AppSettings settings);

// Reads settings from path. A missing file gives the defaults; unreadable lines are reported in
// problems (file:line) and skipped, keeping the defaults for those keys.
AppSettings loadAppSettings(const std::string& path, ProblemList& problems);

// Writes settings to path atomically (temporary file, then rename). Returns false with a message on failure.
bool saveAppSettings(const std::string& path, const AppSettings& settings, std::string& error);

}  // namespace retain
