// `retain export --format gift|apkg|csv BANK --out FILE [--profile NAME]`: writes a bank for Moodle
// (GIFT) or Anki (.apkg), or a profile's review results for one bank as CSV (docs/interop.md). BANK is a
// bank file or folder, or the id of a bank in the banks folder. GIFT prints a warning per picture it drops;
// apkg packs them. Exit 0 on success, 1 when the bank has errors, 2 on misuse, 3 when the output or the
// database cannot be used.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "cli/cli.hpp"
#include "cli/verb_support.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/clock.hpp"
#include "core/interop/apkg_export.hpp"
#include "core/interop/gift_export.hpp"
#include "core/stats/review_csv.hpp"
#include "core/stats/stats_repository.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/store.hpp"

namespace retain::cli {

namespace {

struct ExportVerbOptions {
    std::string format;
    std::string bank;   // path, or a bank id in the banks folder
    std::string out;
    std::string profile = "default";  // whose review results --format csv writes
};

// Loads the bank named by what (a path, else an id under the banks folder); prints problems.
bool loadNamedBank(const std::string& what, const GlobalOptions& global, Bank& bank, bool& found) {
    std::error_code code;
    found = true;
    if (std::filesystem::exists(what, code)) {
        const BankLoadResult result = loadBank(what);
        for (const Problem& problem : result.problems) {
            if (problem.severity == Severity::Error) std::printf("%s\n", problem.format().c_str());
        }
        bank = result.bank;
        return result.ok;
    }
    const Library library = loadLibrary(resolveBanksDir(global), resolveBankCacheDir(global));
    for (const Bank& candidate : library.banks) {
        if (candidate.id == what) {
            bank = candidate;
            return true;
        }
    }
    found = false;
    return false;
}

// Writes the profile's reviews of bank's questions, oldest first; the database is only read.
ExitCode exportReviewResults(const ExportVerbOptions& options, const GlobalOptions& global, const Bank& bank) {
    const std::string dataDir = resolveDataDir(global);
    StoreOpenResult opened = Store::openForReading(dataDir);
    if (!opened.store) {
        std::fprintf(stderr, "retain export: %s\n", opened.message.c_str());
        return ExitCode::Failure;
    }
    std::vector<ReviewCsvRow> rows;
    try {
        const std::optional<Profile> profile = findProfile(opened.store->db(), options.profile);
        if (!profile) return reportMisuse("export", "no profile '" + options.profile + "' in " + dataDir);
        for (ReviewCsvRow& row : loadReviewCsvRows(opened.store->db(), profile->id)) {
            if (row.bankId == bank.id) rows.push_back(std::move(row));
        }
    } catch (const sql::StorageError& failure) {
        std::fprintf(stderr, "retain export: database error: %s\n", failure.what());
        return ExitCode::Failure;
    }
    std::ofstream out(options.out, std::ios::binary | std::ios::trunc);
    out << writeReviewCsv(rows);
    out.close();
    if (!out) {
        std::fprintf(stderr, "retain export: cannot write %s\n", options.out.c_str());
        return ExitCode::Failure;
    }
    std::printf("exported %zu review(s) of bank %s by profile %s to %s (csv)\n", rows.size(), bank.id.c_str(),
                options.profile.c_str(), options.out.c_str());
    std::fflush(stdout);
    return ExitCode::Ok;
}

ExitCode runExport(const ExportVerbOptions& options, const GlobalOptions& global) {
    if (options.format != "gift" && options.format != "apkg" && options.format != "csv") {
        return reportMisuse("export", "unknown --format '" + options.format + "' (gift, apkg or csv)");
    }
    Bank bank;
    bool found = true;
    if (!loadNamedBank(options.bank, global, bank, found)) {
        if (!found) return reportMisuse("export", "no bank file, folder or bank id '" + options.bank + "'");
        std::printf("the bank has errors; nothing exported (run `retain lint %s`)\n", options.bank.c_str());
        return ExitCode::Problems;
    }
    std::string error;
    if (options.format == "csv") return exportReviewResults(options, global, bank);
    if (options.format == "gift") {
        std::ofstream out(options.out, std::ios::binary | std::ios::trunc);
        out << exportGift(bank);
        out.close();
        if (!out) error = "cannot write " + options.out;
        for (const std::string& line : giftUncarriedPictures(bank)) std::printf("%s: warning: %s\n", options.out.c_str(), line.c_str());
    } else {
        exportApkg(bank, options.out, SystemClock{}.nowMs(), error);
    }
    if (!error.empty()) {
        std::fprintf(stderr, "retain export: %s\n", error.c_str());
        return ExitCode::Failure;
    }
    std::printf("exported %zu question(s) of bank %s to %s (%s)\n", bank.questions.size(), bank.id.c_str(), options.out.c_str(),
                options.format.c_str());
    std::fflush(stdout);
    return ExitCode::Ok;
}

}  // namespace

void addExportVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<ExportVerbOptions>();
    CLI::App* verb = root.add_subcommand("export", "Write a bank for Moodle (GIFT) or Anki (.apkg)");
    verb->add_option("--format", options->format, "gift, apkg or csv (review results)")->required();
    verb->add_option("BANK", options->bank, "A bank file or folder, or a bank id in the banks folder")->required();
    verb->add_option("--out", options->out, "The file to write")->required();
    verb->add_option("--profile", options->profile, "Whose review results --format csv writes (default: default)");
    verb->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runExport(*options, context.global);
    });
}

}  // namespace retain::cli
