#include "core/scheduler/fsrs_weights.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

namespace retain {

std::array<double, 21> FsrsWeights::toArray() const {
    return {initialStabilityAgain,     initialStabilityHard,     initialStabilityGood,   initialStabilityEasy,
            initialDifficulty,         initialDifficultyExponent, difficultyDelta,       meanReversion,
            recallStabilityFactor,     recallStabilityDecay,      recallRetrievabilityGain, forgetStabilityFactor,
            forgetDifficultyExponent,  forgetStabilityExponent,   forgetRetrievabilityGain, hardPenalty,
            easyBonus,                 shortTermRatingFactor,     shortTermRatingOffset, shortTermStabilityExponent,
            decay};
}

FsrsWeights FsrsWeights::fromArray(const std::array<double, 21>& w) {
    FsrsWeights weights;
    weights.initialStabilityAgain = w[0];
    weights.initialStabilityHard = w[1];
    weights.initialStabilityGood = w[2];
    weights.initialStabilityEasy = w[3];
    weights.initialDifficulty = w[4];
    weights.initialDifficultyExponent = w[5];
    weights.difficultyDelta = w[6];
    weights.meanReversion = w[7];
    weights.recallStabilityFactor = w[8];
    weights.recallStabilityDecay = w[9];
    weights.recallRetrievabilityGain = w[10];
    weights.forgetStabilityFactor = w[11];
    weights.forgetDifficultyExponent = w[12];
    weights.forgetStabilityExponent = w[13];
    weights.forgetRetrievabilityGain = w[14];
    weights.hardPenalty = w[15];
    weights.easyBonus = w[16];
    weights.shortTermRatingFactor = w[17];
    weights.shortTermRatingOffset = w[18];
    weights.shortTermStabilityExponent = w[19];
    weights.decay = w[20];
    return weights;
}

std::optional<FsrsWeights> FsrsWeights::parse(std::string_view text, std::string& error) {
    std::array<double, 21> values{};
    std::size_t count = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        std::string field(text.substr(start, comma - start));
        const std::size_t first = field.find_first_not_of(" \t");
        const std::size_t last = field.find_last_not_of(" \t");
        field = first == std::string::npos ? std::string() : field.substr(first, last - first + 1);
        if (count == values.size()) {
            error = "expected 21 weights, got more";
            return std::nullopt;
        }
        char* end = nullptr;
        errno = 0;
        const double value = std::strtod(field.c_str(), &end);
        if (field.empty() || end != field.c_str() + field.size() || errno != 0 || !std::isfinite(value)) {
            error = "weight " + std::to_string(count) + " is not a number: '" + field + "'";
            return std::nullopt;
        }
        values[count++] = value;
        start = comma + 1;
    }
    if (count != values.size()) {
        error = "expected 21 weights, got " + std::to_string(count);
        return std::nullopt;
    }
    // decay must be positive: the curve exponent is -decay, and factor = 0.9^(1/-decay) - 1 divides by it.
    if (values[20] <= 0.0) {
        error = "weight 20 (decay) must be greater than 0";
        return std::nullopt;
    }
    return fromArray(values);
}

}  // namespace retain
