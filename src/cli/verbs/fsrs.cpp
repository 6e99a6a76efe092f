// `retain fsrs ...`: FSRS tools over a review log (docs/scheduling.md). FILE "-" reads stdin.
// - `replay FILE.csv [--weights "w0,...,w20"] [--retention R]`: replays rows card_id,unix_ms,rating through
//   FSRS-6 and prints, per row, the state, stability, difficulty, retrievability and next interval.
// - `evaluate FILE.csv [--weights W] [--json]`: log loss and RMSE(bins) as fsrs-rs computes them.
// - `optimize FILE.csv [--json] [--seed S]`: fits the 21 weights to the log, with before/after figures.
// - `simulate [--log FILE.csv] [--weights W | --optimize] [--new N] [--new-per-day N] [--reviews-per-day N]
//   [--days N] [--step S] [--seed S] [--json]`: reviews per day and share known for retention 0.70..0.97.
// evaluate, optimize and simulate also read the py-fsrs layout card_id,review_rating,review_time[,...].
// Exit 0 done, 1 on a bad row (message with its line number), 2 on misuse.
//
// [SECTION] replay
// [SECTION] evaluate and optimize
// [SECTION] simulate
// [SECTION] registration
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "core/scheduler/fsrs_replay.hpp"
#include "core/scheduler/fsrs_report.hpp"
#include "core/scheduler/fsrs_review_log.hpp"
#include "core/scheduler/fsrs_simulator.hpp"

