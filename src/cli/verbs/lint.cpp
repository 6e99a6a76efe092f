// `retain lint [PATH...] [--source FILE]`: checks question banks and prints every problem as
// "file:line:column: error|warning: message", then a summary line. Exit 0 clean (warnings allowed),
// 1 on errors, 2 on misuse (a path or source file that does not exist).
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "core/bank/lint.hpp"

namespace retain::cli {

namespace {

struct LintOptions {
    std::vector<std::string> paths;  // bank files or folders; empty = the banks folder
    std::string sourcePath;          // source text to check evidence against; empty = no check
};

ExitCode runLint(const LintOptions& options, const GlobalOptions& global) {
    std::vector<std::string> paths = options.paths;
    if (paths.empty()) paths.push_back(resolveBanksDir(global));
    for (const std::string& path : paths) {
        std::error_code error;
        if (!std::filesystem::exists(path, error)) {
            std::fprintf(stderr, "retain lint: no such file or folder: %s\n", path.c_str());
            return ExitCode::Misuse;
        }
    }
    SourceText source;
    if (!options.sourcePath.empty()) {
        std::string error;
        if (!readSourceText(options.sourcePath, source, error)) {
            std::fprintf(stderr, "retain lint: %s\n", error.c_str());
            return ExitCode::Misuse;
        }
    }
    const LintReport report = lintBanks(paths, options.sourcePath.empty() ? nullptr : &source);
    for (const Problem& problem : report.problems) std::printf("%s\n", problem.format().c_str());
    std::printf("%s\n", report.summary().c_str());
    std::fflush(stdout);
    return report.errorCount() > 0 ? ExitCode::Problems : ExitCode::Ok;
}

}  // namespace

void addLintVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<LintOptions>();
    CLI::App* lint = root.add_subcommand("lint", "Check question banks; print each problem as file:line:column");
    lint->add_option("PATH", options->paths, "Bank files or folders (default: the banks folder)");
    lint->add_option("--source", options->sourcePath,
                     "Also check that each question's evidence stands in its paragraph of this source text");
    lint->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runLint(*options, context.global);
    });
}

}  // namespace retain::cli
