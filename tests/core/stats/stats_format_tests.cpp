// computeStats on the hand-made log, and the JSON and text that `retain stats` prints from it.
#include <doctest/doctest.h>

#include <cmath>

#include "core/stats/stats_format.hpp"
#include "stats_test_log.hpp"

using namespace retain;
using namespace retain::stats_test;

namespace {

StatsReport handMadeReport() {
    std::map<CardKey, StoredCard> cards;
    CardMemory review;
    review.phase = CardPhase::Review;
    review.stability = 4.0;
    review.lastReviewMs = at(0, 1);
    review.dueMs = at(3, 1);
    cards[{"bank", "A"}] = StoredCard{review, false, 0};
    cards[{"bank", "B"}] = StoredCard{review, true, 0};  // suspended
    const std::vector<TaggedCard> questions = {TaggedCard{{"dates"}, review}, TaggedCard{{"dates"}, std::nullopt},
                                               TaggedCard{{"people"}, std::nullopt}};
    const auto scheduler = makeScheduler(SchedulerKind::Fsrs, SchedulerConfig{});
    StatsSettings settings;
    settings.newQuestions = 2;  // the two questions never studied, as countNewQuestions counts them
    return computeStats(handMadeLog(), cards, questions, *scheduler, kNow, settings);
}

}  // namespace

TEST_CASE("stats: computeStats gathers every figure") {
    const StatsReport report = handMadeReport();
    CHECK(report.reviewsTotal == 11);
    CHECK(report.cardsByPhase[2] == 2);
    CHECK(report.suspended == 1);
    CHECK(report.reviewsPerDay.total() == 10);
    CHECK(report.retention.buckets.size() == 30);
    CHECK(report.retention.total.trueRetention() == doctest::Approx(0.6));
    CHECK(report.forecast.due[3] == 1);  // the suspended card is not forecast
    CHECK(report.calendar.studyDays == 6);
    CHECK(report.stability[2].count == 1);  // stability 4 in [3, 7); the suspended card left out
    REQUIRE(report.mastery.size() == 2);
    CHECK(report.mastery[0].questions == 2);
    CHECK(report.hardest.size() == 3);
    CHECK(retentionBucketDays(30) == 1);
    CHECK(retentionBucketDays(90) == 3);
    CHECK(retentionBucketDays(365) == 7);
    CHECK(parseStatsRange("90") == 90);
    CHECK(parseStatsRange("365d") == 365);
    CHECK_FALSE(parseStatsRange("45").has_value());
}

TEST_CASE("stats: JSON output") {
    CheckRecord check;
    check.id = 7;
    check.startedMs = kNow;
    CheckAnswer answer;
    answer.score = 1.0;
    answer.recalled = true;
    answer.predicted = 0.8;
    check.answers = {answer};
    const std::string json = statsJson(handMadeReport(), "ann \"a\"", {check});
    CHECK(json.rfind("{\"profile\": \"ann \\\"a\\\"\", \"now\": \"2024-03-10T12:00:00Z\", \"range_days\": 30, "
                     "\"reviews_total\": 11, \"cards\": {\"new\": 2, \"learning\": 0, \"review\": 2, \"relearning\": 0}, "
                     "\"suspended\": 1, ",
                     0) == 0);
    CHECK(json.find("{\"date\": \"2024-03-07\", \"reviews\": 3}") != std::string::npos);
    CHECK(json.find("\"reviews\": 10, \"passed\": 7, \"mature_reviews\": 5, \"mature_passed\": 3, \"accuracy\": 0.7, "
                    "\"true_retention\": 0.6, \"buckets\": [") != std::string::npos);
    CHECK(json.find("\"accuracy\": null") != std::string::npos);  // days without reviews have no rate
    CHECK(json.find("\"calendar\": {\"study_days\": 6, \"current_streak\": 4, \"longest_streak\": 4, \"days\": "
                    "[{\"date\": \"2024-01-30\", \"reviews\": 1}, ") != std::string::npos);
    CHECK(json.find("{\"from_days\": 365, \"to_days\": null, \"cards\": 0}") != std::string::npos);
    CHECK(json.find("{\"bank\": \"bank\", \"question\": \"C\", \"reviews\": 2, \"lapses\": 1, \"mean_score\": 0.5}") != std::string::npos);
    CHECK(json.find("\"checks\": [{\"id\": 7, \"started_at\": \"2024-03-10T12:00:00Z\", \"questions\": 1, \"recalled\": 1, "
                    "\"mean_score\": 1, \"mean_predicted\": 0.8, ") != std::string::npos);
    CHECK(json.back() == '\n');
}

TEST_CASE("stats: text output") {
    const std::string text = statsText(handMadeReport(), "default", {});
    CHECK(text.rfind("Profile default: 11 reviews\n  new: 2\n", 0) == 0);
    CHECK(text.find("Reviews, last 30 days (2024-02-10 to 2024-03-10): 10, busiest day 3\n") != std::string::npos);
    CHECK(text.find("  accuracy: 70.0% of 10 reviews\n") != std::string::npos);
    CHECK(text.find("  true retention: 60.0% of 5 reviews") != std::string::npos);
    CHECK(text.find("Study days in the last year: 6; streak 4 (longest 4)") != std::string::npos);
    CHECK(text.find("bank/C  1  50.0%  2\n") != std::string::npos);
    CHECK(percentText(std::nan("")) == "-");
}
