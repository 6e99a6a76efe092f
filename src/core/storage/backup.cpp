// Online backup and rotation (see backup.hpp).
#include "core/storage/backup.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <set>
#include <utility>
#include <system_error>

namespace retain {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kPrefix = "retain-";
constexpr std::string_view kSuffix = ".db";

// Sort key of a backup name: the timestamp text and the same-second counter (1 when absent).
struct BackupKey {
    std::string stamp;  // "YYYYMMDD-HHMMSS"
    int counter = 1;
    auto operator<=>(const BackupKey&) const = default;
};

// Parses "retain-YYYYMMDD-HHMMSS[-N].db"; false for any other name.
bool parseBackupName(const std::string& name, BackupKey& key) {
    constexpr std::size_t kStampLength = 15;  // YYYYMMDD-HHMMSS
    if (name.size() < kPrefix.size() + kStampLength + kSuffix.size()) return false;
    if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix)) return false;
    key.stamp = name.substr(kPrefix.size(), kStampLength);
    for (std::size_t i = 0; i < kStampLength; ++i) {
        const char c = key.stamp[i];
        if (i == 8 ? c != '-' : (c < '0' || c > '9')) return false;
    }
    const std::string rest = name.substr(kPrefix.size() + kStampLength, name.size() - kPrefix.size() - kStampLength - kSuffix.size());
    if (rest.empty()) return true;
    if (rest.size() < 2 || rest[0] != '-' || rest.size() > 6) return false;
    key.counter = 0;
    for (std::size_t i = 1; i < rest.size(); ++i) {
        if (rest[i] < '0' || rest[i] > '9') return false;
        key.counter = key.counter * 10 + (rest[i] - '0');
    }
    return true;
}

// The UTC day, Monday-to-Sunday week and month a backup's time falls in, as comparable numbers.
struct BackupPeriods {
    std::int64_t day = 0;    // days since 1970-01-01
    std::int64_t week = 0;   // weeks since the Monday 1969-12-29
    std::int64_t month = 0;  // year * 12 + month index
};

BackupPeriods backupPeriods(UnixMs takenMs) {
    // Backup names are all after 1970, so the divisions never meet a negative time.
    BackupPeriods periods;
    periods.day = takenMs / kMsPerDay;
    periods.week = (periods.day + 3) / 7;  // 1970-01-01 was a Thursday
    std::time_t seconds = static_cast<std::time_t>(takenMs / kMsPerSecond);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    periods.month = static_cast<std::int64_t>(utc.tm_year + 1900) * 12 + utc.tm_mon;
    return periods;
}

}  // namespace

std::string backupFileName(UnixMs nowMs) {
    std::time_t seconds = static_cast<std::time_t>(nowMs / kMsPerSecond);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "retain-%Y%m%d-%H%M%S.db", &utc);
    return buffer;
}

UnixMs backupTimeMs(const std::string& path) {
    BackupKey key;
    if (!parseBackupName(fs::path(path).filename().string(), key)) return -1;
    std::tm utc{};
    utc.tm_year = std::stoi(key.stamp.substr(0, 4)) - 1900;
    utc.tm_mon = std::stoi(key.stamp.substr(4, 2)) - 1;
    utc.tm_mday = std::stoi(key.stamp.substr(6, 2));
    utc.tm_hour = std::stoi(key.stamp.substr(9, 2));
    utc.tm_min = std::stoi(key.stamp.substr(11, 2));
    utc.tm_sec = std::stoi(key.stamp.substr(13, 2));
    return static_cast<UnixMs>(timegm(&utc)) * kMsPerSecond;
}

bool isBackupDue(const std::string& backupDir, UnixMs nowMs, const BackupPolicy& policy) {
    for (const std::string& backup : listBackups(backupDir)) {
        const UnixMs taken = backupTimeMs(backup);
        // The name holds whole seconds: a backup taken this very second is recent too.
        if (taken <= nowMs && nowMs - taken < policy.intervalMs) return false;
    }
    return true;
}

