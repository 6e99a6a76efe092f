// The GLFW window with its OpenGL 3 context, the event-driven frame loop and framebuffer screenshots.
#pragma once

#include <string>

#include "core/settings/app_settings.hpp"
#include "ui/app_shell.hpp"

struct GLFWwindow;

namespace retain {
class SessionBackups;
}

namespace retain::app {

struct WindowOptions {
    std::string screenshotPath;  // when set: render screenshotFrames frames, save the framebuffer as PNG, exit
    int screenshotFrames = 5;
    int width = 0;               // window size override, pixels; 0 = from settings
    int height = 0;
    std::string settingsPath;    // where settings are saved when changed (empty: not saved)
    std::string banksDir;        // the library folder, loaded on a worker while the window draws its progress
    std::string bankCacheDir;    // the compiled-bank cache (empty: none)
    SessionBackups* backups = nullptr;  // the session's backups: a failed start backup is shown on Home at once
};

// Runs the app window until it is closed (or the screenshot is written). Returns the process exit code.
int runWindow(ui::UiContext& context, const WindowOptions& options);

// Writes the current framebuffer (width x height pixels) as a PNG file. Returns false on failure.
bool writeFramebufferPng(const std::string& path, int width, int height);

}  // namespace retain::app
