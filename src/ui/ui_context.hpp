// What views read and call: the loaded library, the settings and the folders. Views never own files;
// the app loads and saves what this points to.
#pragma once

#include <string>

#include "core/bank/bank_loader.hpp"
#include "core/settings/app_settings.hpp"

namespace retain::ui {

struct UiContext {
    const Library* library = nullptr;  // banks and their lint problems
    AppSettings* settings = nullptr;   // edited by the Settings view; the app persists changes
    std::string dataDir;               // database and settings folder
    std::string banksDir;              // where the banks were loaded from
    bool settingsChanged = false;      // set by a view when it edits settings; cleared by the app after saving
    double redrawWithinSeconds = 0.0;  // set by a view that animates (a timer): the app redraws within this many seconds; 0 = only on events
};

}  // namespace retain::ui
