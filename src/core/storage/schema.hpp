// Numbered schema migrations of retain.db. PRAGMA user_version holds the number of the last migration
// applied; each migration runs in its own transaction together with the user_version bump, so a
// database is always at exactly one numbered version. Schema and reasons: docs/storage.md.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "core/storage/sqlite_db.hpp"
#include "core/types.hpp"

namespace retain {

// What a migration's C++ step may need besides the database: the data folder it lives in and the time.
struct MigrationContext {
    std::string dataDir;   // the folder holding retain.db (and settings.ini); "" when unknown
    UnixMs nowMs = 0;      // Unix ms
};

// One step of the schema: the SQL that takes a database from version - 1 to version, then optionally a
// C++ step for data SQL cannot move alone (run in the same transaction, so both land or neither). A step
// uses only SQL valid at its own version, never the repositories, which follow the newest schema.
struct Migration {
    int version = 0;         // 1, 2, 3, ... without gaps
    const char* sql = "";    // one or more statements
    void (*step)(sql::Database& db, const MigrationContext& context) = nullptr;
};

// PRAGMA application_id of a Retain database ("RTN1" as a big-endian 32-bit number), so a foreign
// SQLite file dropped into the data folder is recognised as not ours.
constexpr std::int64_t kRetainApplicationId = 0x52544E31;

// Returns Retain's migrations, oldest first (schema_sql.cpp).
std::span<const Migration> retainMigrations();
// Returns the schema version this build writes: the number of the last migration.
int latestSchemaVersion();

// Returns PRAGMA user_version of db.
int schemaVersion(sql::Database& db);

// Applies every migration of list newer than db's user_version, each in one transaction that also sets
// user_version. Throws sql::StorageError if one fails; the database then stays at the last version
// that completed. The caller refuses databases newer than the list before calling this.
void applyMigrations(sql::Database& db, std::span<const Migration> list, const MigrationContext& context = {});

// Migration 4's step (schema_migration4.cpp): gives every profile a profile_settings row with the
// defaults, and moves the study keys an older settings.ini in context.dataDir held into the profile it
// named (created when missing), so a learner who chose SM-2 there keeps it.
void migrateStudySettingsIntoProfiles(sql::Database& db, const MigrationContext& context);

}  // namespace retain
