// `retain draft ARTICLE.txt --out questions/NAME.yaml [--id ID] [--title T] [--max N] [--force]`:
// proposes a cited question bank from an article (core/draft), every question marked `draft: true`
// until a teacher accepts it. Exit 0 when a bank was written, 1 when the article gave no questions or
// is not a text to draft from (the message says why), 2 on misuse (missing file, existing --out).
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "cli/cli.hpp"
#include "cli/verb_support.hpp"
#include "core/draft/draft_file.hpp"
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

ExitCode refuse(const std::string& message) {
    std::fprintf(stderr, "retain draft: %s\n", message.c_str());
    return ExitCode::Problems;
}

ExitCode runDraft(const DraftVerbOptions& options) {
    const std::filesystem::path outPath(options.out);
    const std::string bankId = options.bankId.empty() ? slugify(outPath.stem().string(), 60) : options.bankId;
    if (bankId.empty() || bankId.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos) {
        return reportMisuse("draft", "bank id '" + bankId + "' may only use lowercase letters, digits and '-'");
    }
    draft::DraftOptions draftOptions;
    draftOptions.bankId = bankId;
    draftOptions.title = options.title;
    draftOptions.maxQuestions = options.max;
    const draft::DraftFileResult result = draft::draftArticleFile(options.input, options.out, draftOptions, options.force);
    if (result.misuse) {
        return reportMisuse("draft", result.message + (result.message.find("exists") != std::string::npos ? " or add --force" : ""));
    }
    if (!result.ok && result.problems.empty()) return refuse(result.message);
    if (!result.ok) {
        for (const Problem& problem : result.problems) std::printf("%s\n", problem.format().c_str());
        std::printf("%s\n", result.message.c_str());
        return ExitCode::Failure;
    }
    const draft::DraftReport& report = result.report;
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
