// `retain fsrs replay FILE.csv [--weights "w0,...,w20"] [--retention R]`: replays a review log (rows
// card_id,unix_ms,rating) through FSRS-6 and prints, per row, the state, stability, difficulty,
// retrievability and next interval, for comparison with other FSRS tools. FILE "-" reads stdin.
// Exit 0 done, 1 on a bad row (message with its line number), 2 on misuse.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "core/scheduler/fsrs_replay.hpp"

namespace retain::cli {

namespace {

struct ReplayOptions {
    std::string path;           // the review log; "-" = stdin
    std::string weights;        // 21 comma-separated numbers; empty = the FSRS-6 defaults
    double retention = 0.90;    // desired retention, (0, 1)
};

ExitCode runReplay(const ReplayOptions& options) {
    SchedulerConfig config;
    config.desiredRetention = options.retention;
    if (!(options.retention > 0.0 && options.retention < 1.0)) {
        std::fprintf(stderr, "retain fsrs replay: --retention must be between 0 and 1 (exclusive)\n");
        return ExitCode::Misuse;
    }
    if (!options.weights.empty()) {
        std::string error;
        const std::optional<FsrsWeights> weights = FsrsWeights::parse(options.weights, error);
        if (!weights) {
            std::fprintf(stderr, "retain fsrs replay: --weights: %s\n", error.c_str());
            return ExitCode::Misuse;
        }
        config.fsrsWeights = *weights;
    }
    std::ifstream file;
    if (options.path != "-") {
        file.open(options.path);
        if (!file) {
            std::fprintf(stderr, "retain fsrs replay: cannot read %s\n", options.path.c_str());
            return ExitCode::Misuse;
        }
    }
    std::istream& input = options.path == "-" ? std::cin : file;
    std::vector<ReplayReview> reviews;
    std::vector<ReplayStep> steps;
    std::string error;
    if (!parseReplayCsv(input, reviews, error) || !replayReviews(reviews, config, steps, error)) {
        std::fprintf(stderr, "retain fsrs replay: %s: %s\n", options.path.c_str(), error.c_str());
        return ExitCode::Problems;
    }
    std::string out = std::string(replayCsvHeader()) + "\n";
    for (const ReplayStep& step : steps) out += formatReplayRow(step) + "\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    return ExitCode::Ok;
}

}  // namespace

void addFsrsVerb(CLI::App& root, VerbContext& context) {
    CLI::App* fsrs = root.add_subcommand("fsrs", "FSRS tools");
    fsrs->require_subcommand(1);
    auto options = std::make_shared<ReplayOptions>();
    CLI::App* replay = fsrs->add_subcommand(
        "replay", "Replay a review log (card_id,unix_ms,rating) and print the FSRS-6 state after each review");
    replay->add_option("FILE", options->path, "CSV review log, or - for stdin")->required();
    replay->add_option("--weights", options->weights, "21 comma-separated FSRS-6 weights w0..w20 (default: FSRS-6's)");
    replay->add_option("--retention", options->retention, "Desired retention for the intervals (default 0.9)");
    replay->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runReplay(*options);
    });
}

}  // namespace retain::cli