namespace retain::cli {

namespace {

// [SECTION] replay --------------------------------------------------------------------------------

struct ReplayOptions {
    std::string path;           // the review log; "-" = stdin
    std::string weights;        // 21 comma-separated numbers; empty = the FSRS-6 defaults
    double retention = 0.90;    // desired retention, (0, 1)
};

// Parses --weights text into weights when given; prints the reason and returns false when it is not 21
// numbers.
bool readWeightsOption(const char* verb, const std::string& text, FsrsWeights& weights) {
    if (text.empty()) return true;
    std::string error;
    const std::optional<FsrsWeights> parsed = FsrsWeights::parse(text, error);
    if (!parsed) {
        std::fprintf(stderr, "retain fsrs %s: --weights: %s\n", verb, error.c_str());
        return false;
    }
    weights = *parsed;
    return true;
}

ExitCode runReplay(const ReplayOptions& options) {
    SchedulerConfig config;
    config.desiredRetention = options.retention;
    if (!(options.retention > 0.0 && options.retention < 1.0)) {
        std::fprintf(stderr, "retain fsrs replay: --retention must be between 0 and 1 (exclusive)\n");
        return ExitCode::Misuse;
    }
    if (!readWeightsOption("replay", options.weights, config.fsrsWeights)) return ExitCode::Misuse;
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

// [SECTION] evaluate and optimize -----------------------------------------------------------------

struct LogOptions {
    std::string path;       // the review log; "-" = stdin
    std::string weights;    // evaluate: 21 comma-separated numbers; empty = the FSRS-6 defaults
    bool json = false;
    std::uint64_t seed = 2023;  // optimize: batch-order seed
};

// Reads the review log of options.path (either layout); prints the reason and returns false on failure,
// with code set to Misuse (no file) or Problems (bad row).
bool readLog(const char* verb, const LogOptions& options, std::vector<ReplayReview>& reviews, ExitCode& code) {
    std::ifstream file;
    if (options.path != "-") {
        file.open(options.path);
        if (!file) {
            std::fprintf(stderr, "retain fsrs %s: cannot read %s\n", verb, options.path.c_str());
            code = ExitCode::Misuse;
            return false;
        }
    }
    std::string error;
    if (!fsrs::parseReviewLog(options.path == "-" ? std::cin : file, reviews, error)) {
        std::fprintf(stderr, "retain fsrs %s: %s: %s\n", verb, options.path.c_str(), error.c_str());
        code = ExitCode::Problems;
        return false;
    }
    return true;
}

void print(const std::string& out) {
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
}

ExitCode runEvaluate(const LogOptions& options) {
    FsrsWeights weights;
    if (!readWeightsOption("evaluate", options.weights, weights)) return ExitCode::Misuse;
    std::vector<ReplayReview> reviews;
    ExitCode code = ExitCode::Ok;
    if (!readLog("evaluate", options, reviews, code)) return code;
    const std::vector<fsrs::TrainingItem> items = fsrs::buildTrainingItems(reviews);
    const fsrs::TrainingSet set = fsrs::prepareTrainingSet(items);
    if (set.items.empty()) {
        if (items.empty())
            std::fprintf(stderr, "retain fsrs evaluate: %s: no review on a later day than the card's previous one\n",
                         options.path.c_str());
        else
            std::fprintf(stderr,
                         "retain fsrs evaluate: %s: all %zu items were set aside by the outlier filter (it removes at least"
                         " 20 per first rating); the log is too small to score\n",
                         options.path.c_str(), items.size());
        return ExitCode::Problems;
    }
    const fsrs::EvaluationReport report{fsrs::evaluateItems(weights, set.items), items.size()};
    print(options.json ? fsrs::evaluationJson(report) : fsrs::evaluationText(report));
    return ExitCode::Ok;
}

ExitCode runOptimize(const LogOptions& options) {
    std::vector<ReplayReview> reviews;
    ExitCode code = ExitCode::Ok;
    if (!readLog("optimize", options, reviews, code)) return code;
    fsrs::OptimizerOptions settings;
    settings.seed = options.seed;
    const auto start = std::chrono::steady_clock::now();
    const fsrs::OptimizerResult result = fsrs::optimizeReviewLog(reviews, settings);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    print(options.json ? fsrs::optimizationJson(result, seconds) : fsrs::optimizationText(result, seconds));
    return ExitCode::Ok;
}

// [SECTION] simulate ------------------------------------------------------------------------------

struct SimulateOptions {
    std::string log;            // optional review log: its cards and rating habits
    std::string weights;        // 21 numbers; empty = defaults (or fitted with --optimize)
    bool optimize = false;      // fit the weights to the log first
    int newCards = -1;          // cards not yet studied; -1 = 0 with a log, 1000 without
    int newPerDay = 20;
    int reviewsPerDay = 200;
    int days = 365;
    double step = 0.03;         // retention grid step
    std::uint64_t seed = 2023;
    bool json = false;
};

ExitCode runSimulate(const SimulateOptions& options) {
    if (options.days < 1 || options.days > 3650 || options.newPerDay < 0 || options.reviewsPerDay < 0 ||
        !(options.step >= 0.005 && options.step <= 0.27)) {
        std::fprintf(stderr, "retain fsrs simulate: --days must be 1..3650, --new-per-day and --reviews-per-day >= 0, --step 0.005..0.27\n");
        return ExitCode::Misuse;
    }
    if (options.optimize && (options.log.empty() || !options.weights.empty())) {
        std::fprintf(stderr, "retain fsrs simulate: --optimize needs --log and no --weights\n");
        return ExitCode::Misuse;
    }
    fsrs::SimulationSettings settings;
    if (!readWeightsOption("simulate", options.weights, settings.weights)) return ExitCode::Misuse;
    fsrs::SimulationInput input;
    if (!options.log.empty()) {
        std::vector<ReplayReview> reviews;
        ExitCode code = ExitCode::Ok;
        LogOptions logOptions;
        logOptions.path = options.log;
        if (!readLog("simulate", logOptions, reviews, code)) return code;
        if (options.optimize) settings.weights = fsrs::optimizeReviewLog(reviews).weights;
        input = fsrs::simulationInputFromLog(reviews, settings.weights);
        settings.firstRatingShares = input.firstRatingShares;
        settings.recallRatingShares = input.recallRatingShares;
    }
    const std::size_t studied = input.cards.size();
    const int newCards = options.newCards >= 0 ? options.newCards : (options.log.empty() ? 1000 : 0);
    input.cards.resize(studied + static_cast<std::size_t>(newCards));  // default SimulatedCard is new
    settings.days = options.days;
    settings.newPerDay = options.newPerDay;
    settings.reviewsPerDay = options.reviewsPerDay;
    settings.seed = options.seed;
    const std::vector<fsrs::SimulationPoint> points =
        fsrs::simulateRetentions(input.cards, settings, fsrs::retentionGrid(options.step));
    print(options.json ? fsrs::simulationJson(points, settings.days, input.cards.size(), static_cast<std::size_t>(newCards))
                       : fsrs::simulationText(points));
    return ExitCode::Ok;
}

}  // namespace

// [SECTION] registration --------------------------------------------------------------------------

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

