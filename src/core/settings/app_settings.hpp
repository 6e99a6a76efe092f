// Application settings that belong to the machine rather than to a learner: theme, font scale, window
// placement, and which profile the window opened last. Stored as a small "key = value" text file,
// settings.ini, in the data folder. The study settings (scheduler, desired retention, daily limits,
// answer-time thresholds, timer, flashcard mode) belong to each profile: core/settings/study_settings.hpp.
#pragma once

#include <string>

#include "core/bank/problem.hpp"

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

    std::string profile = "default";  // the learner the window opened last (and opens next)

    bool operator==(const AppSettings&) const = default;
};

constexpr double kMinFontScale = 0.5;
constexpr double kMaxFontScale = 3.0;

// Returns the settings with every value clamped into its documented range.
AppSettings clampSettings(AppSettings settings);

// Reads settings from path. A missing file gives the defaults; unreadable lines are reported in
// problems (file:line) and skipped, keeping the defaults for those keys. The study keys older versions
// wrote here are skipped without a warning (migration 4 moved them into the profile).
AppSettings loadAppSettings(const std::string& path, ProblemList& problems);

// Writes settings to path atomically (temporary file, then rename). Returns false with a message on failure.
bool saveAppSettings(const std::string& path, const AppSettings& settings, std::string& error);

}  // namespace retain
