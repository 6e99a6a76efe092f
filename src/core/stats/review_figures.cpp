#include "core/stats/review_figures.hpp"

#include <algorithm>
#include <numeric>

namespace retain {

std::int64_t DaySeries::total() const { return std::accumulate(counts.begin(), counts.end(), std::int64_t{0}); }

DaySeries reviewsPerDay(const std::vector<LoggedReview>& reviews, UnixMs nowMs, int days, const StatsOptions& options) {
    const int length = std::max(days, 1);
    DaySeries series;
    series.firstDay = statsDay(nowMs, options) - (length - 1);
    series.counts.assign(static_cast<std::size_t>(length), 0);
    for (const LoggedReview& review : reviews) {
        const std::int64_t index = statsDay(review.reviewedMs, options) - series.firstDay;
        if (index >= 0 && index < length) ++series.counts[static_cast<std::size_t>(index)];
    }
    return series;
}

RetentionSeries retentionOverTime(const std::vector<LoggedReview>& reviews, UnixMs nowMs, int days, int bucketDays,
                                  const StatsOptions& options) {
    const int width = std::max(bucketDays, 1);
    const int count = (std::max(days, 1) + width - 1) / width;
    const std::int64_t firstDay = statsDay(nowMs, options) - static_cast<std::int64_t>(count) * width + 1;
    RetentionSeries series;
    series.buckets.resize(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        series.buckets[static_cast<std::size_t>(i)].firstDay = firstDay + static_cast<std::int64_t>(i) * width;
        series.buckets[static_cast<std::size_t>(i)].days = width;
    }
    for (const LoggedReview& review : reviews) {
        const std::int64_t offset = statsDay(review.reviewedMs, options) - firstDay;
        if (offset < 0 || offset >= static_cast<std::int64_t>(count) * width) continue;
        RateBucket& bucket = series.buckets[static_cast<std::size_t>(offset / width)];
        const bool pass = isPass(review.rating);
        ++bucket.reviews;
        bucket.passed += pass ? 1 : 0;
        if (countsForTrueRetention(review, options)) {
            ++bucket.matureReviews;
            bucket.maturePassed += pass ? 1 : 0;
        }
    }
    series.total.firstDay = firstDay;
    series.total.days = count * width;
    for (const RateBucket& bucket : series.buckets) {
        series.total.reviews += bucket.reviews;
        series.total.passed += bucket.passed;
        series.total.matureReviews += bucket.matureReviews;
        series.total.maturePassed += bucket.maturePassed;
    }
    return series;
}

StudyCalendar studyCalendar(const std::vector<LoggedReview>& reviews, UnixMs nowMs, const StatsOptions& options) {
    StudyCalendar calendar;
    calendar.days = reviewsPerDay(reviews, nowMs, kCalendarDays, options);
    const std::vector<int>& counts = calendar.days.counts;
    int run = 0;
    for (int count : counts) {
        run = count > 0 ? run + 1 : 0;
        calendar.longestStreak = std::max(calendar.longestStreak, run);
        calendar.studyDays += count > 0 ? 1 : 0;
    }
    // Today without reviews yet does not break the streak: the day is not over.
    auto day = static_cast<std::ptrdiff_t>(counts.size()) - 1;
    if (day >= 0 && counts[static_cast<std::size_t>(day)] == 0) --day;
    while (day >= 0 && counts[static_cast<std::size_t>(day)] > 0) {
        ++calendar.currentStreak;
        --day;
    }
    return calendar;
}

std::vector<HardQuestion> hardestQuestions(const StatsLog& log, std::size_t limit) {
    struct Tally {
        int reviews = 0;
        int lapses = 0;
        double scoreSum = 0.0;
    };
    std::vector<Tally> tallies(log.cards.size());
    for (const LoggedReview& review : log.reviews) {
        if (review.card < 0 || static_cast<std::size_t>(review.card) >= tallies.size()) continue;
        Tally& tally = tallies[static_cast<std::size_t>(review.card)];
        ++tally.reviews;
        if (review.phaseBefore == CardPhase::Review && review.rating == Rating::Again) ++tally.lapses;
        tally.scoreSum += review.score >= 0.0f ? static_cast<double>(review.score) : (isPass(review.rating) ? 1.0 : 0.0);
    }
    std::vector<HardQuestion> hard;
    for (std::size_t i = 0; i < tallies.size(); ++i) {
        const Tally& tally = tallies[i];
        if (tally.reviews == 0) continue;
        const double mean = tally.scoreSum / tally.reviews;
        if (tally.lapses == 0 && mean >= 1.0) continue;
        hard.push_back(HardQuestion{log.cards[i], tally.reviews, tally.lapses, mean});
    }
    auto harder = [](const HardQuestion& a, const HardQuestion& b) {
        if (a.lapses != b.lapses) return a.lapses > b.lapses;
        if (a.meanScore != b.meanScore) return a.meanScore < b.meanScore;
        if (a.reviews != b.reviews) return a.reviews > b.reviews;
        return a.card < b.card;
    };
    const std::size_t kept = std::min(limit, hard.size());
    std::partial_sort(hard.begin(), hard.begin() + static_cast<std::ptrdiff_t>(kept), hard.end(), harder);
    hard.resize(kept);
    return hard;
}

}  // namespace retain
