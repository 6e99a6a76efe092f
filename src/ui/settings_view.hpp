// Settings: theme and font scale (more settings join as the features that need them arrive).
#pragma once

#include "ui/view.hpp"

namespace retain::ui {

class SettingsView final : public View {
public:
    const char* title() const override { return "Settings"; }
    void drawContent(UiContext& context) override;

private:
    int m_fontPercent = 100;  // the slider's value while it is dragged, percent
};

}  // namespace retain::ui
