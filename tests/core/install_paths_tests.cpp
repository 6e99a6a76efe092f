// Build tree or installed prefix: where the banks and the window icons are found.
#include <doctest/doctest.h>

#include "core/install_paths.hpp"

using namespace retain;

namespace {
const BuildLayout kLayout{"/src/retain", "/src/retain/build"};
}

TEST_CASE("install paths: a binary inside the build folder uses the checkout's banks and assets") {
    CHECK(runsFromBuildTree("/src/retain/build/src/app/retain", kLayout));
    CHECK(defaultBanksDir("/src/retain/build/src/app/retain", kLayout) == "/src/retain/questions");
    const auto icons = windowIconPaths("/src/retain/build/src/app/retain", kLayout);
    REQUIRE(icons.size() == 6);
    CHECK(icons.front() == "/src/retain/assets/icons/retain-16.png");
    CHECK(icons.back() == "/src/retain/assets/icons/retain-256.png");
}

TEST_CASE("install paths: an installed binary looks under its own prefix, wherever that is") {
    CHECK_FALSE(runsFromBuildTree("/usr/bin/retain", kLayout));
    CHECK(defaultBanksDir("/usr/bin/retain", kLayout) == "/usr/share/retain/questions");
    CHECK(defaultBanksDir("/tmp/p/bin/retain", kLayout) == "/tmp/p/share/retain/questions");
    CHECK(windowIconPaths("/opt/r/bin/retain", kLayout).front() == "/opt/r/share/icons/hicolor/16x16/apps/retain.png");
    // A sibling folder whose name starts like the build folder is not inside it.
    CHECK_FALSE(runsFromBuildTree("/src/retain/build-other/bin/retain", kLayout));
    // Installed into the checkout itself (--prefix /src/retain/inst) is still an install.
    CHECK(defaultBanksDir("/src/retain/inst/bin/retain", kLayout) == "/src/retain/inst/share/retain/questions");
    CHECK_FALSE(runsFromBuildTree("", kLayout));
}

TEST_CASE("install paths: the running executable's path is absolute and this build's layout is known") {
    const std::string exe = runningExecutablePath();
    REQUIRE_FALSE(exe.empty());
    CHECK(exe.front() == '/');
    // The test binary itself runs from the build tree.
    CHECK(runsFromBuildTree(exe, thisBuildLayout()));
}
