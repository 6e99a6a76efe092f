// Training items, the outlier filter and the RMSE(bins) bins (fsrs_training_items.hpp).
//
// [SECTION] items
// [SECTION] outlier filter and order
// [SECTION] weights and bins
#include "core/scheduler/fsrs_training_items.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

namespace retain::fsrs {

// [SECTION] items ---------------------------------------------------------------------------------

int TrainingItem::longTermReviewCount() const {
    return static_cast<int>(std::count_if(reviews.begin(), reviews.end(), [](const ItemReview& r) { return r.deltaDays >= 1; }));
}

const ItemReview& TrainingItem::firstLongTermReview() const {
    for (const ItemReview& review : reviews)
        if (review.deltaDays >= 1) return review;
    return reviews.back();
}

std::vector<TrainingItem> buildTrainingItems(const std::vector<ReplayReview>& reviews, int rolloverHour) {
    // Group by card in order of first appearance; a stable sort keeps equal times in file order.
    std::unordered_map<std::string, std::size_t> cardIndex;
    std::vector<std::vector<const ReplayReview*>> cards;
    for (const ReplayReview& review : reviews) {
        const auto [it, inserted] = cardIndex.emplace(review.cardId, cards.size());
        if (inserted) cards.emplace_back();
        cards[it->second].push_back(&review);
    }
    std::vector<TrainingItem> items;
    for (std::vector<const ReplayReview*>& card : cards) {
        std::stable_sort(card.begin(), card.end(),
                         [](const ReplayReview* a, const ReplayReview* b) { return a->timeMs < b->timeMs; });
        std::vector<ItemReview> history;
        for (std::size_t i = 0; i < card.size(); ++i) {
            const int delta = i == 0 ? 0 : elapsedDays(card[i - 1]->timeMs, card[i]->timeMs, rolloverHour);
            history.push_back({static_cast<int>(card[i]->rating), delta});
            if (i > 0 && delta >= 1) items.push_back({history, card[i]->timeMs});
        }
    }
    return items;
}

// [SECTION] outlier filter and order --------------------------------------------------------------

TrainingSet prepareTrainingSet(const std::vector<TrainingItem>& items) {
    // rating -> delta days -> indices of items with exactly one long-term review.
    std::map<int, std::map<int, std::vector<std::size_t>>> groups;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].longTermReviewCount() == 1)
            groups[items[i].reviews.front().rating][items[i].target().deltaDays].push_back(i);

    TrainingSet set;
    std::set<std::pair<int, int>> removed;  // (first rating, delta days)
    for (const auto& [rating, byDelta] : groups) {
        std::vector<std::pair<int, const std::vector<std::size_t>*>> subgroups;
        std::size_t total = 0;
        for (const auto& [delta, indices] : byDelta) {
            subgroups.emplace_back(delta, &indices);
            total += indices.size();
        }
        // Smallest groups first; among equal sizes the shorter delay first.
        std::sort(subgroups.begin(), subgroups.end(), [](const auto& a, const auto& b) {
            if (a.second->size() != b.second->size()) return a.second->size() < b.second->size();
            return a.first < b.first;
        });
        const std::size_t quota = std::max<std::size_t>(20, total / 20);
        const int longestDelta = rating == 4 ? 365 : 100;
        std::size_t removedCount = 0;
        for (const auto& [delta, indices] : subgroups) {
            if (removedCount + indices->size() >= quota) {
                if (indices->size() >= 6 && delta <= longestDelta) {
                    for (std::size_t index : *indices) set.initialization.push_back(items[index]);
                } else {
                    removed.insert({rating, delta});
                }
            } else {
                removedCount += indices->size();
                removed.insert({rating, delta});
            }
        }
    }
    set.items = set.initialization;
    for (const TrainingItem& item : items) {
        if (item.longTermReviewCount() == 1) continue;  // already placed (or removed) above
        if (removed.count({item.reviews.front().rating, item.firstLongTermReview().deltaDays})) continue;
        set.items.push_back(item);
    }
    std::erase_if(set.items, [](const TrainingItem& item) { return item.reviews.size() > kMaxItemReviews; });
    std::erase_if(set.initialization, [](const TrainingItem& item) { return item.reviews.size() > kMaxItemReviews; });
    set.removedByFilter = items.size() - set.items.size();
    return set;
}

// [SECTION] weights and bins ----------------------------------------------------------------------

double recencyWeight(std::size_t index, std::size_t count) {
    const double last = count > 1 ? static_cast<double>(count - 1) : 1.0;
    return 0.25 + 0.75 * std::pow(static_cast<double>(index) / last, 3);
}

namespace {

// Returns round(scale x base^floor(log_base x)), the lower edge of x's logarithmic bin, scaled.
std::uint32_t logBin(double x, double base, double scale) {
    return static_cast<std::uint32_t>(std::lround(scale * std::pow(base, std::floor(std::log(x) / std::log(base)))));
}

}  // namespace

std::tuple<std::uint32_t, std::uint32_t, std::uint32_t> rmseBin(const TrainingItem& item) {
    const std::uint32_t interval = logBin(item.target().deltaDays, 3.62, 2.48 * 100.0);
    const std::uint32_t count = logBin(item.longTermReviewCount() + 1.0, 1.89, 1.99);
    int lapses = 0;
    for (std::size_t i = 0; i + 1 < item.reviews.size(); ++i)
        if (item.reviews[i].rating == 1 && item.reviews[i].deltaDays >= 1) ++lapses;
    return {interval, count, lapses == 0 ? 0u : logBin(lapses, 1.73, 1.65)};
}

}  // namespace retain::fsrs
