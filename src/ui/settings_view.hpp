// Settings: appearance (theme, font scale) and study (profile, scheduler, desired retention, new
// questions per day, answer-time thresholds, timer, flashcard mode). Every change is persisted by the
// app (settingsChanged) and handed to the study backend at once.
#pragma once

#include <string>

#include "ui/view.hpp"

namespace retain::ui {

class SettingsView final : public View {
public:
    const char* title() const override { return "Settings"; }
    void drawContent(UiContext& context) override;

private:
    bool drawAppearance(AppSettings& settings);
    bool drawStudy(UiContext& context, AppSettings& settings);

    int m_fontPercent = 100;      // the slider's value while it is dragged, percent
    int m_retentionPercent = 90;  // likewise for desired retention, percent
    std::string m_profileName;    // the profile field while it is edited
};

}  // namespace retain::ui
