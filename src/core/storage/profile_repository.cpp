// The profiles table and the profile_settings rows (SQL in storage_sql.hpp).
#include "core/storage/profile_repository.hpp"

#include <charconv>

#include "core/storage/storage_sql.hpp"

namespace retain {

namespace {

// Reads one row of kSelectProfileByName / kSelectProfiles.
Profile readProfile(const sql::Statement& statement) {
    Profile profile;
    profile.id = statement.columnInt(0);
    profile.name = statement.columnText(1);
    // An unknown scheduler name (written by a newer Retain) falls back to FSRS rather than failing.
    profile.study.scheduler = parseSchedulerKind(statement.columnText(2)).value_or(SchedulerKind::Fsrs);
    profile.createdMs = statement.columnInt(3);
    if (statement.columnIsNull(4)) return profile;  // no row: the defaults
    StudySettings& study = profile.study;
    study.desiredRetention = statement.columnDouble(5);
    study.newPerDay = static_cast<int>(statement.columnInt(6));
    study.reviewsPerDay = static_cast<int>(statement.columnInt(7));
    study.hardAfterSeconds = statement.columnDouble(8);
    study.easyWithinSeconds = statement.columnDouble(9);
    study.showTimer = statement.columnInt(10) != 0;
    study.flashcardMode = statement.columnInt(11) != 0;
    const std::string weights = statement.columnText(12);
    std::string error;
    // Unreadable weights (hand-edited) schedule with the defaults rather than refusing the profile.
    if (!weights.empty()) study.fsrsWeights = FsrsWeights::parse(weights, error);
    // An unknown order name (written by a newer Retain) falls back to the default.
    study.newOrder = parseNewCardOrder(statement.columnText(13)).value_or(kDefaultNewOrder);
    profile.study = clampStudySettings(study);
    return profile;
}

}  // namespace

std::string fsrsWeightsText(const std::optional<FsrsWeights>& weights) {
    if (!weights) return {};
    std::string text;
    for (double w : weights->toArray()) {
        char buffer[32];
        // Shortest text that reads back as the same double.
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, w);
        if (!text.empty()) text += ',';
        text.append(buffer, ec == std::errc() ? end : buffer);
    }
    return text;
}

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
    insert.bind(1, name).bind(2, std::string_view(schedulerKindName(scheduler))).bind(3, static_cast<std::int64_t>(createdMs));
    insert.run();
    Profile profile;
    profile.id = db.lastInsertId();
    profile.name = name;
    profile.study.scheduler = scheduler;
    profile.createdMs = createdMs;
    saveStudySettings(db, profile.id, profile.study);
    transaction.commit();
    return profile;
}

void saveStudySettings(sql::Database& db, ProfileId profile, const StudySettings& settings) {
    const StudySettings clamped = clampStudySettings(settings);
    sql::Transaction transaction(db);
    sql::Statement scheduler(db, storage_sql::kUpdateProfileScheduler);
    scheduler.bind(1, profile).bind(2, std::string_view(schedulerKindName(clamped.scheduler)));
    scheduler.run();
    sql::Statement upsert(db, storage_sql::kUpsertProfileSettings);
    upsert.bind(1, profile).bind(2, clamped.desiredRetention).bind(3, clamped.newPerDay).bind(4, clamped.reviewsPerDay)
        .bind(5, clamped.hardAfterSeconds).bind(6, clamped.easyWithinSeconds).bind(7, clamped.showTimer ? 1 : 0)
        .bind(8, clamped.flashcardMode ? 1 : 0).bind(9, fsrsWeightsText(clamped.fsrsWeights))
        .bind(10, newCardOrderName(clamped.newOrder));
    upsert.run();
    transaction.commit();
}

}  // namespace retain
