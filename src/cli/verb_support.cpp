#include "cli/verb_support.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>

#include "core/clock.hpp"
#include "core/text/control_chars.hpp"

namespace retain::cli {

bool writeOutputFile(const char* verb, const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (out) return true;
    std::fprintf(stderr, "retain %s: cannot write %s\n", verb, path.c_str());
    return false;
}

StoreOpenResult openDataForReading(const char* verb, const std::string& dataDir) {
    const SystemClock clock;
    StoreOpenResult opened = Store::openForReadingUpgraded(dataDir, clock);
    if (!opened.warning.empty()) std::fprintf(stderr, "retain %s: note: %s\n", verb, opened.warning.c_str());
    return opened;
}

VerbBackups::VerbBackups(const char* verb, const Store& store, const Clock& clock) : m_verb(verb), m_backups(store, clock) {}

VerbBackups::~VerbBackups() {
    for (const std::string& problem : m_backups.finish()) std::fprintf(stderr, "retain %s: warning: %s\n", m_verb, problem.c_str());
}

ExitCode reportMisuse(const char* verb, const std::string& message) {
    std::fprintf(stderr, "retain %s: %s\n", verb, message.c_str());
    return ExitCode::Misuse;
}

void sayToTerminal(const std::string& text) {
    const std::string safe = terminalSafe(text);
    std::fwrite(safe.data(), 1, safe.size(), stdout);
    std::fflush(stdout);
}

bool readTerminalLine(std::string& line) {
    if (!std::getline(std::cin, line)) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

}  // namespace retain::cli
