// Migration 4's C++ step (see schema.hpp): the study settings move from settings.ini into the profile.
// Frozen at schema version 4: it runs its own SQL, never the repositories, which follow the newest schema.
#include <string>

#include "core/settings/legacy_study_settings.hpp"
#include "core/storage/schema.hpp"

namespace retain {

namespace {

constexpr const char* kFindProfile = "SELECT id FROM profiles WHERE name = ?1";
constexpr const char* kInsertProfile = "INSERT INTO profiles (name, scheduler, settings, created_ms) VALUES (?1, ?2, '{}', ?3)";
constexpr const char* kSetScheduler = "UPDATE profiles SET scheduler = ?2 WHERE id = ?1";
// ?1 = profile id, or NULL for every profile that has no row yet; ?2..?8 the values; weights '' = defaults.
constexpr const char* kInsertSettings =
    "INSERT INTO profile_settings (profile_id, desired_retention, new_per_day, reviews_per_day, hard_after_seconds, "
    "easy_within_seconds, show_timer, flashcard_mode, fsrs_weights) "
    "SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '' FROM profiles "
    "WHERE (?1 IS NULL OR id = ?1) AND id NOT IN (SELECT profile_id FROM profile_settings)";

// Inserts settings for profile (or, with no profile, for every profile still without a row).
void insertSettings(sql::Database& db, std::optional<std::int64_t> profile, const StudySettings& settings) {
    sql::Statement insert(db, kInsertSettings);
    if (profile) insert.bind(1, *profile);
    else insert.bindNull(1);
    insert.bind(2, settings.desiredRetention).bind(3, settings.newPerDay).bind(4, settings.reviewsPerDay)
        .bind(5, settings.hardAfterSeconds).bind(6, settings.easyWithinSeconds).bind(7, settings.showTimer ? 1 : 0)
        .bind(8, settings.flashcardMode ? 1 : 0);
    insert.run();
}

}  // namespace

void migrateStudySettingsIntoProfiles(sql::Database& db, const MigrationContext& context) {
    const LegacyStudySettings legacy =
        context.dataDir.empty() ? LegacyStudySettings{} : readLegacyStudySettings(context.dataDir + "/settings.ini");
    if (legacy.found) {
        sql::Statement find(db, kFindProfile);
        find.bind(1, legacy.profile);
        std::int64_t id = 0;
        if (find.step()) {
            id = find.columnInt(0);
        } else {
            sql::Statement insert(db, kInsertProfile);
            insert.bind(1, legacy.profile).bind(2, std::string_view(schedulerKindName(legacy.settings.scheduler)))
                .bind(3, static_cast<std::int64_t>(context.nowMs));
            insert.run();
            id = db.lastInsertId();
        }
        sql::Statement scheduler(db, kSetScheduler);
        scheduler.bind(1, id).bind(2, std::string_view(schedulerKindName(legacy.settings.scheduler)));
        scheduler.run();
        insertSettings(db, id, legacy.settings);
    }
    insertSettings(db, std::nullopt, StudySettings{});
}

}  // namespace retain
