// Applying numbered migrations (the SQL itself is in schema_sql.cpp).
#include "core/storage/schema.hpp"

#include <string>

namespace retain {

int latestSchemaVersion() {
    const auto list = retainMigrations();
    return list.empty() ? 0 : list.back().version;
}

int schemaVersion(sql::Database& db) { return static_cast<int>(db.queryInt("PRAGMA user_version").value_or(0)); }

void applyMigrations(sql::Database& db, std::span<const Migration> list, const MigrationContext& context) {
    for (const Migration& migration : list) {
        if (migration.version <= schemaVersion(db)) continue;
        sql::Transaction transaction(db);
        db.exec(migration.sql);
        if (migration.step != nullptr) migration.step(db, context);
        // user_version lives in the database header, which the transaction covers: both land or neither.
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        transaction.commit();
    }
}

}  // namespace retain
