// Seeded randomness that is the same on every platform. The standard library's engines are portable but
// its distributions and std::shuffle are not, and a seed must name the same check, exam paper, option
// order or interval fuzz on every machine a class uses. Retain's one generator.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace retain {

// Returns SplitMix64's output mix of z: a bijection that spreads every input bit over the whole word.
std::uint64_t splitMix64Mix(std::uint64_t z);

// SplitMix64 (Steele, Lea, Flood 2014): a small, fast generator fully determined by its 64-bit seed.
class SplitMix64 {
public:
    // The golden-ratio increment the generator adds to its state at each step.
    static constexpr std::uint64_t kIncrement = 0x9E3779B97F4A7C15ULL;

    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    // Returns the next 64 random bits.
    std::uint64_t next() { return splitMix64Mix(m_state += kIncrement); }

    // Returns a uniform integer in [0, bound) for bound >= 1, rejecting the biased top of the range.
    std::uint64_t below(std::uint64_t bound);

private:
    std::uint64_t m_state;
};

// Shuffles items in place (Fisher-Yates) with random.
template <typename T>
void seededShuffle(std::vector<T>& items, SplitMix64& random) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[random.below(i)]);
}

// Returns a permutation of 0..count-1 fixed by seed. Empty when count <= 0.
std::vector<int> seededPermutation(int count, std::uint64_t seed);

}  // namespace retain
