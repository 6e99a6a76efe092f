// Golden values for each FSRS-6 formula with the default weights. Every expected number was computed
// independently with python3 from the published formulas (the expression is in the comment beside it),
// not by running this code. w = (0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
// 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542).
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/scheduler/fsrs_formulas.hpp"

using namespace retain;
using doctest::Approx;

namespace {
const FsrsWeights kW;  // the defaults
constexpr double kEps = 1e-9;
}  // namespace

TEST_CASE("fsrs: default weights are the published FSRS-6 defaults in order w0..w20") {
    const std::array<double, 21> expected{0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                          0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                          1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    CHECK(kW.toArray() == expected);
    CHECK(FsrsWeights::fromArray(expected) == kW);
}

TEST_CASE("fsrs: curve constants decay = -w20 and factor = 0.9^(1/decay) - 1") {
    CHECK(fsrs::curveDecay(kW) == Approx(-0.1542).epsilon(kEps));
    CHECK(fsrs::curveFactor(kW) == Approx(0.9803464944134797).epsilon(kEps));  // 0.9**(1/-0.1542) - 1
}

TEST_CASE("fsrs: initial stability S0(G) = w[G-1]") {
    CHECK(fsrs::initialStability(kW, Rating::Again) == Approx(0.212));
    CHECK(fsrs::initialStability(kW, Rating::Hard) == Approx(1.2931));
    CHECK(fsrs::initialStability(kW, Rating::Good) == Approx(2.3065));
    CHECK(fsrs::initialStability(kW, Rating::Easy) == Approx(8.2956));
}

TEST_CASE("fsrs: initial difficulty D0(G) = w4 - e^(w5 (G-1)) + 1, clamped to 1..10") {
    CHECK(fsrs::initialDifficulty(kW, Rating::Again) == Approx(6.4133).epsilon(kEps));             // 6.4133 - 1 + 1
    CHECK(fsrs::initialDifficulty(kW, Rating::Hard) == Approx(5.112170705601055).epsilon(kEps));   // 7.4133 - e^0.8334
    CHECK(fsrs::initialDifficulty(kW, Rating::Good) == Approx(2.118103970459015).epsilon(kEps));   // 7.4133 - e^1.6668
    CHECK(fsrs::initialDifficulty(kW, Rating::Easy) == Approx(1.0));                               // clamped
    CHECK(fsrs::initialDifficulty(kW, Rating::Easy, false) == Approx(-4.771630703161737).epsilon(kEps));  // 7.4133 - e^2.5002
}

TEST_CASE("fsrs: forgetting curve R(t, S) = (1 + factor t / S)^decay") {
    CHECK(fsrs::forgettingCurve(kW, 0, 5.0) == Approx(1.0));
    CHECK(fsrs::forgettingCurve(kW, 10, 10.0) == Approx(0.9).epsilon(kEps));  // R(S, S) = 0.9 by design
    CHECK(fsrs::forgettingCurve(kW, 5, 2.3065) == Approx(0.8388614268145294).epsilon(kEps));  // (1+f*5/2.3065)^-0.1542
    CHECK(fsrs::forgettingCurve(kW, 100, 10.0) == Approx(0.6928266345726217).epsilon(kEps));  // (1+f*10)^-0.1542
}

TEST_CASE("fsrs: next interval I = S / factor (r^(1/decay) - 1), rounded, 1..maximum") {
    // At r = 0.9 the exact interval equals S, so the interval is S rounded.
    CHECK(fsrs::intervalForRetention(kW, 8.2956, 0.9) == Approx(8.2956).epsilon(kEps));
    CHECK(fsrs::nextInterval(kW, 8.2956, 0.9, 36500) == 8);
    CHECK(fsrs::nextInterval(kW, 2.3065, 0.9, 36500) == 2);
    CHECK(fsrs::nextInterval(kW, 0.212, 0.9, 36500) == 1);  // 0.212 rounds to 0, raised to 1
    CHECK(fsrs::intervalForRetention(kW, 100, 0.8) == Approx(331.5959786230981).epsilon(kEps));  // 100/f*(0.8^(1/-0.1542)-1)
    CHECK(fsrs::nextInterval(kW, 100, 0.8, 36500) == 332);
    CHECK(fsrs::intervalForRetention(kW, 100, 0.95) == Approx(40.2558691989992).epsilon(kEps));
    CHECK(fsrs::nextInterval(kW, 100, 0.95, 36500) == 40);
    CHECK(fsrs::nextInterval(kW, 100000, 0.9, 36500) == 36500);  // capped at the maximum
}

TEST_CASE("fsrs: next difficulty: linear damping, then mean reversion to D0(Easy)") {
    // D' = 5 - w6 (G-3) (10-5)/9; D'' = 0.001 * -4.771630703161737 + 0.999 * D'
    CHECK(fsrs::nextDifficulty(kW, 5, Rating::Again) == Approx(8.341762369296838).epsilon(kEps));
    CHECK(fsrs::nextDifficulty(kW, 5, Rating::Hard) == Approx(6.665995369296838).epsilon(kEps));
    CHECK(fsrs::nextDifficulty(kW, 5, Rating::Good) == Approx(4.9902283692968386).epsilon(kEps));
    CHECK(fsrs::nextDifficulty(kW, 5, Rating::Easy) == Approx(3.3144613692968385).epsilon(kEps));
    CHECK(fsrs::nextDifficulty(kW, 10, Rating::Again) <= 10.0);  // damping: (10-D) = 0, clamped
    CHECK(fsrs::nextDifficulty(kW, 1, Rating::Easy) == Approx(1.0));
}

TEST_CASE("fsrs: stability after success S(1 + e^w8 (11-D) S^-w9 (e^(w10(1-R)) - 1) w15|1|w16)") {
    // D = 5, S = 10, R = 0.9
    CHECK(fsrs::stabilityAfterSuccess(kW, 5, 10, 0.9, Rating::Hard) == Approx(23.246875110466817).epsilon(kEps));
    CHECK(fsrs::stabilityAfterSuccess(kW, 5, 10, 0.9, Rating::Good) == Approx(32.02672948198673).epsilon(kEps));
    CHECK(fsrs::stabilityAfterSuccess(kW, 5, 10, 0.9, Rating::Easy) == Approx(51.25386164681294).epsilon(kEps));
    // At R = 1 the increase term vanishes: e^0 - 1 = 0.
    CHECK(fsrs::stabilityAfterSuccess(kW, 5, 10, 1.0, Rating::Good) == Approx(10.0));
}

TEST_CASE("fsrs: stability after failure min(w11 D^-w12 ((S+1)^w13 - 1) e^(w14 (1-R)), S / e^(w17 w18))") {
    // Long-term term wins: 1.4835 * 5^-0.0614 * (11^0.2629 - 1) * e^(1.6483*0.1)
    CHECK(fsrs::stabilityAfterFailure(kW, 5, 10, 0.9) == Approx(1.3919869729546932).epsilon(kEps));
    // Post-lapse ceiling wins: long-term 1.4835 * (1.5^0.2629 - 1) * e^(1.6483*0.8) = 0.6238 > 0.5/e^(0.5425*0.0912)
    CHECK(fsrs::stabilityAfterFailure(kW, 1, 0.5, 0.2) == Approx(0.4758639996671754).epsilon(kEps));
    CHECK(fsrs::nextStability(kW, 5, 10, 0.9, Rating::Again) == Approx(1.3919869729546932).epsilon(kEps));
}

TEST_CASE("fsrs: short-term stability S e^(w17 (G-3+w18)) S^-w19, increase >= 1 for Hard, Good and Easy") {
    CHECK(fsrs::shortTermStability(kW, 2.3065, Rating::Again) == Approx(0.7750839828558983).epsilon(kEps));
    // e^(0.5425*(-0.9088)) * 2.3065^-0.0658 = 0.578 < 1: raised to 1, so the same-day Hard keeps S (fsrs-rs,
    // ts-fsrs 5: only Again may lower S on the same day).
    CHECK(fsrs::shortTermStability(kW, 2.3065, Rating::Hard) == Approx(2.3065).epsilon(kEps));
    // S = 0.01: Hard's increase e^(0.5425*(-0.9088)) 0.01^-0.0658 = 0.827 is raised to 1; Good's is 1.4226.
    CHECK(fsrs::shortTermStability(kW, 0.01, Rating::Hard) == Approx(0.01).epsilon(kEps));
    CHECK(fsrs::shortTermStability(kW, 0.01, Rating::Good) == Approx(0.01 * std::exp(0.5425 * 0.0912) * std::pow(0.01, -0.0658)).epsilon(kEps));
    // e^(0.5425*0.0912) * 2.3065^-0.0658 = 0.9945 < 1, so Good keeps S unchanged.
    CHECK(fsrs::shortTermStability(kW, 2.3065, Rating::Good) == Approx(2.3065).epsilon(kEps));
    CHECK(fsrs::shortTermStability(kW, 2.3065, Rating::Easy) == Approx(3.9460540679694778).epsilon(kEps));
}

TEST_CASE("fsrs: weights parse from 21 comma-separated numbers") {
    std::string error;
    const auto parsed = FsrsWeights::parse(
        "0.212, 1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,"
        "0.6014,1.8729,0.5425,0.0912,0.0658,0.3",
        error);
    REQUIRE(parsed);
    CHECK(parsed->decay == Approx(0.3));
    CHECK(parsed->initialStabilityHard == Approx(1.2931));
    CHECK_FALSE(FsrsWeights::parse("1,2,3", error));
    CHECK(error.find("21") != std::string::npos);
    CHECK_FALSE(FsrsWeights::parse("0.2,1,2,8,6,0.8,3,0.001,1.8,0.1,0.7,1.4,0.06,0.2,1.6,0.6,1.8,0.5,0.09,0.06,x",
                                   error));
    CHECK(error.find("weight 20") != std::string::npos);
    CHECK_FALSE(FsrsWeights::parse("0.2,1,2,8,6,0.8,3,0.001,1.8,0.1,0.7,1.4,0.06,0.2,1.6,0.6,1.8,0.5,0.09,0.06,0",
                                   error));  // decay 0 would divide by zero
}