    auto evaluateOptions = std::make_shared<LogOptions>();
    CLI::App* evaluate = fsrs->add_subcommand(
        "evaluate", "Log loss and RMSE(bins) of FSRS-6 weights on a review log, as fsrs-rs computes them");
    evaluate->add_option("FILE", evaluateOptions->path, "CSV review log (card_id,unix_ms,rating or card_id,review_rating,review_time), or -")->required();
    evaluate->add_option("--weights", evaluateOptions->weights, "21 comma-separated FSRS-6 weights w0..w20 (default: FSRS-6's)");
    evaluate->add_flag("--json", evaluateOptions->json, "Print one JSON object");
    evaluate->callback([evaluateOptions, &context] {
        context.verbRan = true;
        context.exitCode = runEvaluate(*evaluateOptions);
    });

    auto optimizeOptions = std::make_shared<LogOptions>();
    CLI::App* optimize = fsrs->add_subcommand("optimize", "Fit the 21 FSRS-6 weights to a review log");
    optimize->add_option("FILE", optimizeOptions->path, "CSV review log (card_id,unix_ms,rating or card_id,review_rating,review_time), or -")->required();
    optimize->add_flag("--json", optimizeOptions->json, "Print one JSON object");
    optimize->add_option("--seed", optimizeOptions->seed, "Seed of the batch order (default 2023)");
    optimize->callback([optimizeOptions, &context] {
        context.verbRan = true;
        context.exitCode = runOptimize(*optimizeOptions);
    });

    auto simulateOptions = std::make_shared<SimulateOptions>();
    CLI::App* simulate = fsrs->add_subcommand(
        "simulate", "Simulate the next year of study for desired retention 0.70..0.97: reviews per day and share known");
    simulate->add_option("--log", simulateOptions->log, "Review log whose cards and rating habits to start from");
    simulate->add_option("--weights", simulateOptions->weights, "21 comma-separated FSRS-6 weights (default: FSRS-6's)");
    simulate->add_flag("--optimize", simulateOptions->optimize, "Fit the weights to --log first");
    simulate->add_option("--new", simulateOptions->newCards, "Cards not yet studied (default 0 with --log, else 1000)");
    simulate->add_option("--new-per-day", simulateOptions->newPerDay, "New cards per day (default 20)");
    simulate->add_option("--reviews-per-day", simulateOptions->reviewsPerDay, "Review limit per day (default 200)");
    simulate->add_option("--days", simulateOptions->days, "Days to simulate (default 365)");
    simulate->add_option("--step", simulateOptions->step, "Step of the retention grid (default 0.03)");
    simulate->add_option("--seed", simulateOptions->seed, "Seed of the simulated answers (default 2023)");
    simulate->add_flag("--json", simulateOptions->json, "Print one JSON object");
    simulate->callback([simulateOptions, &context] {
        context.verbRan = true;
        context.exitCode = runSimulate(*simulateOptions);
    });
}

}  // namespace retain::cli
