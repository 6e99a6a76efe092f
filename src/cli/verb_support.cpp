#include "cli/verb_support.hpp"

#include <cstdio>
#include <fstream>

#include "core/clock.hpp"

namespace retain::cli {

bool writeOutputFile(const char* verb, const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (out) return true;
    std::fprintf(stderr, "retain %s: cannot write %s\n", verb, path.c_str());
    return false;
}

StoreOpenResult openDataForReading(const std::string& dataDir) {
    StoreOpenResult opened = Store::openForReading(dataDir);
    if (opened.error != StoreOpenError::OlderSchema) return opened;
    SystemClock clock;
    return Store::open(dataDir, clock);
}

}  // namespace retain::cli
