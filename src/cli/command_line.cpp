// The root of the command line, shared by the GUI and the headless `retain`.
#include "cli/command_line.hpp"

#include <cstdio>

namespace retain::cli {

namespace {

// Said when the window (or a screenshot of it) is asked of a build configured without the GUI.
constexpr const char* kNoWindowMessage =
    "retain: this build has no GUI (configured with -DRETAIN_BUILD_GUI=OFF), so it cannot open the window "
    "or take a --screenshot.\nRun a verb instead, e.g. 'retain lint' or 'retain study --terminal'; "
    "'retain --help' lists them.\n";

}  // namespace

int runCommandLine(int argc, char** argv, const WindowRunner& runWindow) {
    const bool haveWindow = static_cast<bool>(runWindow);
    CLI::App root{haveWindow ? "Retain: quizzes and spaced repetition for fact-heavy material.\n"
                               "Without a verb, opens the study window."
                             : "Retain: quizzes and spaced repetition for fact-heavy material.\n"
                               "This build has no GUI (RETAIN_BUILD_GUI=OFF): run one of the verbs below."};
    root.set_version_flag("--version", std::string("retain ") + RETAIN_VERSION);
    VerbContext context;
    root.add_option("--data", context.global.dataDir, "Data folder (database, settings); default $XDG_DATA_HOME/retain");
    root.add_option("--banks", context.global.banksDir, "Question banks folder; default the repository's questions/");

    // Registered in both builds, so the headless one can say why it refuses them instead of "unknown flag".
    WindowRequest window;
    const std::string windowGroup = haveWindow ? "Window" : "Window (not in this build: no GUI)";
    root.add_option("--screenshot", window.screenshotPath, "Render some frames, save the window as this PNG, exit")
        ->group(windowGroup);
    root.add_option("--frames", window.screenshotFrames, "Frames to render before --screenshot (default 5)")
        ->check(CLI::Range(1, 1000))
        ->group(windowGroup);
    root.add_option("--size", window.size, "Window size WIDTHxHEIGHT in pixels, e.g. 1280x800")->group(windowGroup);
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
    if (!haveWindow) {
        std::fputs(kNoWindowMessage, stderr);
        return static_cast<int>(ExitCode::Misuse);
    }
    return runWindow(context.global, window);
}

}  // namespace retain::cli
