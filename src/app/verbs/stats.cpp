// `retain stats [--json] [--profile NAME]`: how many reviews a profile has made and how many of the
// library's questions are in each state. New = questions of the banks folder never studied. The
// database is opened read-only without the folder lock, so this runs beside a running Retain.
// Exit 0, 3 when the database cannot be read.
#include <cstdio>
#include <memory>
#include <set>
#include <string>

#include "app/cli.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/review_repository.hpp"
#include "core/storage/store.hpp"

namespace retain::app {

namespace {

struct StatsOptions {
    bool json = false;
    std::string profile = "default";
};

struct Stats {
    std::int64_t reviewsTotal = 0;
    int cards[4] = {0, 0, 0, 0};  // indexed by CardPhase
    int suspended = 0;
};

// Returns text as a JSON string literal.
std::string jsonString(const std::string& text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        if (c == '"' || c == '\\') out += std::string("\\") + static_cast<char>(c);
        else if (c < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out += buffer;
        } else out += static_cast<char>(c);
    }
    return out + "\"";
}

// Counts stored cards per phase, and the library's questions without progress as new.
void countCards(sql::Database* db, ProfileId profile, const Library& library, Stats& stats) {
    std::set<CardKey> studied;
    if (db) {
        for (const auto& [key, card] : loadCards(*db, profile)) {
            if (card.suspended) ++stats.suspended;
            if (card.memory.phase == CardPhase::New) continue;
            ++stats.cards[static_cast<int>(card.memory.phase)];
            studied.insert(key);
        }
    }
    for (const Bank& bank : library.banks) {
        for (const Question& question : bank.questions) {
            if (!studied.count(CardKey{bank.id, question.id})) ++stats.cards[static_cast<int>(CardPhase::New)];
        }
    }
}

ExitCode runStats(const StatsOptions& options, const GlobalOptions& global) {
    const Library library = loadLibrary(resolveBanksDir(global));
    StoreOpenResult opened = Store::openForReading(resolveDataDir(global));
    if (!opened.store && opened.error != StoreOpenError::Missing) {
        std::fprintf(stderr, "retain stats: %s\n", opened.message.c_str());
        return ExitCode::Failure;
    }
    Stats stats;
    try {
        sql::Database* db = opened.store ? &opened.store->db() : nullptr;
        const std::optional<Profile> profile = db ? findProfile(*db, options.profile) : std::nullopt;
        if (profile) stats.reviewsTotal = countReviews(*db, profile->id);
        countCards(profile ? db : nullptr, profile ? profile->id : 0, library, stats);
    } catch (const sql::StorageError& error) {
        std::fprintf(stderr, "retain stats: database error: %s\n", error.what());
        return ExitCode::Failure;
    }
    std::string out;
    if (options.json) {
        out = "{\"profile\": " + jsonString(options.profile) + ", \"reviews_total\": " + std::to_string(stats.reviewsTotal) +
              ", \"cards\": {";
        for (int phase = 0; phase < 4; ++phase) {
            out += std::string(phase ? ", " : "") + "\"" + cardPhaseName(static_cast<CardPhase>(phase)) + "\": " +
                   std::to_string(stats.cards[phase]);
        }
        out += "}, \"suspended\": " + std::to_string(stats.suspended) + "}\n";
    } else {
        out = "Profile " + options.profile + ": " + std::to_string(stats.reviewsTotal) + " reviews\n";
        for (int phase = 0; phase < 4; ++phase) {
            out += std::string("  ") + cardPhaseName(static_cast<CardPhase>(phase)) + ": " + std::to_string(stats.cards[phase]) + "\n";
        }
        out += "  suspended: " + std::to_string(stats.suspended) + "\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    return ExitCode::Ok;
}

}  // namespace

void addStatsVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<StatsOptions>();
    CLI::App* stats = root.add_subcommand("stats", "Print review and card counts of a profile");
    stats->add_flag("--json", options->json, "Print one JSON object");
    stats->add_option("--profile", options->profile, "Learner profile (default: default)");
    stats->fallthrough();  // --data and --banks may follow the verb
    stats->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runStats(*options, context.global);
    });
}

}  // namespace retain::app
