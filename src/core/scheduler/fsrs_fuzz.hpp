// Interval fuzz for FSRS review intervals: spreads cards that would fall due on the same day, using the
// same ranges as the reference implementations, but drawn from a hash of the card so a card gets the same
// interval on every machine and every preview.
#pragma once

#include <cstdint>
#include <string_view>

namespace retain::fsrs {

// The whole-day interval range a fuzzed interval is drawn from.
struct FuzzRange {
    int minDays = 0;
    int maxDays = 0;
};

// Returns the range for intervalDays (>= 3; shorter intervals are not fuzzed): intervalDays +/- delta,
// delta = 1 + 0.15 x (part of the interval in 2.5..7 days) + 0.10 x (part in 7..20) + 0.05 x (part above 20),
// both ends rounded, min at least 2 and, when the interval is longer than elapsedDays (days since the last
// review), at least elapsedDays + 1 (ts-fsrs), max at most maximumIntervalDays.
FuzzRange fuzzRange(int intervalDays, int maximumIntervalDays, int elapsedDays = 0);
// Returns a number in [0, 1) fixed by (cardKey, reps): FNV-1a 64 of the key and reps, then a SplitMix64 mix.
double fuzzFraction(std::string_view cardKey, int reps);
// Returns the fuzzed interval, days: intervalDays unchanged below 2.5 days, else
// minDays + floor(fraction x (maxDays - minDays + 1)) of fuzzRange.
int fuzzedInterval(int intervalDays, int maximumIntervalDays, double fraction, int elapsedDays = 0);

}  // namespace retain::fsrs
