#include "core/settings/legacy_study_settings.hpp"

#include <array>
#include <string_view>

#include "core/settings/settings_file.hpp"

namespace retain {

namespace {

constexpr std::array<std::string_view, 8> kLegacyKeys{"scheduler",          "desired_retention",   "new_per_day",
                                                      "reviews_per_day",    "hard_after_seconds", "easy_within_seconds",
                                                      "show_timer",         "flashcard_mode"};

// Applies one old study key; true when its value was readable.
bool applyLegacy(StudySettings& settings, const std::string& key, const std::string& value) {
    if (key == "scheduler") {
        const auto kind = parseSchedulerKind(value);
        if (kind) settings.scheduler = *kind;
        return kind.has_value();
    }
    if (key == "desired_retention") return parseSettingDouble(value, settings.desiredRetention);
    if (key == "new_per_day") return parseSettingInt(value, settings.newPerDay);
    if (key == "reviews_per_day") return parseSettingInt(value, settings.reviewsPerDay);
    if (key == "hard_after_seconds") return parseSettingDouble(value, settings.hardAfterSeconds);
    if (key == "easy_within_seconds") return parseSettingDouble(value, settings.easyWithinSeconds);
    if (key == "show_timer") return parseSettingBool(value, settings.showTimer);
    if (key == "flashcard_mode") return parseSettingBool(value, settings.flashcardMode);
    return false;
}

}  // namespace

bool isLegacyStudyKey(const std::string& key) {
    for (std::string_view legacy : kLegacyKeys) {
        if (key == legacy) return true;
    }
    return false;
}

LegacyStudySettings readLegacyStudySettings(const std::string& path) {
    LegacyStudySettings legacy;
    readSettingsFile(
        path,
        [&legacy](const std::string& key, const std::string& value) {
            if (key == "profile" && !value.empty()) legacy.profile = value;
            // A value parsed only in part must not leave a half-read number behind: parse into a copy.
            StudySettings candidate = legacy.settings;
            if (isLegacyStudyKey(key) && applyLegacy(candidate, key, value)) {
                legacy.settings = candidate;
                legacy.found = true;
            }
            return std::string();
        },
        [](int, const std::string&) {});
    legacy.settings = clampStudySettings(legacy.settings);
    return legacy;
}

}  // namespace retain
