#include "core/settings/app_settings.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace retain {

namespace {

std::string trim(const std::string& text) {
    const auto begin = text.find_first_not_of(" \t\r");
    if (begin == std::string::npos) return {};
    const auto end = text.find_last_not_of(" \t\r");
    return text.substr(begin, end - begin + 1);
}

bool parseInt(const std::string& text, int& out) {
    const auto* first = text.data();
    const auto* last = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(first, last, out);
    return ec == std::errc() && ptr == last;
}

bool parseDouble(const std::string& text, double& out) {
    const auto* first = text.data();
    const auto* last = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(first, last, out);
    return ec == std::errc() && ptr == last;
}

bool parseBool(const std::string& text, bool& out) {
    if (text == "true") return out = true, true;
    if (text == "false") return out = false, true;
    return false;
}

// Applies one key/value pair; returns an error message, or an empty string when it was applied.
std::string applySetting(AppSettings& settings, const std::string& key, const std::string& value) {
    bool ok = false;
    if (key == "theme") {
        ok = value == "dark" || value == "light";
        if (ok) settings.theme = value == "light" ? Theme::Light : Theme::Dark;
    } else if (key == "font_scale") {
        ok = parseDouble(value, settings.fontScale);
    } else if (key == "window_x") {
        ok = parseInt(value, settings.windowX);
    } else if (key == "window_y") {
        ok = parseInt(value, settings.windowY);
    } else if (key == "window_width") {
        ok = parseInt(value, settings.windowWidth);
    } else if (key == "window_height") {
        ok = parseInt(value, settings.windowHeight);
    } else if (key == "fullscreen") {
        ok = parseBool(value, settings.fullscreen);
    } else if (key == "profile") {
        ok = !value.empty();
        if (ok) settings.profile = value;
    } else if (key == "scheduler") {
        const auto kind = parseSchedulerKind(value);
        ok = kind.has_value();
        if (ok) settings.scheduler = *kind;
    } else if (key == "desired_retention") {
        ok = parseDouble(value, settings.desiredRetention);
    } else if (key == "new_per_day") {
        ok = parseInt(value, settings.newPerDay);
    } else if (key == "reviews_per_day") {
        ok = parseInt(value, settings.reviewsPerDay);
    } else if (key == "hard_after_seconds") {
        ok = parseDouble(value, settings.hardAfterSeconds);
    } else if (key == "easy_within_seconds") {
        ok = parseDouble(value, settings.easyWithinSeconds);
    } else if (key == "show_timer") {
        ok = parseBool(value, settings.showTimer);
    } else if (key == "flashcard_mode") {
        ok = parseBool(value, settings.flashcardMode);
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
    settings.desiredRetention = std::clamp(settings.desiredRetention, kMinDesiredRetention, kMaxDesiredRetention);
    settings.newPerDay = std::clamp(settings.newPerDay, 0, kMaxNewPerDay);
    settings.reviewsPerDay = std::clamp(settings.reviewsPerDay, 0, kMaxReviewsPerDay);
    settings.hardAfterSeconds = std::clamp(settings.hardAfterSeconds, 1.0, 600.0);
    settings.easyWithinSeconds = std::clamp(settings.easyWithinSeconds, 0.0, settings.hardAfterSeconds);
    return settings;
}

AppSettings loadAppSettings(const std::string& path, ProblemList& problems) {
    AppSettings settings;
    std::ifstream in(path);
    if (!in) return settings;
    std::string line;
    int lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        const std::string content = trim(line);
        if (content.empty() || content[0] == '#') continue;
        const auto equals = content.find('=');
        std::string message;
        if (equals == std::string::npos) {
            message = "expected 'key = value'";
        } else {
            message = applySetting(settings, trim(content.substr(0, equals)), trim(content.substr(equals + 1)));
        }
        if (!message.empty()) problems.push_back({path, lineNumber, 1, Severity::Warning, message});
    }
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
        << "profile = " << settings.profile << "\n"
        << "scheduler = " << schedulerKindName(settings.scheduler) << "\n"
        << "desired_retention = " << settings.desiredRetention << "\n"
        << "new_per_day = " << settings.newPerDay << "\n"
        << "reviews_per_day = " << settings.reviewsPerDay << "\n"
        << "hard_after_seconds = " << settings.hardAfterSeconds << "\n"
        << "easy_within_seconds = " << settings.easyWithinSeconds << "\n"
        << "show_timer = " << (settings.showTimer ? "true" : "false") << "\n"
        << "flashcard_mode = " << (settings.flashcardMode ? "true" : "false") << "\n";
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
