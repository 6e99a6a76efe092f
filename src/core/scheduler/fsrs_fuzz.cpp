#include "core/scheduler/fsrs_fuzz.hpp"

#include <algorithm>
#include <cmath>

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

FuzzRange fuzzRange(int intervalDays, int maximumIntervalDays) {
    const double days = intervalDays;
    double delta = 1.0;
    for (const FuzzBand& band : kBands) delta += band.factor * std::max(std::min(days, band.endDays) - band.startDays, 0.0);
    FuzzRange range;
    range.minDays = std::max(2, static_cast<int>(std::round(days - delta)));
    range.maxDays = std::min(static_cast<int>(std::round(days + delta)), maximumIntervalDays);
    range.minDays = std::min(range.minDays, range.maxDays);
    return range;
}

double fuzzFraction(std::string_view cardKey, int reps) {
    std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a 64 offset basis
    auto mixByte = [&hash](unsigned char byte) {
        hash ^= byte;
        hash *= 1099511628211ULL;  // FNV-1a 64 prime
    };
    for (char c : cardKey) mixByte(static_cast<unsigned char>(c));
    mixByte(0);  // separator, so ("a", 12) and ("a1", 2) differ
    for (int i = 0; i < 4; ++i) mixByte(static_cast<unsigned char>((static_cast<unsigned>(reps) >> (8 * i)) & 0xFF));
    // SplitMix64 finaliser: spreads FNV's weak low bits over the whole word.
    hash += 0x9E3779B97F4A7C15ULL;
    hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9ULL;
    hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBULL;
    hash ^= hash >> 31;
    return static_cast<double>(hash >> 11) * 0x1.0p-53;  // top 53 bits -> [0, 1)
}

int fuzzedInterval(int intervalDays, int maximumIntervalDays, double fraction) {
    if (intervalDays < 3) return intervalDays;  // whole days below 2.5 are not fuzzed
    const FuzzRange range = fuzzRange(intervalDays, maximumIntervalDays);
    const int span = range.maxDays - range.minDays + 1;
    const int offset = std::min(static_cast<int>(std::floor(fraction * span)), span - 1);
    return range.minDays + offset;
}

}  // namespace retain::fsrs
