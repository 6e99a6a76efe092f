// Numbered schema migrations of retain.db. PRAGMA user_version holds the number of the last migration
// applied; each migration runs in its own transaction together with the user_version bump, so a
// database is always at exactly one numbered version. Schema and reasons: docs/storage.md.
#pragma once

#include <cstdint>
#include <span>

#include "core/storage/sqlite_db.hpp"

namespace retain {

// One step of the schema: the SQL that takes a database from version - 1 to version.
struct Migration {
    int version = 0;         // 1, 2, 3, ... without gaps
    const char* sql = "";    // one or more statements
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
void applyMigrations(sql::Database& db, std::span<const Migration> list);

}  // namespace retain
