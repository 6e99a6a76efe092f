// Each profile's study settings in the database (migration 4): the move of an old settings.ini's study
// keys into the profile it named, once; the defaults written into a new profile's row; the round trip.
#include <doctest/doctest.h>

#include "core/clock.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/backup.hpp"
#include "core/storage/schema.hpp"
#include "core/storage/store.hpp"
#include "storage_test_support.hpp"

using namespace retain;
using retain::storage_test::TempDir;

namespace {

constexpr UnixMs kStart = 1'749'988'800'000;  // 2025-06-15 12:00 UTC

std::unique_ptr<Store> openOk(const std::string& dir, const Clock& clock) {
    StoreOpenResult result = Store::open(dir, clock);
    INFO(result.message);
    REQUIRE(result.store != nullptr);
    return std::move(result.store);
}

// Writes retain.db in dir as Retain 0.1 left it: schema version 3, with profiles ana (FSRS) and bob (Leitner).
void makeVersion3Database(const std::string& dir) {
    sql::Database db(dir + "/" + kDatabaseFileName, sql::OpenMode::ReadWriteCreate);
    applyMigrations(db, retainMigrations().first(3));
    db.exec("INSERT INTO profiles (name, scheduler, settings, created_ms) VALUES ('ana', 'fsrs', '{}', 1), "
            "('bob', 'leitner', '{}', 2)");
    REQUIRE(schemaVersion(db) == 3);
}

void writeSettingsIni(const std::string& dir, const std::string& text) { storage_test::writeBytes(dir + "/settings.ini", text); }

// The settings the old settings.ini below holds.
StudySettings anaFromIni() {
    StudySettings expected;
    expected.scheduler = SchedulerKind::Sm2;
    expected.desiredRetention = 0.85;
    expected.newPerDay = 7;
    expected.reviewsPerDay = 70;
    expected.hardAfterSeconds = 25.0;
    expected.easyWithinSeconds = 3.0;
    expected.showTimer = false;
    expected.flashcardMode = true;
    return expected;
}

const char* kOldIni =
    "theme = light\nprofile = ana\nscheduler = sm2\ndesired_retention = 0.85\nnew_per_day = 7\n"
    "reviews_per_day = 70\nhard_after_seconds = 25\neasy_within_seconds = 3\nshow_timer = false\nflashcard_mode = true\n";

}  // namespace

TEST_CASE("storage: migration 4 adds profile_settings after the exam tables") {
    const auto list = retainMigrations();
    REQUIRE(list.size() >= 4);
    CHECK(list[3].version == 4);
    CHECK(std::string(list[3].sql).find("CREATE TABLE profile_settings") != std::string::npos);
    CHECK((list[3].step == &migrateStudySettingsIntoProfiles));
}

TEST_CASE("storage: a version 3 database moves settings.ini's study values into the profile it named, once") {
    TempDir dir;
    makeVersion3Database(dir.path());
    writeSettingsIni(dir.path(), kOldIni);
    FixedClock clock(kStart);
    {
        auto store = openOk(dir.path(), clock);
        CHECK(schemaVersion(store->db()) == latestSchemaVersion());
        const auto ana = findProfile(store->db(), "ana");
        REQUIRE(ana);
        CHECK(ana->study == anaFromIni());
        // Every other profile keeps its scheduler and gets the defaults, written into its own row.
        const auto bob = findProfile(store->db(), "bob");
        REQUIRE(bob);
        StudySettings bobExpected;
        bobExpected.scheduler = SchedulerKind::Leitner;
        CHECK(bob->study == bobExpected);
        CHECK(store->db().queryInt("SELECT count(*) FROM profile_settings").value_or(0) == 2);
    }
    // A later start with different values in the file changes nothing: the move happened with the migration.
    writeSettingsIni(dir.path(), "profile = ana\nscheduler = leitner\nnew_per_day = 99\n");
    auto store = openOk(dir.path(), clock);
    CHECK(findProfile(store->db(), "ana")->study == anaFromIni());
}

