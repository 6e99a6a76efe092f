#include "core/settings/settings_file.hpp"

#include <charconv>
#include <fstream>

#include "core/text/trim.hpp"

namespace retain {

namespace {

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
        const std::string content = trimmedCopy(line);
        if (content.empty() || content[0] == '#') continue;
        const auto equals = content.find('=');
        const std::string message = equals == std::string::npos
                                        ? std::string("expected 'key = value'")
                                        : apply(trimmedCopy(content.substr(0, equals)), trimmedCopy(content.substr(equals + 1)));
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