std::string backupDatabase(sql::Database& source, const std::string& backupDir, UnixMs nowMs, int pagesPerStep, int* steps,
                           const std::function<void(int)>& afterStep) {
    std::error_code ec;
    fs::create_directories(backupDir, ec);
    if (ec) throw sql::StorageError("cannot create " + backupDir + ": " + ec.message(), SQLITE_CANTOPEN);

    const std::string base = backupFileName(nowMs);
    fs::path target = fs::path(backupDir) / base;
    for (int counter = 2; fs::exists(target, ec); ++counter) {
        target = fs::path(backupDir) / (base.substr(0, base.size() - kSuffix.size()) + "-" + std::to_string(counter) + std::string(kSuffix));
    }
    const std::string partPath = target.string() + ".part";
    fs::remove(partPath, ec);
    {
        sql::Database copy(partPath, sql::OpenMode::ReadWriteCreate);
        // One read transaction for the whole copy: a WAL snapshot that answers written meanwhile by
        // another connection do not change, so the copy is consistent and never restarts.
        source.exec("BEGIN");
        // The full check (a start runs only quick_check): a damaged database is not copied, so it never
        // pushes a good backup out of the rotation.
        const std::string verdict = source.queryText("PRAGMA integrity_check(1)").value_or("no answer");
        if (verdict != "ok") {
            source.exec("COMMIT");
            copy.close();
            fs::remove(partPath, ec);
            throw sql::StorageError(source.path() + " failed integrity_check (" + verdict +
                                        "); no backup was taken and the older backups are kept. Quit Retain and restore one.",
                                    SQLITE_CORRUPT);
        }
        sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!backup) {
            source.exec("COMMIT");
            throw sql::StorageError("backup of " + source.path() + ": " + sqlite3_errmsg(copy.handle()), SQLITE_ERROR);
        }
        int stepResult = SQLITE_OK;
        int stepCount = 0;
        while (stepResult == SQLITE_OK || stepResult == SQLITE_BUSY || stepResult == SQLITE_LOCKED) {
            if (stepResult != SQLITE_OK) sqlite3_sleep(10);  // ms; a writer holds a lock on the copy's side
            stepResult = sqlite3_backup_step(backup, pagesPerStep);
            ++stepCount;
            if (afterStep && stepResult == SQLITE_OK) afterStep(stepCount);
        }
        const int finishResult = sqlite3_backup_finish(backup);
        source.exec("COMMIT");
        if (steps) *steps = stepCount;
        if (stepResult != SQLITE_DONE || finishResult != SQLITE_OK) {
            const std::string message = sqlite3_errmsg(copy.handle());
            copy.close();
            fs::remove(partPath, ec);
            throw sql::StorageError("backup of " + source.path() + " failed: " + message, stepResult);
        }
        // A backup copy is a plain single file: no WAL beside it.
        copy.exec("PRAGMA journal_mode = DELETE");
    }
    fs::rename(partPath, target, ec);
    if (ec) throw sql::StorageError("cannot rename " + partPath + ": " + ec.message(), SQLITE_IOERR);
    return target.string();
}

std::vector<std::string> listBackups(const std::string& backupDir) {
    std::vector<std::pair<BackupKey, std::string>> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(backupDir, ec)) {
        BackupKey key;
        if (entry.is_regular_file(ec) && parseBackupName(entry.path().filename().string(), key)) {
            found.emplace_back(key, entry.path().string());
        }
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> paths;
    for (auto& [key, path] : found) paths.push_back(std::move(path));
    return paths;
}

int removeStaleBackupParts(const std::string& backupDir) {
    // A copy killed half-way stays as retain-....db.part (often 0 bytes, with its -journal); the caller
    // holds the folder lock, so no copy is being written now and every such file is a leftover.
    int removed = 0;
    std::error_code listError;
    for (const auto& entry : fs::directory_iterator(backupDir, listError)) {
        const std::string name = entry.path().filename().string();
        const bool leftover = name.starts_with(kPrefix) && (name.ends_with(".db.part") || name.ends_with(".db.part-journal"));
        std::error_code ec;
        if (leftover && fs::remove(entry.path(), ec)) ++removed;
    }
    return removed;
}

std::vector<bool> backupsKept(const std::vector<BackupFile>& backups, const BackupPolicy& policy) {
    std::vector<bool> keep(backups.size(), false);
    // The periods a kept backup already stands for, so each tier reaches back past the ones before it.
    std::set<std::int64_t> days, weeks, months;
    int daily = 0, weekly = 0, monthly = 0;
    for (std::size_t rank = 0; rank < backups.size(); ++rank) {
        const std::size_t i = backups.size() - 1 - rank;  // newest first
        const BackupPeriods periods = backupPeriods(backups[i].takenMs);
        if (static_cast<int>(rank) >= policy.keepNewest) {
            if (!days.count(periods.day) && daily < policy.keepDaily) ++daily;
            else if (!weeks.count(periods.week) && weekly < policy.keepWeekly) ++weekly;
            else if (!months.count(periods.month) && monthly < policy.keepMonthly) ++monthly;
            else continue;
        }
        keep[i] = true;
        days.insert(periods.day);
        weeks.insert(periods.week);
        months.insert(periods.month);
    }
    // The size cap, newest first: once one kept backup does not fit, every older one goes too.
    std::uint64_t keptBytes = 0;
    bool full = false;
    for (std::size_t rank = 0; rank < backups.size(); ++rank) {
        const std::size_t i = backups.size() - 1 - rank;
        if (!keep[i]) continue;
        full = full || (rank > 0 && keptBytes + backups[i].bytes > policy.maxTotalBytes);
        if (full) keep[i] = false;
        else keptBytes += backups[i].bytes;
    }
    return keep;
}

int pruneBackups(const std::string& backupDir, const BackupPolicy& policy) {
    int removed = removeStaleBackupParts(backupDir);
    const std::vector<std::string> paths = listBackups(backupDir);
    std::vector<BackupFile> backups;
    for (const std::string& path : paths) {
        std::error_code ec;
        std::uint64_t size = fs::file_size(path, ec);
        if (ec) size = 0;
        backups.push_back(BackupFile{backupTimeMs(path), size});
    }
    const std::vector<bool> keep = backupsKept(backups, policy);
    for (std::size_t i = 0; i < paths.size(); ++i) {
        std::error_code ec;
        if (!keep[i] && fs::remove(paths[i], ec)) ++removed;
    }
    return removed;
}

}  // namespace retain
