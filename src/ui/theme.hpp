// Colours and sizes of the UI.
#pragma once

#include "core/settings/app_settings.hpp"

namespace retain::ui {

// Sets ImGui's style to the theme's colours with every size multiplied by sizeScale (content scale).
void applyTheme(Theme theme, float sizeScale);

}  // namespace retain::ui
