// FSRS training items as fsrs-rs builds them (docs/scheduling.md, "Evaluation"): each review after a card's
// first, on a later day than the review before it, is one item carrying the card's whole history; then the
// outlier filter, the order in which fsrs-rs weighs them, the recency weights and the RMSE(bins) bin.
#pragma once

#include <cstddef>
#include <cstdint>
#include <tuple>
#include <vector>

#include "core/scheduler/fsrs_replay.hpp"

namespace retain::fsrs {

// One review inside an item: the rating and the whole days since the card's previous review (0 for the
// first review and for same-day reviews).
struct ItemReview {
    int rating = 3;      // 1..4
    int deltaDays = 0;   // days since the previous review of the card
};

// One prediction target with the history that leads to it: reviews.back() is the target (deltaDays >= 1).
struct TrainingItem {
    std::vector<ItemReview> reviews;
    UnixMs targetMs = 0;  // when the target review happened, Unix ms

    // Returns the target review.
    const ItemReview& target() const { return reviews.back(); }
    // Returns the number of reviews with deltaDays >= 1, the target included.
    int longTermReviewCount() const;
    // Returns the first review with deltaDays >= 1 (the target when it is the only one).
    const ItemReview& firstLongTermReview() const;
    // Returns true when the target is recalled (rating > 1): the label of the loss.
    bool recalled() const { return target().rating > 1; }
};

constexpr std::size_t kMaxItemReviews = 256;  // longer items are dropped from training (fsrs-rs)

// Builds the items of a review log: cards in order of first appearance (for a log in time order, that is
// the order of their first review, which is Anki's card-id order), each card's reviews sorted by time
// (stable), delta days in whole days under rolloverHour. Items whose target is on the same day as the
// review before it are not built, but that review stays in later items' history.
std::vector<TrainingItem> buildTrainingItems(const std::vector<ReplayReview>& reviews, int rolloverHour = 0);

// The items fsrs-rs trains and evaluates on, in the order that sets their recency weights.
struct TrainingSet {
    // Items with exactly one long-term review that survive the outlier filter, grouped by first rating
    // (ascending), then by target delta days (smallest groups first): S0 pre-training uses these.
    std::vector<TrainingItem> initialization;
    // initialization, then the items with more long-term reviews whose (first rating, first long-term delta)
    // pair was not removed, in build order; items longer than kMaxItemReviews are dropped.
    std::vector<TrainingItem> items;
    std::size_t removedByFilter = 0;  // built items the outlier filter removed
};

// Applies the outlier filter to items with exactly one long-term review, grouped by (first rating, delta
// days): per rating, the smallest groups are removed until at least max(20, total / 20) items are gone;
// of the rest, groups of fewer than 6 items or over 100 days (365 for a first Easy) are removed too. Every
// item whose (first rating, first long-term delta) pair was removed is dropped.
TrainingSet prepareTrainingSet(const std::vector<TrainingItem>& items);

// Returns the recency weight of item index of count: 0.25 + 0.75 (index / (count - 1))^3.
double recencyWeight(std::size_t index, std::size_t count);

// The RMSE(bins) bin of an item: (interval bin, review-count bin, lapse bin), each the rounded value of
// base^floor(log_base x) scaled as fsrs-rs does (interval 2.48 x 3.62^k x 100, count 1.99 x 1.89^k with
// x = long-term reviews + 1, lapses 1.65 x 1.73^k, 0 without a lapse; lapses = earlier long-term Agains).
std::tuple<std::uint32_t, std::uint32_t, std::uint32_t> rmseBin(const TrainingItem& item);

}  // namespace retain::fsrs
