// `retain stats [--json] [--profile NAME] [--range 30|90|365] [--rollover-hour H] [--csv FILE]
// [--checks-csv FILE]`: every figure of the Stats screen for a profile (docs/statistics.md), as text or
// one JSON object, keeping reviews_total and the per-state card counts (new = questions of the banks
// folder never studied). --csv writes the review log and --checks-csv the retention checks as CSV. The
// database is opened read-only without the folder lock, so this runs beside a running Retain (a
// database that still needs a migration is opened normally once, which migrates it).
// Exit 0, 3 when the database cannot be read or a CSV file cannot be written.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "cli/cli.hpp"
#include "cli/verb_support.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/clock.hpp"
#include "core/session/study_setup.hpp"
#include "core/stats/check_repository.hpp"
#include "core/stats/profile_stats.hpp"
#include "core/stats/stats_format.hpp"
#include "core/stats/stats_repository.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/store.hpp"

namespace retain::cli {

namespace {

struct StatsVerbOptions {
    bool json = false;
    std::string profile = "default";
    int rangeDays = 30;       // 30, 90 or 365
    std::optional<int> rolloverHour;  // hours after UTC midnight at which a day starts; none = the setup's
    std::string csvPath;      // review log CSV; empty = none
    std::string checksCsvPath;  // retention checks CSV; empty = none
};

// Writes text to path; false with a message on stderr when it cannot.
ExitCode runStats(const StatsVerbOptions& options, const GlobalOptions& global) {
    const std::string dataDir = resolveDataDir(global);
    std::error_code kindError;
    if (!std::filesystem::is_directory(dataDir, kindError)) {
        // All-zero figures would read as "nothing studied yet", when the folder is simply not there.
        const bool exists = std::filesystem::exists(dataDir, kindError);
        std::fprintf(stderr, "retain stats: there is no Retain data folder at %s (%s); give the folder with --data\n",
                     dataDir.c_str(), exists ? "it is not a folder" : "it does not exist");
        return ExitCode::Failure;
    }
    const Library library = loadLibrary(resolveBanksDir(global), resolveBankCacheDir(global));
    StoreOpenResult opened = openDataForReading("stats", dataDir);
    if (!opened.store && opened.error != StoreOpenError::Missing) {
        std::fprintf(stderr, "retain stats: %s\n", opened.message.c_str());
        return ExitCode::Failure;
    }
    const UnixMs now = SystemClock().nowMs();
    std::vector<const Bank*> banks;
    for (const Bank& bank : library.banks) banks.push_back(&bank);
    StatsLog log;
    std::map<CardKey, StoredCard> cards;
    std::vector<CheckRecord> checks;
    std::vector<ReviewCsvRow> csvRows;
    StatsReport report;
    try {
        sql::Database* db = opened.store ? &opened.store->db() : nullptr;
        // A profile not stored yet has the default setup and nothing studied.
        const std::optional<Profile> profile = db ? findProfile(*db, options.profile) : std::nullopt;
        StudyOverrides overrides;
        overrides.rolloverHour = options.rolloverHour;
        const StudySetup setup = makeStudySetup(profile.value_or(Profile{}), "terminal", overrides);
        if (profile) {
            log = loadStatsLog(*db, profile->id);
            cards = loadCards(*db, profile->id);
            checks = loadChecks(*db, profile->id);
            if (!options.csvPath.empty()) csvRows = loadReviewCsvRows(*db, profile->id);
        }
        report = computeProfileStats(log, setup, cards, banks, now, options.rangeDays);
    } catch (const sql::StorageError& error) {
        std::fprintf(stderr, "retain stats: database error: %s\n", error.what());
        return ExitCode::Failure;
    }

    if (!options.csvPath.empty() && !writeOutputFile("stats", options.csvPath, writeReviewCsv(csvRows))) return ExitCode::Failure;
    if (!options.checksCsvPath.empty() && !writeOutputFile("stats", options.checksCsvPath, writeCheckCsv(checks))) return ExitCode::Failure;
    const std::string out = options.json ? statsJson(report, options.profile, checks) : statsText(report, options.profile, checks);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    return ExitCode::Ok;
}

}  // namespace

void addStatsVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<StatsVerbOptions>();
    CLI::App* stats = root.add_subcommand("stats", "Print the statistics of a profile (reviews, retention, forecast, mastery)");
    stats->add_flag("--json", options->json, "Print one JSON object");
    stats->add_option("--profile", options->profile, "Learner profile (default: default)");
    stats->add_option("--range", options->rangeDays, "Days of reviews per day and retention: 30, 90 or 365 (default 30)")
        ->check(CLI::IsMember({30, 90, 365}));
    stats->add_option("--rollover-hour", options->rolloverHour, "Hour (UTC) at which a new day starts, 0-23 (default: the profile's setup, 0)")
        ->check(CLI::Range(0, 23));
    stats->add_option("--csv", options->csvPath, "Also write the review log to this CSV file");
    stats->add_option("--checks-csv", options->checksCsvPath, "Also write the retention checks to this CSV file");
    stats->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runStats(*options, context.global);
    });
}

}  // namespace retain::cli
