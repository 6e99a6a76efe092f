// The app's one top-level ImGui window: a tab per registered view, filling the display.
#pragma once

#include <cstddef>
#include <cstdint>
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
    // Font scale of the tab labels and whether the short titles are used, from the labels' widths.
    struct TabFit {
        float fontScale = 1.0f;
        bool shortTitles = false;
        bool scroll = false;  // even the smallest labels do not fit: the bar scrolls (never "St…")
    };
    TabFit fitTabs() const;

    std::vector<int> m_screenKeys;   // each view's screenKey() when last drawn
    std::size_t m_front = SIZE_MAX;  // index of the view whose tab was in front last frame; SIZE_MAX before the first
};

}  // namespace retain::ui
