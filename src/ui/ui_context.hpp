// What views read and call: the loaded library, the settings, the folders and the study backend. Views
// never own files; the app loads and saves what this points to.
#pragma once

#include <string>
#include <vector>

#include "core/bank/bank_loader.hpp"
#include "core/settings/app_settings.hpp"

namespace retain {
class LibraryLoadTask;
class StudyBackend;
}  // namespace retain

namespace retain::ui {

class PictureProvider;
class LiveControls;

// A request from one view to start studying: which banks (empty = every bank) and which tag (empty = all).
struct StudyRequest {
    std::vector<std::string> bankIds;
    std::string tag;
};

struct UiContext {
    const Library* library = nullptr;  // banks and their lint problems; null while they load
    LibraryLoadTask* libraryLoad = nullptr;  // while the banks load on a worker: the shell draws its progress, not the views
    AppSettings* settings = nullptr;   // edited by the Settings view; the app persists changes
    PictureProvider* pictures = nullptr;  // question pictures as textures (ui/pictures.hpp); null: alt text only
    LiveControls* live = nullptr;      // the live classroom game the app hosts (ui/live_controls.hpp); null: none possible
    StudyBackend* study = nullptr;     // database, profile, scheduler; null when the data folder could not be opened
    std::string storeMessage;          // why study is null (locked, read-only, damaged database...), shown in the window
    std::string storeWarning;          // a problem that did not stop the opening (e.g. a failed backup)
    std::string dataDir;               // database and settings folder
    std::string banksDir;              // where the banks were loaded from
    bool settingsChanged = false;      // set by a view when it edits settings; cleared by the app after saving
    double redrawWithinSeconds = 0.0;  // set by a view that animates (a timer): the app redraws within this many seconds; 0 = only on events
    bool screenChanged = false;        // set by a view whose screen changed without input (a timer ran out): the app draws the settle frames
    std::string showView;              // set by a view to bring another view's tab to the front (its title); cleared by the shell
    std::string reviewBankRequest;     // set by a view (with showView = "Draft"): the bank file to open for review; the Draft view clears it
    bool studyRequested = false;       // set with studyRequest by a view; the Study view takes it and clears this
    StudyRequest studyRequest;
};

}  // namespace retain::ui
