// The whole command line of `retain`: global options, the window's options, the verbs, parsing and the
// exit code. The GUI build passes a function that opens the window; the headless build passes none and
// every verb still runs.
#pragma once

#include <functional>
#include <string>

#include "cli/cli.hpp"

namespace retain::cli {

// What the command line asks of the window when no verb is given; filled by CLI11.
struct WindowRequest {
    std::string screenshotPath;  // --screenshot: render screenshotFrames frames, save them as this PNG, exit
    int screenshotFrames = 5;    // --frames: frames rendered before the screenshot
    std::string size;            // --size: "WIDTHxHEIGHT" in pixels as typed; "" = the size in settings
};

// Opens the window for a request and returns the process exit code.
using WindowRunner = std::function<int(const GlobalOptions& global, const WindowRequest& request)>;

// Parses argv and runs the verb it names, or without a verb calls runWindow; when runWindow is empty (a
// build without the GUI) says that this build has no window and returns ExitCode::Misuse. Returns the
// process exit code.
int runCommandLine(int argc, char** argv, const WindowRunner& runWindow);

}  // namespace retain::cli
