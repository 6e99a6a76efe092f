#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/settings/app_settings.hpp"

using namespace retain;

namespace {
std::string tempPath(const char* name) {
    return (std::filesystem::temp_directory_path() / (std::string("retain-settings-") + name)).string();
}
}  // namespace

TEST_CASE("settings survive a save and load round trip") {
    const std::string path = tempPath("roundtrip.ini");
    AppSettings saved;
    saved.theme = Theme::Light;
    saved.fontScale = 2.5;
    saved.windowX = 40;
    saved.windowY = 60;
    saved.windowWidth = 1600;
    saved.windowHeight = 900;
    saved.fullscreen = true;
    saved.profile = "teacher";
    saved.scheduler = SchedulerKind::Sm2;
    saved.desiredRetention = 0.85;
    saved.newPerDay = 35;
    saved.reviewsPerDay = 450;
    saved.hardAfterSeconds = 30.0;
    saved.easyWithinSeconds = 4.0;
    saved.showTimer = false;
    saved.flashcardMode = true;
    std::string error;
    REQUIRE(saveAppSettings(path, saved, error));
    ProblemList problems;
    CHECK(loadAppSettings(path, problems) == saved);
    CHECK(problems.empty());
    std::filesystem::remove(path);
}

TEST_CASE("a missing settings file gives the defaults") {
    ProblemList problems;
    CHECK(loadAppSettings(tempPath("does-not-exist.ini"), problems) == AppSettings{});
    CHECK(problems.empty());
}

TEST_CASE("bad settings lines are reported with their line and the rest still apply") {
    const std::string path = tempPath("bad.ini");
    {
        std::ofstream out(path);
        out << "# comment\n"
            << "theme = light\n"
            << "font_scale = huge\n"
            << "colour = red\n"
            << "no equals sign\n"
            << "window_width = 1000\n";
    }
    ProblemList problems;
    const AppSettings settings = loadAppSettings(path, problems);
    CHECK(settings.theme == Theme::Light);
    CHECK(settings.windowWidth == 1000);
    CHECK(settings.fontScale == doctest::Approx(1.0));
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].message.find("font_scale") != std::string::npos);
    CHECK(problems[1].line == 4);
    CHECK(problems[1].message.find("unknown setting 'colour'") != std::string::npos);
    CHECK(problems[2].line == 5);
    std::filesystem::remove(path);
}

TEST_CASE("font scale is clamped to 50..300 percent") {
    AppSettings settings;
    settings.fontScale = 9.0;
    CHECK(clampSettings(settings).fontScale == doctest::Approx(kMaxFontScale));
    settings.fontScale = 0.1;
    CHECK(clampSettings(settings).fontScale == doctest::Approx(kMinFontScale));
}

TEST_CASE("study settings are clamped into their ranges") {
    AppSettings settings;
    settings.desiredRetention = 0.2;
    settings.newPerDay = -5;
    settings.reviewsPerDay = 1'000'000;
    settings.hardAfterSeconds = 10.0;
    settings.easyWithinSeconds = 50.0;
    const AppSettings clamped = clampSettings(settings);
    CHECK(clamped.desiredRetention == doctest::Approx(kMinDesiredRetention));
    CHECK(clamped.newPerDay == 0);
    CHECK(clamped.reviewsPerDay == kMaxReviewsPerDay);
    CHECK(clamped.easyWithinSeconds == doctest::Approx(10.0));  // never above the Hard threshold
}
