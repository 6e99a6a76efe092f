#include "core/scheduler/fsrs_fuzz.hpp"

#include <algorithm>
#include <cmath>

#include "core/fnv1a.hpp"
#include "core/seeded_random.hpp"

namespace retain::fsrs {

namespace {

// One band of the fuzz: the part of the interval between startDays and endDays adds factor x that part.
struct FuzzBand {
    double startDays;
    double endDays;
    double factor;
};

constexpr FuzzBand kBands[] = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.10}, {20.0, 1e300, 0.05}};

}  // namespace

FuzzRange fuzzRange(int intervalDays, int maximumIntervalDays, int elapsedDays) {
    const double days = intervalDays;
    double delta = 1.0;
    for (const FuzzBand& band : kBands) delta += band.factor * std::max(std::min(days, band.endDays) - band.startDays, 0.0);
    FuzzRange range;
    range.minDays = std::max(2, static_cast<int>(std::round(days - delta)));
    range.maxDays = std::min(static_cast<int>(std::round(days + delta)), maximumIntervalDays);
    if (intervalDays > elapsedDays) range.minDays = std::max(range.minDays, elapsedDays + 1);
    range.minDays = std::min(range.minDays, range.maxDays);
    return range;
}

double fuzzFraction(std::string_view cardKey, int reps) {
    // The card key, a 0 separator (so ("a", 12) and ("a1", 2) differ), then reps as 4 little-endian bytes.
    std::uint64_t hash = fnv1a64(cardKey);
    const auto count = static_cast<std::uint32_t>(reps);
    const char tail[5] = {0, static_cast<char>(count & 0xFF), static_cast<char>((count >> 8) & 0xFF),
                          static_cast<char>((count >> 16) & 0xFF), static_cast<char>((count >> 24) & 0xFF)};
    hash = fnv1a64(std::string_view(tail, sizeof tail), hash);
    // SplitMix64's step spreads FNV's weak low bits over the whole word.
    hash = splitMix64Mix(hash + SplitMix64::kIncrement);
    return static_cast<double>(hash >> 11) * 0x1.0p-53;  // top 53 bits -> [0, 1)
}

int fuzzedInterval(int intervalDays, int maximumIntervalDays, double fraction, int elapsedDays) {
    if (intervalDays < 3) return intervalDays;  // whole days below 2.5 are not fuzzed
    const FuzzRange range = fuzzRange(intervalDays, maximumIntervalDays, elapsedDays);
    const int span = range.maxDays - range.minDays + 1;
    const int offset = std::min(static_cast<int>(std::floor(fraction * span)), span - 1);
    return range.minDays + offset;
}

}  // namespace retain::fsrs
