// Seeded randomness (see seeded_random.hpp).
#include "core/seeded_random.hpp"

#include <limits>
#include <numeric>

namespace retain {

std::uint64_t splitMix64Mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t SplitMix64::below(std::uint64_t bound) {
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    const std::uint64_t limit = kMax - kMax % bound;
    std::uint64_t value = next();
    while (value >= limit) value = next();
    return value % bound;
}

std::vector<int> seededPermutation(int count, std::uint64_t seed) {
    if (count <= 0) return {};
    std::vector<int> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    SplitMix64 random(seed);
    seededShuffle(order, random);
    return order;
}

}  // namespace retain
