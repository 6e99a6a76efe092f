// Forward-mode dual numbers over the 21 FSRS-6 weights: a value and its exact partial derivatives, so the
// optimiser gets exact gradients of the loss without a machine-learning framework (docs/scheduling.md).
#pragma once

#include <array>
#include <cmath>

namespace retain::fsrs {

constexpr int kWeightCount = 21;

// A number v with its gradient d (d[i] = dv/dw_i).
struct Dual {
    double v = 0.0;
    std::array<double, kWeightCount> d{};

    Dual() = default;
    // A constant: every partial derivative is 0.
    Dual(double value) : v(value) {}  // NOLINT: implicit, so formulas mix weights and constants
    // Returns weight i with value v: d = e_i.
    static Dual variable(double value, int i) {
        Dual x(value);
        x.d[static_cast<std::size_t>(i)] = 1.0;
        return x;
    }
};

// Returns the value part of a double (itself) or of a Dual, so templated formulas can branch on values.
inline double valueOf(double x) { return x; }
inline double valueOf(const Dual& x) { return x.v; }

// Returns a + b (derivatives add).
inline Dual operator+(const Dual& a, const Dual& b) {
    Dual r(a.v + b.v);
    for (int i = 0; i < kWeightCount; ++i) r.d[i] = a.d[i] + b.d[i];
    return r;
}
// Returns a - b.
inline Dual operator-(const Dual& a, const Dual& b) {
    Dual r(a.v - b.v);
    for (int i = 0; i < kWeightCount; ++i) r.d[i] = a.d[i] - b.d[i];
    return r;
}
// Returns -a.
inline Dual operator-(const Dual& a) { return Dual(0.0) - a; }
// Returns a b (product rule).
inline Dual operator*(const Dual& a, const Dual& b) {
    Dual r(a.v * b.v);
    for (int i = 0; i < kWeightCount; ++i) r.d[i] = a.d[i] * b.v + a.v * b.d[i];
    return r;
}
// Returns a / b (quotient rule).
inline Dual operator/(const Dual& a, const Dual& b) {
    Dual r(a.v / b.v);
    const double inverse = 1.0 / b.v;
    for (int i = 0; i < kWeightCount; ++i) r.d[i] = (a.d[i] - r.v * b.d[i]) * inverse;
    return r;
}
// Returns f(a) given value = f(a.v) and slope = f'(a.v): the chain rule.
inline Dual chain(const Dual& a, double value, double slope) {
    Dual r(value);
    for (int i = 0; i < kWeightCount; ++i) r.d[i] = slope * a.d[i];
    return r;
}
// Returns e^a.
inline Dual exp(const Dual& a) {
    const double e = std::exp(a.v);
    return chain(a, e, e);
}
// Returns ln a (a > 0).
inline Dual log(const Dual& a) { return chain(a, std::log(a.v), 1.0 / a.v); }
// Returns a^p for a constant exponent p.
inline Dual pow(const Dual& a, double p) {
    const double value = std::pow(a.v, p);
    return chain(a, value, p * std::pow(a.v, p - 1.0));
}
// Returns a^b = e^(b ln a) (a > 0) when both depend on the weights.
inline Dual pow(const Dual& a, const Dual& b) { return exp(b * log(a)); }

}  // namespace retain::fsrs
