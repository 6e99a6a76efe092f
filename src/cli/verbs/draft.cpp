// `retain draft ARTICLE.txt --out questions/NAME.yaml [--id ID] [--title T] [--max N] [--force]`:
// proposes a cited question bank from an article (core/draft), every question marked `draft: true`
// until a teacher accepts it. Exit 0 when a bank was written, 1 when the article gave no questions or
// is not a text to draft from (the message says why), 2 on misuse (missing file, existing --out).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "cli/cli.hpp"
#include "cli/verb_support.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/bank/source_check.hpp"
#include "core/draft/article.hpp"
#include "core/draft/drafter.hpp"
#include "core/interop/bank_writer.hpp"
#include "core/interop/interop_text.hpp"

namespace retain::cli {

namespace {

struct DraftVerbOptions {
    std::string input;
    std::string out;
    std::string bankId;   // empty = slug of the --out file name
    std::string title;    // empty = the article's title
    std::size_t max = 0;  // 0 = every question drafted
    bool force = false;   // overwrite --out
};

ExitCode refuse(const std::string& input, const std::string& message) {
    std::fprintf(stderr, "retain draft: %s: %s\n", input.c_str(), message.c_str());
    return ExitCode::Problems;
}

ExitCode runDraft(const DraftVerbOptions& options) {
    std::error_code code;
    if (!std::filesystem::is_regular_file(options.input, code)) return reportMisuse("draft", "no such file: " + options.input);
    if (std::filesystem::exists(options.out, code) && !options.force) {
        return reportMisuse("draft", options.out + " already exists; choose another --out or add --force");
    }
    const std::filesystem::path outPath(options.out);
    const std::string bankId = options.bankId.empty() ? slugify(outPath.stem().string(), 60) : options.bankId;
    if (bankId.empty() || bankId.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos) {
        return reportMisuse("draft", "bank id '" + bankId + "' may only use lowercase letters, digits and '-'");
    }
    // Read at most one byte more than an article may hold, so a huge file is refused without reading it all.
    std::ifstream in(options.input, std::ios::binary);
    std::string text(draft::kMaxArticleBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return refuse(options.input, "cannot read the file");

    const draft::DraftReport report = draft::draftBank(text, {bankId, options.title, options.max});
    if (!report.ok) return refuse(options.input, report.message);
    const std::string yaml = writeBankYaml(report.bank, "Drafted by `retain draft` from " +
                                                            std::filesystem::path(options.input).filename().string() +
                                                            ".\nEvery question is marked draft: review it, then remove the mark.");
    // The bank must load, and every evidence stand in its paragraph, before anything is written.
    const BankLoadResult check = loadBankFromString(yaml, options.out);
    ProblemList problems = check.problems;
    if (check.ok) {
        SourceText source{std::filesystem::path(options.input).filename().string(), splitParagraphs(text)};
        const ProblemList evidence = checkEvidence(check.bank, source);
        problems.insert(problems.end(), evidence.begin(), evidence.end());
    }
    int errors = 0;
    for (const Problem& problem : problems) errors += problem.severity == Severity::Error ? 1 : 0;
    if (!check.ok || errors > 0) {
        for (const Problem& problem : problems) std::printf("%s\n", problem.format().c_str());
        std::printf("the drafted bank does not check; nothing written\n");
        return ExitCode::Failure;
    }
    if (outPath.has_parent_path()) std::filesystem::create_directories(outPath.parent_path(), code);
    std::ofstream out(options.out, std::ios::binary | std::ios::trunc);
    out << yaml;
    out.close();
    if (!out) {
        std::fprintf(stderr, "retain draft: cannot write %s\n", options.out.c_str());
        return ExitCode::Failure;
    }
    std::printf("drafted %zu question(s) from %s into %s, bank id %s (%zu facts; %zu opinion sentence(s) skipped",
                report.bank.questions.size(), options.input.c_str(), options.out.c_str(), bankId.c_str(), report.facts,
                report.opinions);
    if (report.dropped > 0) std::printf("; %zu lower-ranked question(s) left out by --max", report.dropped);
    std::printf(")\n");
    std::fflush(stdout);
    return ExitCode::Ok;
}

}  // namespace

void addDraftVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<DraftVerbOptions>();
    CLI::App* verb = root.add_subcommand("draft", "Propose a cited question bank from an article (every question marked draft)");
    verb->add_option("ARTICLE", options->input, "The article, a UTF-8 text file with one paragraph per line")->required();
    verb->add_option("--out", options->out, "The bank file to write, e.g. questions/NAME.yaml")->required();
    verb->add_option("--id", options->bankId, "Id of the new bank (default: from the --out file name)");
    verb->add_option("--title", options->title, "Title of the new bank (default: the article's title)");
    verb->add_option("--max", options->max, "Keep at most N questions, the best ranked (default: all)");
    verb->add_flag("--force", options->force, "Overwrite --out when it exists");
    verb->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runDraft(*options);
    });
}

}  // namespace retain::cli
