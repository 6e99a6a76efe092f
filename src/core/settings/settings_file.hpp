// The "key = value" text format of settings.ini: one setting a line, '#' starts a comment line. Shared by
// the machine settings (app_settings.hpp) and the one-time move of the old study keys into the profile
// (legacy_study_settings.hpp).
#pragma once

#include <functional>
#include <string>

namespace retain {

// Calls apply(key, value, line) for every "key = value" line of path (line counts from 1; key and value
// trimmed); apply returns an error message or "". Lines without '=' and the messages apply returned are
// passed to problem(line, message). A missing file calls nothing.
void readSettingsFile(const std::string& path,
                      const std::function<std::string(const std::string& key, const std::string& value)>& apply,
                      const std::function<void(int line, const std::string& message)>& problem);

// Parse one value in full; false (out untouched or partly set) when text is not exactly one.
bool parseSettingInt(const std::string& text, int& out);
bool parseSettingDouble(const std::string& text, double& out);
bool parseSettingBool(const std::string& text, bool& out);  // "true" | "false"

}  // namespace retain
