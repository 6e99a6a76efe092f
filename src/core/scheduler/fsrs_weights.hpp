// The 21 parameters of FSRS-6, each named after the role it plays in the formulas (docs/scheduling.md).
// Defaults are the published FSRS-6 defaults (py-fsrs 6 / fsrs-rs); index i in comments is w[i].
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace retain {

struct FsrsWeights {
    double initialStabilityAgain = 0.212;      // w0: S0 after a first Again, days
    double initialStabilityHard = 1.2931;      // w1: S0 after a first Hard, days
    double initialStabilityGood = 2.3065;      // w2: S0 after a first Good, days
    double initialStabilityEasy = 8.2956;      // w3: S0 after a first Easy, days
    double initialDifficulty = 6.4133;         // w4: D0 base (difficulty after a first Again)
    double initialDifficultyExponent = 0.8334; // w5: how fast D0 falls with a better first rating
    double difficultyDelta = 3.0194;           // w6: difficulty change per rating step away from Good
    double meanReversion = 0.001;              // w7: pull of difficulty towards D0(Easy), 0..1
    double recallStabilityFactor = 1.8722;     // w8: exp(w8) scales the stability increase after recall
    double recallStabilityDecay = 0.1666;      // w9: stability increase shrinks as S^-w9
    double recallRetrievabilityGain = 0.796;   // w10: lower retrievability at review, bigger increase
    double forgetStabilityFactor = 1.4835;     // w11: scale of post-lapse stability
    double forgetDifficultyExponent = 0.0614;  // w12: post-lapse stability falls as D^-w12
    double forgetStabilityExponent = 0.2629;   // w13: post-lapse stability grows as (S+1)^w13 - 1
    double forgetRetrievabilityGain = 1.6483;  // w14: post-lapse stability grows as exp(w14 (1-R))
    double hardPenalty = 0.6014;               // w15: multiplies the increase after Hard (< 1)
    double easyBonus = 1.8729;                 // w16: multiplies the increase after Easy (> 1)
    double shortTermRatingFactor = 0.5425;     // w17: same-day stability change per rating step
    double shortTermRatingOffset = 0.0912;     // w18: same-day offset added to (G - 3)
    double shortTermStabilityExponent = 0.0658;// w19: same-day increase shrinks as S^-w19
    double decay = 0.1542;                     // w20: forgetting-curve decay; the curve exponent is -w20

    // Returns the weights in published order w0..w20.
    std::array<double, 21> toArray() const;
    // Returns weights from w0..w20 in published order.
    static FsrsWeights fromArray(const std::array<double, 21>& w);
    // Parses "w0,w1,...,w20" (21 comma-separated numbers, spaces allowed); nullopt and error set otherwise.
    static std::optional<FsrsWeights> parse(std::string_view text, std::string& error);

    bool operator==(const FsrsWeights&) const = default;
};

}  // namespace retain