TEST_CASE("storage: a profile named only in the old settings.ini is created by the migration with its values") {
    TempDir dir;
    makeVersion3Database(dir.path());
    writeSettingsIni(dir.path(), "profile = carla\nscheduler = sm2\n");
    FixedClock clock(kStart);
    auto store = openOk(dir.path(), clock);
    const auto carla = findProfile(store->db(), "carla");
    REQUIRE(carla);
    CHECK(carla->study.scheduler == SchedulerKind::Sm2);
    CHECK(carla->study.newPerDay == StudySettings{}.newPerDay);
    CHECK(carla->createdMs == kStart);
    CHECK(findProfile(store->db(), "ana")->study.scheduler == SchedulerKind::Fsrs);
}

TEST_CASE("storage: without an old settings.ini every profile gets the defaults") {
    TempDir dir;
    makeVersion3Database(dir.path());
    FixedClock clock(kStart);
    auto store = openOk(dir.path(), clock);
    CHECK(findProfile(store->db(), "ana")->study == StudySettings{});
    CHECK(listProfiles(store->db()).size() == 2);
}

TEST_CASE("storage: a new profile's defaults are written into its row at creation") {
    TempDir dir;
    FixedClock clock(kStart);
    auto store = openOk(dir.path(), clock);
    const Profile created = ensureProfile(store->db(), "dan", SchedulerKind::Leitner, kStart);
    CHECK(created.study.scheduler == SchedulerKind::Leitner);
    CHECK(store->db().queryInt("SELECT new_per_day FROM profile_settings WHERE profile_id = " + std::to_string(created.id))
              .value_or(-1) == StudySettings{}.newPerDay);
    CHECK(findProfile(store->db(), "dan")->study == created.study);
}

TEST_CASE("storage: study settings round-trip, FSRS weights exactly, and are clamped on the way in") {
    TempDir dir;
    FixedClock clock(kStart);
    auto store = openOk(dir.path(), clock);
    const Profile profile = ensureProfile(store->db(), "eve", SchedulerKind::Fsrs, kStart);
    StudySettings settings = anaFromIni();
    FsrsWeights weights;
    weights.initialStabilityEasy = 20.0;
    weights.decay = 0.1 + 1e-12;  // needs all 17 digits to come back the same
    settings.fsrsWeights = weights;
    saveStudySettings(store->db(), profile.id, settings);
    CHECK(findProfile(store->db(), "eve")->study == settings);
    CHECK(fsrsWeightsText(std::nullopt).empty());
    CHECK(fsrsWeightsText(weights).find("20,") != std::string::npos);

    settings.fsrsWeights.reset();
    settings.newPerDay = -4;
    settings.desiredRetention = 1.5;
    saveStudySettings(store->db(), profile.id, settings);
    const StudySettings stored = findProfile(store->db(), "eve")->study;
    CHECK_FALSE(stored.fsrsWeights.has_value());
    CHECK(stored.newPerDay == 0);
    CHECK(stored.desiredRetention == doctest::Approx(kMaxDesiredRetention));

    // Weights a hand edit broke schedule with the defaults rather than refusing the profile.
    store->db().exec("UPDATE profile_settings SET fsrs_weights = '1,2,three'");
    CHECK_FALSE(findProfile(store->db(), "eve")->study.fsrsWeights.has_value());
}

TEST_CASE("storage: an upgrade keeps a backup of the database as the older version wrote it, taken before migrating") {
    TempDir dir;
    makeVersion3Database(dir.path());
    FixedClock clock(kStart);
    auto store = openOk(dir.path(), clock);
    CHECK(schemaVersion(store->db()) == latestSchemaVersion());
    const std::vector<std::string> backups = listBackups(dir.path() + "/" + kBackupsFolderName);
    REQUIRE(backups.size() == 1);
    sql::Database before(backups.front(), sql::OpenMode::ReadOnly);
    CHECK(schemaVersion(before) == 3);
    CHECK(before.queryInt("SELECT count(*) FROM profiles").value_or(0) == 2);
    // Opening again at the latest version takes no further copy.
    store.reset();
    auto again = openOk(dir.path(), clock);
    CHECK(listBackups(dir.path() + "/" + kBackupsFolderName).size() == 1);
}
