// Settings: appearance (theme, font scale; the machine's, saved by the app in settings.ini) and the
// current profile's study settings (scheduler, desired retention, daily limits, answer-time thresholds,
// timer, flashcard mode, FSRS weights with Optimise and the retention chart), stored in the profile through the study backend at once. The profile field
// switches learner.
#pragma once

#include <string>

#include "core/settings/study_settings.hpp"
#include "ui/fsrs_settings_panel.hpp"
#include "ui/view.hpp"

namespace retain::ui {

class SettingsView final : public View {
public:
    const char* title() const override { return "Settings"; }
    void drawContent(UiContext& context) override;

private:
    bool drawAppearance(AppSettings& settings);
    bool drawProfile(UiContext& context, AppSettings& settings);
    bool drawStudy(StudySettings& study, StudyBackend& backend);

    int m_fontPercent = 100;      // the slider's value while it is dragged, percent
    int m_retentionPercent = 90;  // likewise for desired retention, percent
    std::string m_profileName;    // the profile field while it is edited
    FsrsSettingsPanel m_fsrs;     // the retention chart and Optimise
};

}  // namespace retain::ui
