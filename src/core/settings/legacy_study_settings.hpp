// Before schema version 4 the study settings lived in settings.ini, one set for every profile. Migration 4
// moves them once into the profile that settings.ini named (so a learner who chose SM-2 keeps it); from
// then on settings.ini holds only what belongs to the machine and these keys are ignored there.
#pragma once

#include <string>

#include "core/settings/study_settings.hpp"

namespace retain {

struct LegacyStudySettings {
    std::string profile = "default";  // the profile settings.ini named (its "profile" key)
    StudySettings settings;           // defaults overlaid with every readable study key found
    bool found = false;               // at least one study key was readable
};

// The study keys settings.ini used to hold (scheduler, desired_retention, new_per_day, ...).
bool isLegacyStudyKey(const std::string& key);

// Reads the old study keys of the settings file at path (a missing file finds nothing); unreadable values
// keep the defaults, as the old reader did. The result is clamped.
LegacyStudySettings readLegacyStudySettings(const std::string& path);

}  // namespace retain
