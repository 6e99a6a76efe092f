#include "core/settings/app_settings.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/settings/legacy_study_settings.hpp"
#include "core/settings/settings_file.hpp"

namespace retain {

namespace {

// Applies one key/value pair; returns an error message, or an empty string when it was applied.
std::string applySetting(AppSettings& settings, const std::string& key, const std::string& value) {
    bool ok = false;
    if (key == "theme") {
        ok = value == "dark" || value == "light";
        if (ok) settings.theme = value == "light" ? Theme::Light : Theme::Dark;
    } else if (key == "font_scale") {
        ok = parseSettingDouble(value, settings.fontScale);
    } else if (key == "window_x") {
        ok = parseSettingInt(value, settings.windowX);
    } else if (key == "window_y") {
        ok = parseSettingInt(value, settings.windowY);
    } else if (key == "window_width") {
        ok = parseSettingInt(value, settings.windowWidth);
    } else if (key == "window_height") {
        ok = parseSettingInt(value, settings.windowHeight);
    } else if (key == "fullscreen") {
        ok = parseSettingBool(value, settings.fullscreen);
    } else if (key == "profile") {
        ok = !value.empty();
        if (ok) settings.profile = value;
    } else if (isLegacyStudyKey(key)) {
        return {};  // moved into the profile by migration 4; the next save drops it from the file
    } else {
        return "unknown setting '" + key + "'";
    }
    return ok ? std::string() : "invalid value '" + value + "' for '" + key + "'";
}

}  // namespace

AppSettings clampSettings(AppSettings settings) {
    settings.fontScale = std::clamp(settings.fontScale, kMinFontScale, kMaxFontScale);
    settings.windowWidth = std::clamp(settings.windowWidth, 320, 16384);
    settings.windowHeight = std::clamp(settings.windowHeight, 240, 16384);
    return settings;
}

AppSettings loadAppSettings(const std::string& path, ProblemList& problems) {
    AppSettings settings;
    readSettingsFile(
        path, [&settings](const std::string& key, const std::string& value) { return applySetting(settings, key, value); },
        [&](int line, const std::string& message) { problems.push_back({path, line, 1, Severity::Warning, message}); });
    return clampSettings(settings);
}

bool saveAppSettings(const std::string& path, const AppSettings& settings, std::string& error) {
    std::ostringstream out;
    out << "# Retain settings; written by the app, safe to edit while it is closed.\n"
        << "theme = " << (settings.theme == Theme::Light ? "light" : "dark") << "\n"
        << "font_scale = " << settings.fontScale << "\n"
        << "window_x = " << settings.windowX << "\n"
        << "window_y = " << settings.windowY << "\n"
        << "window_width = " << settings.windowWidth << "\n"
        << "window_height = " << settings.windowHeight << "\n"
        << "fullscreen = " << (settings.fullscreen ? "true" : "false") << "\n"
        << "profile = " << settings.profile << "\n";
    std::error_code ec;
    const std::filesystem::path target(path);
    if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
    const std::string temporary = path + ".tmp";
    {
        std::ofstream file(temporary, std::ios::trunc);
        if (!(file << out.str()) || !file.flush()) {
            error = "cannot write " + temporary;
            return false;
        }
    }
    std::filesystem::rename(temporary, target, ec);
    if (ec) {
        error = "cannot replace " + path + ": " + ec.message();
        return false;
    }
    return true;
}

}  // namespace retain
