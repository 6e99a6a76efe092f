#include "core/settings/settings_file.hpp"

#include <charconv>
#include <fstream>

namespace retain {

namespace {

std::string trim(const std::string& text) {
    const auto begin = text.find_first_not_of(" \t\r");
    if (begin == std::string::npos) return {};
    const auto end = text.find_last_not_of(" \t\r");
    return text.substr(begin, end - begin + 1);
}

template <typename Number>
bool parseNumber(const std::string& text, Number& out) {
    const auto* first = text.data();
    const auto* last = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(first, last, out);
    return ec == std::errc() && ptr == last;
}

}  // namespace

void readSettingsFile(const std::string& path,
                      const std::function<std::string(const std::string& key, const std::string& value)>& apply,
                      const std::function<void(int line, const std::string& message)>& problem) {
    std::ifstream in(path);
    if (!in) return;
    std::string line;
    int lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        const std::string content = trim(line);
        if (content.empty() || content[0] == '#') continue;
        const auto equals = content.find('=');
        const std::string message = equals == std::string::npos
                                        ? std::string("expected 'key = value'")
                                        : apply(trim(content.substr(0, equals)), trim(content.substr(equals + 1)));
        if (!message.empty()) problem(lineNumber, message);
    }
}

bool parseSettingInt(const std::string& text, int& out) { return parseNumber(text, out); }

bool parseSettingDouble(const std::string& text, double& out) { return parseNumber(text, out); }

bool parseSettingBool(const std::string& text, bool& out) {
    if (text == "true") return out = true, true;
    if (text == "false") return out = false, true;
    return false;
}

}  // namespace retain
