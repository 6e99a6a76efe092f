#include "core/stats/check_sampler.hpp"

#include <algorithm>
#include <iterator>
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

namespace {

CheckItem checkItem(const Bank& bank, const Question& question) {
    std::string stratum = question.tags.empty() ? std::string() : question.tags.front();
    return CheckItem{CardKey{bank.id, question.id}, &question, std::move(stratum)};
}

}  // namespace

std::vector<CheckItem> sampleCheck(const std::vector<const Bank*>& banks, int count, std::uint64_t seed) {
    std::vector<CheckItem> candidates;
    for (const Bank* bank : banks) {
        for (const Question& question : bank->questions) candidates.push_back(checkItem(*bank, question));
    }
    return sampleItems(std::move(candidates), count, seed);
}

CheckSample sampleStudiedFirst(const std::vector<const Bank*>& banks, const std::map<CardKey, StoredCard>& cards, int count,
                               std::uint64_t seed) {
    std::vector<CheckItem> studied;
    std::vector<CheckItem> neverStudied;
    for (const Bank* bank : banks) {
        for (const Question& question : bank->questions) {
            if (question.draft) continue;  // not studied until a teacher accepts it
            const auto found = cards.find(CardKey{bank->id, question.id});
            const bool reviewed = found != cards.end() && found->second.memory.phase != CardPhase::New;
            (reviewed ? studied : neverStudied).push_back(checkItem(*bank, question));
        }
    }
    CheckSample sample;
    sample.items = sampleItems(std::move(studied), count, seed);
    sample.studied = static_cast<int>(sample.items.size());
    if (sample.studied < count) {
        // The same seed: the pools are disjoint, and a check of a profile that studied nothing asks what it always did.
        std::vector<CheckItem> fill = sampleItems(std::move(neverStudied), count - sample.studied, seed);
        sample.neverStudied = static_cast<int>(fill.size());
        std::move(fill.begin(), fill.end(), std::back_inserter(sample.items));
    }
    return sample;
}

}  // namespace retain
