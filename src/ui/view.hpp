// A view is one screen of the app. It draws its content into the current ImGui window and calls core;
// it owns no persistence and no file formats. Views are listed once in view_registry.cpp.
#pragma once

#include <memory>
#include <vector>

#include "ui/ui_context.hpp"

namespace retain::ui {

class View {
public:
    virtual ~View() = default;
    // Returns the label shown on the view's tab; stable, also used as its ImGui id.
    virtual const char* title() const = 0;
    // Draws the view's widgets inside the already-begun tab of the main window.
    virtual void drawContent(UiContext& context) = 0;
    // Called when another tab comes to the front, so the view is no longer on screen (a running answer
    // timer pauses), and when its tab is in front again; the shell calls each once per change.
    virtual void onHidden(UiContext& context) { (void)context; }
    virtual void onShown(UiContext& context) { (void)context; }
    // Returns a number that changes when the view moves to another screen (setup to question, question to
    // summary...); the shell then scrolls the new screen to its top. Views with one screen keep 0.
    virtual int screenKey() const { return 0; }
    // Returns the tab label for a narrow tab bar ("Class" for "Class report"); the title by default.
    virtual const char* shortTitle() const { return title(); }
};

// Returns every view of the app, in tab order (the one registration list).
std::vector<std::unique_ptr<View>> makeViews();

}  // namespace retain::ui
