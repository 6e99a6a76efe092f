#include "core/stats/check_sampler.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "core/seeded_random.hpp"

namespace retain {

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

std::vector<CheckItem> sampleItems(std::vector<CheckItem> candidates, int count, std::uint64_t seed) {
    // Strata in name order, members in candidate order: the input order is fixed, so the seed decides.
    std::map<std::string, std::vector<CheckItem>> strata;
    for (CheckItem& item : candidates) strata[item.stratum].push_back(std::move(item));
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

std::vector<CheckItem> sampleCheck(const std::vector<const Bank*>& banks, int count, std::uint64_t seed) {
    std::vector<CheckItem> candidates;
    for (const Bank* bank : banks) {
        for (const Question& question : bank->questions) {
            std::string stratum = question.tags.empty() ? std::string() : question.tags.front();
            candidates.push_back(CheckItem{CardKey{bank->id, question.id}, &question, std::move(stratum)});
        }
    }
    return sampleItems(std::move(candidates), count, seed);
}

}  // namespace retain
