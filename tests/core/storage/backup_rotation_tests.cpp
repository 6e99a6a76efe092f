// Which backups pruning keeps: Anki-like tiers (the newest few, then one a day, a week, a month further
// back) within the total size, so a learner who opens and closes Retain several times a day still has
// yesterday's backup, last week's and last month's. Times come from a fixed clock.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "core/clock.hpp"
#include "core/storage/backup.hpp"
#include "storage_test_support.hpp"

using namespace retain;
using retain::storage_test::TempDir;

namespace {

// Unix ms of 2025-MM-DD HH:00 UTC (June 2025: the 2nd, 9th and 16th are Mondays).
UnixMs at(int month, int day, int hour) {
    const UnixMs mayFirst = 1'746'057'600'000;  // 2025-05-01 00:00 UTC
    const int daysBefore = month == 4 ? -30 : month == 5 ? 0 : 31;
    return mayFirst + (daysBefore + day - 1) * kMsPerDay + hour * kMsPerHour;
}

std::vector<BackupFile> files(const std::vector<UnixMs>& times, std::uint64_t bytes = 100) {
    std::vector<BackupFile> result;
    for (const UnixMs time : times) result.push_back(BackupFile{time, bytes});
    return result;
}

}  // namespace

TEST_CASE("backup rotation: the newest, then the newest of each day, week and month further back") {
    BackupPolicy policy;
    policy.keepNewest = 2;
    policy.keepDaily = 2;
    policy.keepWeekly = 1;
    policy.keepMonthly = 1;
    policy.maxTotalBytes = 1 << 20;
    const std::vector<UnixMs> times{
        at(4, 10, 12),                  // April
        at(5, 20, 12), at(5, 28, 12),   // May: the 28th is the month's newest
        at(6, 2, 9), at(6, 4, 9),       // the week of Monday 2 June: the 4th is its newest
        at(6, 10, 9),                   // the week of Monday 9 June from here on
        at(6, 12, 9), at(6, 12, 18),
        at(6, 13, 9), at(6, 13, 18),
        at(6, 14, 10),
    };
    const std::vector<bool> kept = backupsKept(files(times), policy);
    // 14 10:00 and 13 18:00 are the newest two; the 13th is covered, so the days are the 12th (its 18:00)
    // and the 10th; the week of 2 June keeps the 4th; May keeps the 28th; April is past every tier.
    CHECK(kept == std::vector<bool>{false, false, true, false, true, true, false, true, false, true, true});

    SUBCASE("the size cap still holds, newest first, and nothing older than the first that does not fit") {
        policy.maxTotalBytes = 450;  // four of 100 bytes
        CHECK(backupsKept(files(times), policy) ==
              std::vector<bool>{false, false, false, false, false, true, false, true, false, true, true});
    }
    SUBCASE("the newest is kept even when it alone is over the cap") {
        policy.maxTotalBytes = 50;
        CHECK(backupsKept(files(times), policy) ==
              std::vector<bool>{false, false, false, false, false, false, false, false, false, false, true});
    }
}

TEST_CASE("backup rotation: opening and closing four times a day for 60 days keeps yesterday, the week, the months") {
    TempDir dir;
    const BackupPolicy policy;  // the defaults: newest 5, 7 days, 4 weeks, 6 months
    FixedClock clock(at(4, 1, 0));
    // Each close takes one backup and prunes, as SessionBackups does.
    for (int day = 0; day < 60; ++day) {
        for (const int hour : {8, 12, 16, 20}) {
            clock.set(at(4, 1, 0) + day * kMsPerDay + hour * kMsPerHour);
            storage_test::writeBytes(dir.file(backupFileName(clock.nowMs())), "backup");
            pruneBackups(dir.path(), policy);
        }
    }
    const UnixMs today = at(4, 1, 0) + 59 * kMsPerDay;  // 2025-05-30, the 60th day
    std::vector<UnixMs> left;
    for (const std::string& path : listBackups(dir.path())) left.push_back(backupTimeMs(path));
    const auto has = [&](UnixMs time) { return std::find(left.begin(), left.end(), time) != left.end(); };

    CHECK(left.size() <= static_cast<std::size_t>(policy.keepNewest + policy.keepDaily + policy.keepWeekly + policy.keepMonthly));
    for (const int hour : {8, 12, 16, 20}) CHECK(has(today + hour * kMsPerHour));  // today's four
    CHECK(has(today - kMsPerDay + 20 * kMsPerHour));  // yesterday's last: what the old rotation of 5 lost
    for (int back = 1; back <= 8; ++back) {
        CAPTURE(back);
        CHECK(std::any_of(left.begin(), left.end(), [&](UnixMs t) { return t / kMsPerDay == today / kMsPerDay - back; }));
    }
    // Weeks further back, and the first month's last day, are still there.
    CHECK(std::any_of(left.begin(), left.end(), [&](UnixMs t) { return today - t > 21 * kMsPerDay; }));
    CHECK(has(at(4, 30, 20)));  // April's newest backup stands for April
    CHECK(left.front() >= at(4, 1, 0));
}
