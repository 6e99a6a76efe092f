// fsrs-rs-style training data and metrics on small made-up logs: which reviews become items, the outlier
// filter and the order it leaves, RMSE(bins) bins, the recency-weighted log loss, and the review-log reader.
#include <doctest/doctest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "core/scheduler/fsrs_loss.hpp"
#include "core/scheduler/fsrs_review_log.hpp"
#include "core/scheduler/fsrs_training_items.hpp"

using namespace retain;
using namespace retain::fsrs;
using doctest::Approx;

namespace {

constexpr UnixMs kDay = kMsPerDay;
constexpr UnixMs kJan1 = 1704067200000;  // 2024-01-01 00:00 UTC

ReplayReview review(const std::string& card, UnixMs timeMs, int rating) {
    return ReplayReview{card, timeMs, static_cast<Rating>(rating), 0};
}

TrainingItem item(std::vector<ItemReview> reviews) { return TrainingItem{std::move(reviews), 0}; }

std::vector<int> deltas(const TrainingItem& item) {
    std::vector<int> out;
    for (const ItemReview& r : item.reviews) out.push_back(r.deltaDays);
    return out;
}

}  // namespace

TEST_CASE("fsrs items: one per later-day review, with the whole history; same-day reviews stay in it") {
    const std::vector<ReplayReview> log = {
        review("b", kJan1 + 9 * kDay, 3),                 // b appears first in the file, reviewed later
        review("a", kJan1 + 8 * 3600000, 3),              // a day 0 08:00
        review("a", kJan1 + 8 * 3600000 + 600000, 1),     // a day 0 08:10: same day, not an item
        review("a", kJan1 + kDay + 1000, 3),              // a day 1: item
        review("a", kJan1 + 3 * kDay, 1),                 // a day 3: item (a lapse)
        review("a", kJan1 + 3 * kDay + 60000, 3),         // a day 3 again: not an item
        review("a", kJan1 + 10 * kDay, 4),                // a day 10: item
        review("b", kJan1 + 9 * kDay + 3600000, 3),       // b same day: no item
    };
    const std::vector<TrainingItem> items = buildTrainingItems(log);
    REQUIRE(items.size() == 3);
    CHECK(deltas(items[0]) == std::vector<int>{0, 0, 1});
    CHECK(deltas(items[1]) == std::vector<int>{0, 0, 1, 2});
    CHECK(deltas(items[2]) == std::vector<int>{0, 0, 1, 2, 0, 7});
    CHECK(items[2].reviews.back().rating == 4);
    CHECK(items[1].recalled() == false);
    CHECK(items[2].longTermReviewCount() == 3);
    CHECK(items[2].firstLongTermReview().deltaDays == 1);
    CHECK(items[0].targetMs == kJan1 + kDay + 1000);

    // A rollover hour of 9 moves 08:00 and 08:10 to the day before: day 1 00:00:01 is then 1 day later.
    const std::vector<TrainingItem> shifted = buildTrainingItems(log, 9);
    REQUIRE(shifted.size() == 3);
    CHECK(deltas(shifted[0]) == std::vector<int>{0, 0, 1});
    // Out-of-order rows of a card are sorted by time first.
    const std::vector<TrainingItem> unordered =
        buildTrainingItems({review("c", kJan1 + 5 * kDay, 3), review("c", kJan1, 1)});
    REQUIRE(unordered.size() == 1);
    CHECK(unordered[0].reviews.front().rating == 1);
    CHECK(deltas(unordered[0]) == std::vector<int>{0, 5});
}

TEST_CASE("fsrs items: the outlier filter removes the smallest (rating, delay) groups and orders the rest") {
    std::vector<TrainingItem> items;
    items.push_back(item({{3, 0}, {3, 2}, {3, 4}}));           // long: first long-term delay 2 (removed below)
    for (int i = 0; i < 30; ++i) items.push_back(item({{3, 0}, {i % 3 ? 3 : 1, 1}}));
    for (int i = 0; i < 10; ++i) items.push_back(item({{3, 0}, {3, 2}}));
    for (int i = 0; i < 3; ++i) items.push_back(item({{3, 0}, {3, 5}}));
    items.push_back(item({{3, 0}, {1, 1}, {3, 3}}));           // long: first long-term delay 1 (kept)
    for (int i = 0; i < 25; ++i) items.push_back(item({{1, 0}, {3, 1}}));
    items.push_back(item({{1, 0}, {3, 120}}));                 // a first Again 120 days later: removed
    // Good: 43 items, quota max(20, 43/20) = 20: delay 5 (3) and delay 2 (10) go, delay 1 (30) stays.
    // Again: 26 items: delay 120 (1) goes, then delay 1 (25) would pass the quota and stays.
    const TrainingSet set = prepareTrainingSet(items);
    REQUIRE(set.initialization.size() == 55);
    CHECK(set.initialization.front().reviews.front().rating == 1);  // ratings in ascending order
    CHECK(set.initialization.back().reviews.front().rating == 3);
    REQUIRE(set.items.size() == 56);
    CHECK(deltas(set.items.back()) == std::vector<int>{0, 1, 3});     // the long item follows the short ones
    CHECK(set.removedByFilter == items.size() - 56);
    // Items longer than 256 reviews are dropped.
    std::vector<ItemReview> longHistory(300, ItemReview{3, 1});
    longHistory.front().deltaDays = 0;
    std::vector<TrainingItem> withLong = items;
    withLong.push_back(item(longHistory));
    CHECK(prepareTrainingSet(withLong).items.size() == 56);
}

