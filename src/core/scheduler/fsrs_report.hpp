// Text and JSON output of `retain fsrs evaluate`, `optimize` and `simulate` (docs/scheduling.md).
#pragma once

#include <string>

#include "core/scheduler/fsrs_optimizer.hpp"

namespace retain::fsrs {

// What `retain fsrs evaluate` reports.
struct EvaluationReport {
    FsrsMetrics metrics;          // on the items fsrs-rs scores (after the outlier filter)
    std::size_t builtItems = 0;   // items built from the log
};

// Returns {"log_loss":..,"rmse_bins":..,"items":built,"evaluated_items":..}.
std::string evaluationJson(const EvaluationReport& report);
// Returns a few lines for people.
std::string evaluationText(const EvaluationReport& report);

// Returns {"weights":[21],"log_loss","rmse_bins","default_log_loss","default_rmse_bins","items",
// "evaluated_items","seconds","outcome","message"}; seconds is the optimisation's wall time.
std::string optimizationJson(const OptimizerResult& result, double seconds);
// Returns a few lines for people, the weights as one comma-separated line (for --weights).
std::string optimizationText(const OptimizerResult& result, double seconds);

// Returns the weights as "w0,...,w20" with 4 decimals (the --weights spelling).
std::string weightsList(const FsrsWeights& weights);
// Returns text with '"' and '\' escaped for a JSON string.
std::string jsonEscape(const std::string& text);

}  // namespace retain::fsrs
