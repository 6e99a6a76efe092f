// Retain's entry point: the GUI by default, command-line verbs beside it.
#include <cstdio>
#include <filesystem>
#include <regex>

#include "app/window.hpp"
#include "cli/command_line.hpp"
#include "core/session/study_backend.hpp"
#include "core/settings/app_settings.hpp"
#include "core/storage/backup_task.hpp"
#include "core/storage/store.hpp"

namespace {

// Parses "WIDTHxHEIGHT" (pixels).
bool parseSize(const std::string& text, int& width, int& height) {
    static const std::regex pattern(R"((\d{2,5})x(\d{2,5}))");
    std::smatch match;
    if (!std::regex_match(text, match, pattern)) return false;
    width = std::stoi(match[1]);
    height = std::stoi(match[2]);
    return true;
}

// Opens the window the command line asked for (no verb given); returns the process exit code.
int openWindow(const retain::cli::GlobalOptions& global, const retain::cli::WindowRequest& request) {
    using namespace retain;
    app::WindowOptions options;
    options.screenshotPath = request.screenshotPath;
    options.screenshotFrames = request.screenshotFrames;
    if (!request.size.empty() && !parseSize(request.size, options.width, options.height)) {
        std::fprintf(stderr, "retain: --size takes WIDTHxHEIGHT, e.g. 1280x800 (got '%s')\n", request.size.c_str());
        return static_cast<int>(cli::ExitCode::Misuse);
    }
    const std::string dataDir = cli::resolveDataDir(global);
    const std::string banksDir = cli::resolveBanksDir(global);
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    if (ec) std::fprintf(stderr, "retain: warning: cannot create data folder %s: %s\n", dataDir.c_str(), ec.message().c_str());

    ProblemList settingsProblems;
    const std::string settingsPath = dataDir + "/settings.ini";
    AppSettings settings = loadAppSettings(settingsPath, settingsProblems);
    for (const auto& problem : settingsProblems) std::fprintf(stderr, "%s\n", problem.format().c_str());

    // The banks load on a worker once the window is open (runWindow), so a big library never blocks it.
    options.banksDir = banksDir;
    options.bankCacheDir = cli::resolveBankCacheDir(global);  // unchanged banks load from their compiled entries

    // The database is opened for the window's whole life (the folder lock says "Retain is already
    // running" to a second one). A refusal is shown in the window rather than ending the app.
    SystemClock clock;
    ui::UiContext context;
    std::unique_ptr<StudyBackend> study;
    StoreOpenResult opened = Store::open(dataDir, clock);
    if (opened.store) {
        try {
            study = std::make_unique<StudyBackend>(std::move(opened.store), clock, settings.profile);
        } catch (const sql::StorageError& failure) {
            context.storeMessage = std::string("Cannot read the profile from the database: ") + failure.what();
        }
    } else {
        context.storeMessage = opened.message;
    }
    if (!context.storeMessage.empty()) std::fprintf(stderr, "retain: %s\n", context.storeMessage.c_str());
    if (!opened.warning.empty()) std::fprintf(stderr, "retain: warning: %s\n", opened.warning.c_str());
    context.storeWarning = opened.warning;
    // The interval backup copies on a worker thread while the first frames are drawn; on close the app
    // waits for it and takes the close backup when the session changed anything.
    std::unique_ptr<SessionBackups> backups;
    if (study) backups = std::make_unique<SessionBackups>(study->store(), clock);
    context.study = study.get();
    context.settings = &settings;
    context.dataDir = dataDir;
    context.banksDir = banksDir;
    // A screenshot run must not move the user's saved window, and a window locked out of the folder
    // (another Retain has it) writes nothing there: its size would replace the first window's.
    const bool lockedOut = opened.error == StoreOpenError::Locked;
    options.settingsPath = options.screenshotPath.empty() && !lockedOut ? settingsPath : std::string();
    options.backups = backups.get();
    const int code = app::runWindow(context, options);
    if (backups) {
        for (const std::string& problem : backups->finish()) std::fprintf(stderr, "retain: warning: %s\n", problem.c_str());
    }
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    return retain::cli::runCommandLine(argc, argv, openWindow);
}
