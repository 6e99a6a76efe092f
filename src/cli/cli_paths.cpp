// Where Retain keeps its data and finds its banks when the command line does not say.
#include <cstdlib>
#include <filesystem>

#include "cli/cli.hpp"

namespace retain::cli {

std::string resolveDataDir(const GlobalOptions& options) {
    if (!options.dataDir.empty()) return options.dataDir;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/retain";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/retain";
    return ".retain";
}

std::string resolveBanksDir(const GlobalOptions& options) {
    if (!options.banksDir.empty()) return options.banksDir;
    // Run from the build tree: the repository's questions/ exists. An installed binary uses share/.
    if (std::filesystem::is_directory(RETAIN_REPO_BANKS)) return RETAIN_REPO_BANKS;
    return RETAIN_INSTALL_BANKS;
}

std::string resolveWebDir() {
    if (std::filesystem::is_directory(RETAIN_REPO_WEB)) return RETAIN_REPO_WEB;
    return RETAIN_INSTALL_WEB;
}

std::string resolveBankCacheDir(const GlobalOptions& options) {
    const std::string dataDir = resolveDataDir(options);
    std::error_code error;
    if (!std::filesystem::is_directory(dataDir, error)) return {};
    return dataDir + "/cache/banks";
}

}  // namespace retain::cli