TEST_CASE("fsrs metrics: RMSE(bins) bins and recency weights as fsrs-rs") {
    CHECK(rmseBin(item({{3, 0}, {3, 1}})) == std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>{248, 4, 0});
    CHECK(std::get<0>(rmseBin(item({{3, 0}, {3, 4}}))) == 898);    // 2.48 x 3.62 x 100
    CHECK(std::get<0>(rmseBin(item({{3, 0}, {3, 13}}))) == 898);   // log_3.62 13 = 1.99: still the first bin
    CHECK(std::get<0>(rmseBin(item({{3, 0}, {3, 14}}))) == 3250);  // 2.48 x 3.62^2 x 100
    // Three long-term reviews + 1 = 4: 1.99 x 1.89^2 = 7.1; two long-term Agains before the target: 1.65 x 1.73.
    CHECK(rmseBin(item({{3, 0}, {1, 2}, {1, 0}, {1, 3}, {3, 1}})) ==
          std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>{248, 7, 3});
    CHECK(recencyWeight(0, 5) == Approx(0.25));
    CHECK(recencyWeight(4, 5) == Approx(1.0));
    CHECK(recencyWeight(2, 5) == Approx(0.25 + 0.75 * 0.125));
}

TEST_CASE("fsrs metrics: recency-weighted log loss and RMSE(bins) by hand") {
    // A: Good then Good a day later, recalled: p = R(1, 2.3065) = 0.946847. B: Again then Again a day later,
    // forgotten: p = R(1, 0.212) = 0.766196. Weights 0.25 and 1 by position; both in one bin.
    const std::vector<TrainingItem> items = {item({{3, 0}, {3, 1}}), item({{1, 0}, {1, 1}})};
    const FsrsMetrics metrics = evaluateItems(FsrsWeights{}, items);
    CHECK(metrics.items == 2);
    CHECK(metrics.logLoss == Approx(1.173540220944382).epsilon(1e-9));  // (0.25 x 0.054615 + 1.453463) / 1.25
    CHECK(metrics.rmseBins == Approx(0.35652161480548017).epsilon(1e-9)); // |(0.946847 + 0.766196)/2 - 1/2|
    // The order sets the weights: swapped, A weighs 1.
    const FsrsMetrics swapped = evaluateItems(FsrsWeights{}, {items[1], items[0]});
    CHECK(swapped.logLoss < metrics.logLoss);
    CHECK(swapped.rmseBins == Approx(metrics.rmseBins));
    CHECK(binaryCrossEntropy(0.0, true) == Approx(-std::log(1e-7)));
}

TEST_CASE("fsrs review log: both layouts, ISO times with zones, errors with line and column") {
    CHECK(parseIsoTime("2024-03-29T20:32:32.250000+00:00") == 1711744352250);
    CHECK(parseIsoTime("2024-03-29T22:32:32.250+02:00") == 1711744352250);
    CHECK(parseIsoTime("2024-03-29 20:32:32Z") == 1711744352000);
    CHECK_FALSE(parseIsoTime("2024-03-29T20:32:32").has_value());  // no zone
    CHECK_FALSE(parseIsoTime("2024-13-29T20:32:32Z").has_value());
    CHECK_FALSE(parseIsoTime("2023-02-29T20:32:32Z").has_value());  // not a leap year
    CHECK(parseIsoTime("2024-02-29T00:00:00Z") == 1709164800000);

    std::istringstream shared("card_id,review_rating,review_time,review_duration\n7,3,2024-03-29T20:32:32.250000+00:00,25060\n7,1,2024-03-30T08:00:00+00:00,100\n");
    std::vector<ReplayReview> reviews;
    std::string error;
    REQUIRE_MESSAGE(parseReviewLog(shared, reviews, error), error);
    REQUIRE(reviews.size() == 2);
    CHECK(reviews[1].rating == Rating::Again);
    CHECK(reviews[1].line == 3);
    CHECK(elapsedDays(reviews[0].timeMs, reviews[1].timeMs, 0) == 1);

    std::istringstream replay("card_id,unix_ms,rating\nx,0,3\nx,86400000,2\n");
    reviews.clear();
    REQUIRE(parseReviewLog(replay, reviews, error));
    CHECK(reviews.size() == 2);

    std::istringstream bad("card_id,review_rating,review_time,review_duration\n7,3,2024-03-29T20:32:32Z,1\n7,5,2024-03-30T08:00:00Z,1\n");
    reviews.clear();
    CHECK_FALSE(parseReviewLog(bad, reviews, error));
    CHECK(error.find("line 3, column 2: review_rating must be 1, 2, 3 or 4") == 0);
    std::istringstream badTime("card_id,review_rating,review_time\n7,3,yesterday\n");
    CHECK_FALSE(parseReviewLog(badTime, reviews, error));
    CHECK(error.find("line 2, column 3: review_time") == 0);
}
