// `retain export --format gift|apkg|csv BANK --out FILE`: writes a bank for Moodle (GIFT) or Anki
// (.apkg). BANK is a bank file or folder, or the id of a bank in the banks folder. Exit 0 on success,
// 1 when the bank has errors, 2 on misuse, 3 when the output cannot be written or the format is not
// available in this build.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "app/cli.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/clock.hpp"
#include "core/interop/apkg_export.hpp"
#include "core/interop/gift_export.hpp"

namespace retain::app {

namespace {

struct ExportVerbOptions {
    std::string format;
    std::string bank;   // path, or a bank id in the banks folder
    std::string out;
};

ExitCode misuse(const std::string& message) {
    std::fprintf(stderr, "retain export: %s\n", message.c_str());
    return ExitCode::Misuse;
}

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
    const Library library = loadLibrary(resolveBanksDir(global));
    for (const Bank& candidate : library.banks) {
        if (candidate.id == what) {
            bank = candidate;
            return true;
        }
    }
    found = false;
    return false;
}

ExitCode runExport(const ExportVerbOptions& options, const GlobalOptions& global) {
    if (options.format != "gift" && options.format != "apkg" && options.format != "csv") {
        return misuse("unknown --format '" + options.format + "' (gift, apkg or csv)");
    }
    if (options.format == "csv") {
        std::fprintf(stderr, "retain export: --format csv (review results) needs the review log, which this build cannot read yet\n");
        return ExitCode::Failure;
    }
    Bank bank;
    bool found = true;
    if (!loadNamedBank(options.bank, global, bank, found)) {
        if (!found) return misuse("no bank file, folder or bank id '" + options.bank + "'");
        std::printf("the bank has errors; nothing exported (run `retain lint %s`)\n", options.bank.c_str());
        return ExitCode::Problems;
    }
    std::string error;
    if (options.format == "gift") {
        std::ofstream out(options.out, std::ios::binary | std::ios::trunc);
        out << exportGift(bank);
        out.close();
        if (!out) error = "cannot write " + options.out;
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
    verb->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runExport(*options, context.global);
    });
}

}  // namespace retain::app
