// Retain's entry point: the GUI by default, command-line verbs beside it.
#include <cstdio>
#include <filesystem>
#include <regex>

#include "app/window.hpp"
#include "cli/cli.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/session/study_backend.hpp"
#include "core/settings/app_settings.hpp"
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

int openWindow(const retain::app::GlobalOptions& global, retain::app::WindowOptions options, const std::string& size) {
    using namespace retain;
    if (!size.empty() && !parseSize(size, options.width, options.height)) {
        std::fprintf(stderr, "retain: --size takes WIDTHxHEIGHT, e.g. 1280x800 (got '%s')\n", size.c_str());
        return 2;
    }
    const std::string dataDir = app::resolveDataDir(global);
    const std::string banksDir = app::resolveBanksDir(global);
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    if (ec) std::fprintf(stderr, "retain: warning: cannot create data folder %s: %s\n", dataDir.c_str(), ec.message().c_str());

    ProblemList settingsProblems;
    const std::string settingsPath = dataDir + "/settings.ini";
    AppSettings settings = loadAppSettings(settingsPath, settingsProblems);
    for (const auto& problem : settingsProblems) std::fprintf(stderr, "%s\n", problem.format().c_str());

    Library library = loadLibrary(banksDir, app::resolveBankCacheDir(global));  // unchanged banks load from their compiled entries
    for (const auto& problem : library.problems) std::fprintf(stderr, "%s\n", problem.format().c_str());

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
    context.study = study.get();
    context.library = &library;
    context.settings = &settings;
    context.dataDir = dataDir;
    context.banksDir = banksDir;
    // A screenshot run must not move the user's saved window.
    options.settingsPath = options.screenshotPath.empty() ? settingsPath : std::string();
    return app::runWindow(context, options);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace retain::app;
    CLI::App root{"Retain: quizzes and spaced repetition for fact-heavy material.\n"
                  "Without a verb, opens the study window."};
    root.set_version_flag("--version", std::string("retain ") + RETAIN_VERSION);
    VerbContext context;
    root.add_option("--data", context.global.dataDir, "Data folder (database, settings); default $XDG_DATA_HOME/retain");
    root.add_option("--banks", context.global.banksDir, "Question banks folder; default the repository's questions/");

    WindowOptions windowOptions;
    std::string size;
    root.add_option("--screenshot", windowOptions.screenshotPath, "Render some frames, save the window as this PNG, exit");
    root.add_option("--frames", windowOptions.screenshotFrames, "Frames to render before --screenshot (default 5)")
        ->check(CLI::Range(1, 1000));
    root.add_option("--size", size, "Window size WIDTHxHEIGHT in pixels, e.g. 1280x800");
    root.require_subcommand(0, 1);
    registerVerbs(root, context);

    try {
        root.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return root.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return root.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return root.exit(e);
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "retain: %s\nRun 'retain --help' for the options and verbs.\n", e.what());
        return static_cast<int>(ExitCode::Misuse);
    }
    if (context.verbRan) return static_cast<int>(context.exitCode);
    return openWindow(context.global, windowOptions, size);
}
