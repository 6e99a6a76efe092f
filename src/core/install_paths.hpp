// Where Retain finds its shared files (banks, icons): beside the source when it runs from its build
// tree, else under the prefix it was installed to, found from the executable's own path so a prefix
// chosen at install time (cmake --install --prefix P, a .deb) works without a flag.
#pragma once

#include <string>
#include <vector>

namespace retain {

// The layout of one build: where the sources and the build tree are (compiled in by CMake).
struct BuildLayout {
    std::string sourceDir;   // the repository checkout
    std::string buildDir;    // the CMake binary directory
};

// Returns the layout this binary was built with.
BuildLayout thisBuildLayout();

// Returns the absolute path of the running executable (/proc/self/exe), "" when it cannot be read.
std::string runningExecutablePath();

// Returns true when executablePath lies inside layout.buildDir (the binary was not installed).
bool runsFromBuildTree(const std::string& executablePath, const BuildLayout& layout);

// Returns the install prefix of an executable at PREFIX/bin/retain: its folder's parent.
std::string installPrefixOf(const std::string& executablePath);

// Returns the default banks folder: <source>/questions from the build tree, else <prefix>/share/retain/questions.
std::string defaultBanksDir(const std::string& executablePath, const BuildLayout& layout);

// Returns the live classroom's web folder: <source>/assets/web from the build tree, else <prefix>/share/retain/web.
std::string defaultWebDir(const std::string& executablePath, const BuildLayout& layout);

// Returns the window icon PNGs, smallest first: assets/icons/retain-N.png from the build tree, else the
// hicolor theme's <prefix>/share/icons/hicolor/NxN/apps/retain.png. Files may be missing.
std::vector<std::string> windowIconPaths(const std::string& executablePath, const BuildLayout& layout);

}  // namespace retain
