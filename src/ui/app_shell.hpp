// The app's one top-level ImGui window: a tab per registered view, filling the display.
#pragma once

#include <memory>
#include <vector>

#include "ui/view.hpp"

namespace retain::ui {

class AppShell {
public:
    AppShell();
    // Draws the whole UI for one frame; call between ImGui::NewFrame() and ImGui::Render().
    void draw(UiContext& context);
    // Returns the registered views (for tests).
    const std::vector<std::unique_ptr<View>>& views() const { return m_views; }

private:
    std::vector<std::unique_ptr<View>> m_views;
};

}  // namespace retain::ui
