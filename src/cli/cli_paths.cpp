// Where Retain keeps its data and finds its banks when the command line does not say.
#include <cstdlib>
#include <filesystem>

#include "cli/cli.hpp"
#include "core/install_paths.hpp"

namespace retain::cli {

std::string resolveDataDir(const GlobalOptions& options) {
    if (!options.dataDir.empty()) return options.dataDir;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/retain";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/retain";
    return ".retain";
}

std::string resolveBanksDir(const GlobalOptions& options) {
    if (!options.banksDir.empty()) return options.banksDir;
    // From the build tree: the repository's questions/; installed: <prefix>/share/retain/questions, the
    // prefix found from the executable's own path.
    return defaultBanksDir(runningExecutablePath(), thisBuildLayout());
}

std::string resolveWebDir() {
    return defaultWebDir(runningExecutablePath(), thisBuildLayout());
}

std::string resolveBankCacheDir(const GlobalOptions& options) {
    const std::string dataDir = resolveDataDir(options);
    std::error_code error;
    if (!std::filesystem::is_directory(dataDir, error)) return {};
    return dataDir + "/cache/banks";
}

}  // namespace retain::cli
