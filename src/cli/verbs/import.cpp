// `retain import FILE --out questions/NAME.yaml [--format csv|tsv|gift|apkg|colpkg] [--separator X]
// [--prompt-side term|definition] [--bank-id ID] [--title T] [--force]`: converts a Quizlet CSV/TSV, a
// Moodle GIFT file or an Anki .apkg/.colpkg into a new YAML bank. Prints each problem as "file:line: ...".
// A bank too big for one file (8 MiB) is written as a bank folder NAME/ of several files instead.
// An .apkg's (or .colpkg's) pictures are written to "<bank id>-media/" beside the bank before the bank
// is checked; inside the bank folder when the bank is written as one.
// Exit 0 when everything converted, 1 when the input had errors (the questions that did convert are
// still written, unless none did), 2 on misuse (missing file, unknown format, existing --out).
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "cli/verb_support.hpp"
#include "core/bank/bank_limits.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/imported_files.hpp"
#include "core/interop/importer.hpp"
#include "core/interop/interop_text.hpp"

namespace retain::cli {

namespace {

struct ImportVerbOptions {
    std::string input;
    std::string out;
    std::string format;      // empty = guessed from the extension
    std::string separator;   // CSV/TSV; empty = the format's default
    std::string promptSide = "definition";
    std::string bankId;      // empty = slug of the --out file name
    std::string title;       // empty = the input file name
    bool force = false;      // overwrite --out
};

const char* formatName(ImportFormat format) {
    switch (format) {
        case ImportFormat::Csv: return "CSV";
        case ImportFormat::Tsv: return "TSV";
        case ImportFormat::Gift: return "GIFT";
        case ImportFormat::Apkg: return "Anki package";
    }
    return "?";
}

bool isBankId(const std::string& id) {
    return !id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
}

// Where a bank too big for one file is written: questions/NAME.yaml becomes the folder questions/NAME/,
// built as NAME.importing/ (its pictures in it too) and renamed into place once it loads.
struct BankFolderPaths {
    std::filesystem::path folder;
    std::filesystem::path building;
};

BankFolderPaths bankFolderPaths(const std::filesystem::path& outPath) {
    return {outPath.parent_path() / outPath.stem(), outPath.parent_path() / (outPath.stem().string() + ".importing")};
}

// Starts the building folder of paths (empty); Ok or the exit code after saying why not.
ExitCode startBankFolder(const BankFolderPaths& paths, bool force) {
    namespace fs = std::filesystem;
    std::error_code code;
    if (fs::exists(paths.folder, code) && !force) return reportMisuse("import", paths.folder.string() + " already exists; choose another --out or add --force");
    fs::remove_all(paths.building, code);
    fs::create_directories(paths.building, code);
    if (code) {
        std::fprintf(stderr, "retain import: cannot create %s: %s\n", paths.building.string().c_str(), code.message().c_str());
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

// Writes files (too big for one bank file) into the started building folder, whose pictures are in it
// already (<bank id>-media/ beside bank.yaml, so every file of the folder finds them by the same relative
// path), checks it by loading it, then renames it into place, so a failed import leaves no half folder,
// and removes a single-file bank outPath (--force) that the folder replaces. Sets written to the folder's path.
ExitCode writeBankFolder(const std::vector<BankFileText>& files, const BankFolderPaths& paths, const std::filesystem::path& outPath,
                         std::string& written) {
    namespace fs = std::filesystem;
    const fs::path& folder = paths.folder;
    const fs::path& building = paths.building;
    std::error_code code;
    for (const BankFileText& file : files) {
        if (writeOutputFile("import", (building / file.name).string(), file.text)) continue;
        fs::remove_all(building, code);
        return ExitCode::Failure;
    }
    const BankLoadResult check = loadBank(building.string());
    if (!check.ok) {
        for (const Problem& problem : check.problems) std::printf("%s\n", problem.format().c_str());
        std::printf("the converted bank does not load; nothing written\n");
        fs::remove_all(building, code);
        return ExitCode::Problems;
    }
    fs::remove_all(folder, code);
    fs::rename(building, folder, code);
    if (code) {
        std::fprintf(stderr, "retain import: cannot rename %s: %s\n", building.string().c_str(), code.message().c_str());
        return ExitCode::Failure;
    }
    std::printf("the bank is too big for one bank file (%s MiB at most): wrote the bank folder %s of %zu files\n",
                std::to_string(kMaxBankFileBytes / (1024 * 1024)).c_str(), folder.string().c_str(), files.size());
    // --force replaced the bank --out named; left beside its folder, the old single file would be loaded
    // as a second bank with the same id.
    if (fs::is_regular_file(outPath, code)) {
        if (!fs::remove(outPath, code)) {
            std::fprintf(stderr, "retain import: cannot remove the old %s (%s): remove it, or the bank is loaded twice\n",
                         outPath.string().c_str(), code.message().c_str());
            return ExitCode::Failure;
        }
        std::printf("removed the old single-file bank %s: the bank folder replaces it\n", outPath.string().c_str());
    }
    written = folder.string();
    return ExitCode::Ok;
}

ExitCode runImport(const ImportVerbOptions& options) {
    std::error_code code;
    if (!std::filesystem::is_regular_file(options.input, code)) return reportMisuse("import", "no such file: " + options.input);
    FileImportOptions settings;
    if (options.format.empty() ? !guessImportFormat(options.input, settings.format) : !parseImportFormat(options.format, settings.format)) {
        return reportMisuse("import", options.format.empty() ? "cannot tell the format from the file name; give --format csv|tsv|gift|apkg|colpkg"
                                             : "unknown --format '" + options.format + "' (csv, tsv, gift, apkg or colpkg)");
    }
    if (options.promptSide != "term" && options.promptSide != "definition") return reportMisuse("import", "--prompt-side must be term or definition");
    if (std::filesystem::exists(options.out, code) && !options.force) {
        return reportMisuse("import", options.out + " already exists; choose another --out or add --force");
    }
    const std::filesystem::path outPath(options.out);
    settings.bank.bankId = options.bankId.empty() ? slugify(outPath.stem().string(), 60) : options.bankId;
    if (!isBankId(settings.bank.bankId)) return reportMisuse("import", "bank id '" + settings.bank.bankId + "' may only use lowercase letters, digits and '-'");
    settings.bank.bankTitle = options.title.empty() ? std::filesystem::path(options.input).stem().string() : options.title;
    settings.separator = options.separator == "\\t" ? "\t" : options.separator;
    settings.promptSide = options.promptSide == "term" ? PromptSide::Term : PromptSide::Definition;

    ImportResult result = importFile(options.input, settings);
    int errors = 0;
    for (const Problem& problem : result.problems) {
        errors += problem.severity == Severity::Error ? 1 : 0;
        std::printf("%s\n", problem.format().c_str());
    }
    const std::size_t problemsShown = result.problems.size();
    if (!result.ok) {
        std::printf("nothing imported from %s\n", options.input.c_str());
        return ExitCode::Problems;
    }
    const std::string comment = "Imported by `retain import` from " + std::filesystem::path(options.input).filename().string() +
                                " (" + formatName(settings.format) + ").";
    // A bank too big for one file becomes a folder; its pictures then go inside it, beside its bank.yaml.
    const bool asFolder = writeBankFiles(result.bank, comment, kMaxBankFileBytes).size() > 1;
    const BankFolderPaths folderPaths = bankFolderPaths(outPath);
    if (asFolder) {
        if (const ExitCode started = startBankFolder(folderPaths, options.force); started != ExitCode::Ok) return started;
    }
    // Pictures are written first: the load check below opens them.
    std::vector<std::string> pictures;
    std::string writeError;
    const std::string pictureBank = asFolder ? (folderPaths.building / "bank.yaml").string() : options.out;
    if (!result.files.empty() && !writeImportedFiles(result, pictureBank, pictures, writeError)) {
        std::fprintf(stderr, "retain import: %s\n", writeError.c_str());
        if (asFolder) std::filesystem::remove_all(folderPaths.building, code);
        return ExitCode::Failure;
    }
    for (std::size_t i = problemsShown; i < result.problems.size(); ++i) std::printf("%s\n", result.problems[i].format().c_str());
    std::vector<BankFileText> files = writeBankFiles(result.bank, comment, kMaxBankFileBytes);
    if (asFolder && files.size() == 1) files.front().name = "bank.yaml";  // smaller once unusable pictures were dropped
    std::string written = options.out;
    if (!asFolder) {
        // A bank folder NAME/ from an earlier, bigger import of this --out would stay beside NAME.yaml and be
        // loaded as a second bank: refuse, even with --force (a folder is not what --out names).
        const std::filesystem::path oldFolder = outPath.parent_path() / outPath.stem();
        if (std::filesystem::is_directory(oldFolder, code)) {
            removeImportedFiles(pictures);
            return reportMisuse("import", "the bank folder " + oldFolder.string() + " is beside " + options.out +
                                              " and would be loaded as a second bank; remove it first or choose another --out");
        }
        // The bank must load before it is written: an import never leaves a broken bank behind.
        const BankLoadResult check = loadBankFromString(files.front().text, options.out);
        if (!check.ok) {
            for (const Problem& problem : check.problems) std::printf("%s\n", problem.format().c_str());
            removeImportedFiles(pictures);
            std::printf("the converted bank does not load; nothing written\n");
            return ExitCode::Problems;
        }
        if (outPath.has_parent_path()) std::filesystem::create_directories(outPath.parent_path(), code);
        if (!writeOutputFile("import", options.out, files.front().text)) {
            removeImportedFiles(pictures);
            return ExitCode::Failure;
        }
    } else {
        const ExitCode folder = writeBankFolder(files, folderPaths, outPath, written);  // on failure the pictures go with the folder
        if (folder != ExitCode::Ok) return folder;
    }
    std::printf("imported %zu question(s) from %s (%s) into %s, bank id %s; %d item(s) skipped with errors\n",
                result.bank.questions.size(), options.input.c_str(), formatName(settings.format), written.c_str(),
                result.bank.id.c_str(), errors);
    if (!pictures.empty()) {
        const std::filesystem::path media = std::filesystem::path(pictures.front()).parent_path().filename();
        const std::filesystem::path bankFolder = asFolder ? folderPaths.folder : outPath.parent_path();
        std::printf("copied %zu picture(s) to %s\n", pictures.size(), (bankFolder / media).string().c_str());
    }
    std::fflush(stdout);
    return errors > 0 ? ExitCode::Problems : ExitCode::Ok;
}

}  // namespace

void addImportVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<ImportVerbOptions>();
    CLI::App* verb = root.add_subcommand("import", "Convert a Quizlet CSV/TSV, Moodle GIFT or Anki .apkg/.colpkg file into a new bank");
    verb->add_option("FILE", options->input, "The file to import")->required();
    verb->add_option("--out", options->out, "The bank file to write, e.g. questions/NAME.yaml")->required();
    verb->add_option("--format", options->format, "csv, tsv, gift, apkg or colpkg (default: from the file extension)");
    verb->add_option("--separator", options->separator, "CSV/TSV: text between term and definition (default ',' for csv, tab for tsv; \\t = tab)");
    verb->add_option("--prompt-side", options->promptSide, "CSV/TSV: which column asks the question: definition (default) or term");
    verb->add_option("--bank-id", options->bankId, "Id of the new bank (default: from the --out file name)");
    verb->add_option("--title", options->title, "Title of the new bank (default: the input file name)");
    verb->add_flag("--force", options->force, "Overwrite --out when it exists");
    verb->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runImport(*options);
    });
}

}  // namespace retain::cli
