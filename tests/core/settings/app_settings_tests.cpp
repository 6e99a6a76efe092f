#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/settings/app_settings.hpp"
#include "core/settings/legacy_study_settings.hpp"
#include "core/settings/study_settings.hpp"

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
    StudySettings settings;
    settings.desiredRetention = 0.2;
    settings.newPerDay = -5;
    settings.reviewsPerDay = 1'000'000;
    settings.hardAfterSeconds = 10.0;
    settings.easyWithinSeconds = 50.0;
    const StudySettings clamped = clampStudySettings(settings);
    CHECK(clamped.desiredRetention == doctest::Approx(kMinDesiredRetention));
    CHECK(clamped.newPerDay == 0);
    CHECK(clamped.reviewsPerDay == kMaxReviewsPerDay);
    CHECK(clamped.easyWithinSeconds == doctest::Approx(10.0));  // never above the Hard threshold
}

TEST_CASE("the old study keys are read once for the migration, skipped without a warning, and not written back") {
    const std::string path = tempPath("legacy.ini");
    {
        std::ofstream out(path);
        out << "theme = light\n"
            << "profile = ana\n"
            << "scheduler = sm2\n"
            << "desired_retention = 0.85\n"
            << "new_per_day = 35\n"
            << "reviews_per_day = 450\n"
            << "hard_after_seconds = 30\n"
            << "easy_within_seconds = 4\n"
            << "show_timer = false\n"
            << "flashcard_mode = true\n";
    }
    ProblemList problems;
    const AppSettings machine = loadAppSettings(path, problems);
    CHECK(problems.empty());
    CHECK(machine.theme == Theme::Light);
    CHECK(machine.profile == "ana");

    const LegacyStudySettings legacy = readLegacyStudySettings(path);
    CHECK(legacy.found);
    CHECK(legacy.profile == "ana");
    StudySettings expected;
    expected.scheduler = SchedulerKind::Sm2;
    expected.desiredRetention = 0.85;
    expected.newPerDay = 35;
    expected.reviewsPerDay = 450;
    expected.hardAfterSeconds = 30.0;
    expected.easyWithinSeconds = 4.0;
    expected.showTimer = false;
    expected.flashcardMode = true;
    CHECK(legacy.settings == expected);

    std::string error;
    REQUIRE(saveAppSettings(path, machine, error));
    std::ifstream in(path);
    const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(written.find("scheduler") == std::string::npos);
    CHECK(written.find("new_per_day") == std::string::npos);
    CHECK(written.find("profile = ana") != std::string::npos);
    CHECK_FALSE(readLegacyStudySettings(path).found);
    std::filesystem::remove(path);
}

TEST_CASE("a settings file without study keys finds nothing to move; unreadable ones keep the defaults") {
    const std::string path = tempPath("legacy-bad.ini");
    {
        std::ofstream out(path);
        out << "theme = dark\nscheduler = anki\nnew_per_day = 12x\n";
    }
    const LegacyStudySettings legacy = readLegacyStudySettings(path);
    CHECK_FALSE(legacy.found);
    CHECK(legacy.settings == StudySettings{});
    CHECK(legacy.profile == "default");
    std::filesystem::remove(path);
}
