// The profiles table (SQL in storage_sql.hpp).
#include "core/storage/profile_repository.hpp"

#include "core/storage/storage_sql.hpp"

namespace retain {

namespace {

Profile readProfile(const sql::Statement& statement) {
    Profile profile;
    profile.id = statement.columnInt(0);
    profile.name = statement.columnText(1);
    // An unknown scheduler name (written by a newer Retain) falls back to FSRS rather than failing.
    profile.scheduler = parseSchedulerKind(statement.columnText(2)).value_or(SchedulerKind::Fsrs);
    profile.settingsJson = statement.columnText(3);
    profile.createdMs = statement.columnInt(4);
    return profile;
}

}  // namespace

std::optional<Profile> findProfile(sql::Database& db, const std::string& name) {
    sql::Statement select(db, storage_sql::kSelectProfileByName);
    select.bind(1, name);
    if (!select.step()) return std::nullopt;
    return readProfile(select);
}

std::vector<Profile> listProfiles(sql::Database& db) {
    sql::Statement select(db, storage_sql::kSelectProfiles);
    std::vector<Profile> profiles;
    while (select.step()) profiles.push_back(readProfile(select));
    return profiles;
}

Profile ensureProfile(sql::Database& db, const std::string& name, SchedulerKind scheduler, UnixMs createdMs) {
    sql::Transaction transaction(db);
    if (auto existing = findProfile(db, name)) return *existing;
    sql::Statement insert(db, storage_sql::kInsertProfile);
    insert.bind(1, name).bind(2, std::string_view(schedulerKindName(scheduler))).bind(3, std::string_view("{}"))
        .bind(4, static_cast<std::int64_t>(createdMs));
    insert.run();
    Profile profile;
    profile.id = db.lastInsertId();
    profile.name = name;
    profile.scheduler = scheduler;
    profile.createdMs = createdMs;
    transaction.commit();
    return profile;
}

}  // namespace retain
