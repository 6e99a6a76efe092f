// Build-tree or installed: see install_paths.hpp.
#include "core/install_paths.hpp"

#include <filesystem>
#include <system_error>

namespace retain {

namespace {
// The icon sizes the window hands to the window manager, pixels; each is one committed PNG.
constexpr int kWindowIconSizes[] = {16, 32, 48, 64, 128, 256};
}  // namespace

BuildLayout thisBuildLayout() { return {RETAIN_LAYOUT_SOURCE_DIR, RETAIN_LAYOUT_BUILD_DIR}; }

std::string runningExecutablePath() {
    std::error_code error;
    const std::filesystem::path path = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::string() : path.string();
}

bool runsFromBuildTree(const std::string& executablePath, const BuildLayout& layout) {
    if (executablePath.empty() || layout.buildDir.empty()) return false;
    const std::filesystem::path exe = std::filesystem::path(executablePath).lexically_normal();
    const std::filesystem::path build = std::filesystem::path(layout.buildDir).lexically_normal();
    const std::filesystem::path relative = exe.lexically_relative(build);
    return !relative.empty() && *relative.begin() != "..";
}

std::string installPrefixOf(const std::string& executablePath) {
    return std::filesystem::path(executablePath).lexically_normal().parent_path().parent_path().string();
}

std::string defaultBanksDir(const std::string& executablePath, const BuildLayout& layout) {
    if (runsFromBuildTree(executablePath, layout)) return layout.sourceDir + "/questions";
    return installPrefixOf(executablePath) + "/share/retain/questions";
}

std::string defaultWebDir(const std::string& executablePath, const BuildLayout& layout) {
    if (runsFromBuildTree(executablePath, layout)) return layout.sourceDir + "/assets/web";
    return installPrefixOf(executablePath) + "/share/retain/web";
}

std::vector<std::string> windowIconPaths(const std::string& executablePath, const BuildLayout& layout) {
    std::vector<std::string> paths;
    const bool buildTree = runsFromBuildTree(executablePath, layout);
    const std::string prefix = installPrefixOf(executablePath);
    for (const int size : kWindowIconSizes) {
        const std::string n = std::to_string(size);
        paths.push_back(buildTree ? layout.sourceDir + "/assets/icons/retain-" + n + ".png"
                                  : prefix + "/share/icons/hicolor/" + n + "x" + n + "/apps/retain.png");
    }
    return paths;
}

}  // namespace retain
