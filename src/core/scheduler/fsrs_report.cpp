#include "core/scheduler/fsrs_report.hpp"

#include <cstdio>

namespace retain::fsrs {

namespace {

std::string number(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

const char* outcomeName(OptimizerOutcome outcome) {
    switch (outcome) {
        case OptimizerOutcome::Optimised: return "optimised";
        case OptimizerOutcome::InitialOnly: return "initial_stability_only";
        case OptimizerOutcome::TooFewItems: return "too_few_reviews";
        case OptimizerOutcome::Cancelled: return "cancelled";
    }
    return "optimised";
}

}  // namespace

std::string jsonEscape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

std::string weightsList(const FsrsWeights& weights) {
    std::string out;
    for (double w : weights.toArray()) {
        if (!out.empty()) out += ',';
        out += number(w, 4);
    }
    return out;
}

std::string evaluationJson(const EvaluationReport& report) {
    return "{\"log_loss\":" + number(report.metrics.logLoss, 6) + ",\"rmse_bins\":" + number(report.metrics.rmseBins, 6) +
           ",\"items\":" + std::to_string(report.builtItems) + ",\"evaluated_items\":" + std::to_string(report.metrics.items) +
           "}\n";
}

std::string evaluationText(const EvaluationReport& report) {
    return "items: " + std::to_string(report.builtItems) + " built, " + std::to_string(report.metrics.items) +
           " scored after the outlier filter\nlog loss: " + number(report.metrics.logLoss, 4) +
           "\nRMSE(bins): " + number(report.metrics.rmseBins, 4) + "\n";
}

std::string optimizationJson(const OptimizerResult& result, double seconds) {
    std::string weights;
    for (double w : result.weights.toArray()) {
        if (!weights.empty()) weights += ',';
        weights += number(w, 6);
    }
    return "{\"weights\":[" + weights + "],\"log_loss\":" + number(result.after.logLoss, 6) +
           ",\"rmse_bins\":" + number(result.after.rmseBins, 6) + ",\"default_log_loss\":" + number(result.before.logLoss, 6) +
           ",\"default_rmse_bins\":" + number(result.before.rmseBins, 6) + ",\"items\":" + std::to_string(result.builtItems) +
           ",\"evaluated_items\":" + std::to_string(result.after.items) + ",\"seconds\":" + number(seconds, 3) +
           ",\"outcome\":\"" + outcomeName(result.outcome) + "\",\"message\":\"" + jsonEscape(result.message) + "\"}\n";
}

std::string optimizationText(const OptimizerResult& result, double seconds) {
    return result.message + "\nitems: " + std::to_string(result.builtItems) + " built, " + std::to_string(result.after.items) +
           " used\nlog loss: " + number(result.before.logLoss, 4) + " -> " + number(result.after.logLoss, 4) +
           "\nRMSE(bins): " + number(result.before.rmseBins, 4) + " -> " + number(result.after.rmseBins, 4) +
           "\ntime: " + number(seconds, 2) + " s\nweights: " + weightsList(result.weights) + "\n";
}

}  // namespace retain::fsrs
