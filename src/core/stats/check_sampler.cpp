#include "core/stats/check_sampler.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace retain {

namespace {

// SplitMix64: a small PRNG whose sequence is fixed by its seed on every platform (the standard library's
// distributions are not), so a seed names the same check everywhere.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Returns a uniform integer in [0, bound) (bound >= 1), rejecting the biased top of the range.
    std::uint64_t below(std::uint64_t bound) {
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
        std::uint64_t value = next();
        while (value >= limit) value = next();
        return value % bound;
    }

private:
    std::uint64_t m_state;
};

// Fisher-Yates with the seeded generator.
template <typename T>
void seededShuffle(std::vector<T>& items, SplitMix64& random) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[random.below(i)]);
}

}  // namespace

std::vector<int> allocateProportionally(const std::vector<int>& sizes, int total) {
    const long long sum = std::accumulate(sizes.begin(), sizes.end(), 0LL);
    std::vector<int> seats(sizes.size(), 0);
    if (sum <= 0 || total <= 0) return seats;
    const long long wanted = std::min<long long>(total, sum);
    std::vector<long long> remainders(sizes.size(), 0);  // numerators over sum
    long long given = 0;
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const long long product = wanted * sizes[i];
        seats[i] = static_cast<int>(product / sum);
        remainders[i] = product % sum;
        given += seats[i];
    }
    std::vector<std::size_t> order(sizes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (remainders[a] != remainders[b]) return remainders[a] > remainders[b];
        return sizes[a] > sizes[b];
    });
    for (std::size_t k = 0; given < wanted && k < order.size(); ++k) {
        const std::size_t i = order[k];
        if (seats[i] < sizes[i]) {
            ++seats[i];
            ++given;
        }
    }
    return seats;
}

std::vector<CheckItem> sampleCheck(const std::vector<const Bank*>& banks, int count, std::uint64_t seed) {
    // Strata in tag order, members in bank then file order: the input order is fixed, so the seed decides.
    std::map<std::string, std::vector<CheckItem>> strata;
    for (const Bank* bank : banks) {
        for (const Question& question : bank->questions) {
            std::string stratum = question.tags.empty() ? std::string() : question.tags.front();
            strata[stratum].push_back(CheckItem{CardKey{bank->id, question.id}, &question, stratum});
        }
    }
    std::vector<int> sizes;
    for (const auto& [name, members] : strata) sizes.push_back(static_cast<int>(members.size()));
    const std::vector<int> seats = allocateProportionally(sizes, count);

    SplitMix64 random(seed);
    std::vector<CheckItem> sample;
    std::size_t index = 0;
    for (auto& [name, members] : strata) {
        seededShuffle(members, random);
        const auto taken = static_cast<std::ptrdiff_t>(seats[index++]);
        sample.insert(sample.end(), members.begin(), members.begin() + taken);
    }
    seededShuffle(sample, random);
    return sample;
}

}  // namespace retain
