// Reading the log for statistics, and storing retention checks (migration 2), on a real database.
#include <doctest/doctest.h>

#include "../session/session_test_support.hpp"
#include "core/stats/check_repository.hpp"
#include "core/stats/stats_repository.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/review_repository.hpp"

using namespace retain;
using namespace retain::session_test;

namespace {

ReviewRecord review(ProfileId profile, const std::string& question, UnixMs when, Rating rating, CardPhase before,
                    UnixMs previous) {
    ReviewRecord record;
    record.profileId = profile;
    record.card = CardKey{"bank", question};
    record.reviewedMs = when;
    record.rating = rating;
    record.before.phase = before;
    record.before.lastReviewMs = previous;
    record.after.intervalDays = 2.5;
    record.response = "answer " + question;
    record.durationMs = 1500;
    return record;
}

CheckAnswer checkAnswer(const std::string& id, std::optional<double> predicted, double score, UnixMs when) {
    CheckAnswer answer;
    answer.key = CardKey{"tf", id};
    answer.tags = {"dates", "events"};
    answer.predicted = predicted;
    answer.score = score;
    answer.recalled = score >= kRecalledScore;
    answer.suggested = answer.recalled ? Rating::Good : Rating::Again;
    answer.response = answer.recalled ? "true" : "false, \"surely\"";
    answer.expected = "True";
    answer.answeredMs = when;
    answer.durationMs = 2000;
    return answer;
}

}  // namespace

TEST_CASE("stats: the log is read back as a StatsLog and as CSV rows") {
    SessionFixture fixture;
    const ProfileId me = fixture.profile.id;
    const Profile other = ensureProfile(fixture.db(), "other", SchedulerKind::Fsrs, kNoon);
    appendReview(fixture.db(), review(me, "q2", kNoon - 3 * kMsPerDay, Rating::Good, CardPhase::Review, kNoon - 9 * kMsPerDay));
    appendReview(fixture.db(), review(me, "q1", kNoon - 5 * kMsPerDay, Rating::Again, CardPhase::New, 0));
    appendReview(fixture.db(), review(me, "q1", kNoon, Rating::Hard, CardPhase::Learning, kNoon - 5 * kMsPerDay));
    appendReview(fixture.db(), review(other.id, "q1", kNoon, Rating::Easy, CardPhase::New, 0));

    const StatsLog log = loadStatsLog(fixture.db(), me);
    REQUIRE(log.reviews.size() == 3);
    REQUIRE(log.cards.size() == 2);
    // Oldest first: q1 (day -5), q2 (day -3), q1 (today); q1 is interned once.
    CHECK(log.cards[static_cast<std::size_t>(log.reviews[0].card)].questionId == "q1");
    CHECK(log.reviews[0].card == log.reviews[2].card);
    CHECK(log.reviews[1].rating == Rating::Good);
    CHECK(log.reviews[1].phaseBefore == CardPhase::Review);
    CHECK(log.reviews[1].previousReviewMs == kNoon - 9 * kMsPerDay);
    CHECK(log.reviews[1].score == kNoScore);

    const std::vector<ReviewCsvRow> rows = loadReviewCsvRows(fixture.db(), me);
    REQUIRE(rows.size() == 3);
    CHECK(rows[2].rating == Rating::Hard);
    CHECK(rows[2].givenAnswer == "answer q1");
    CHECK(rows[2].answerMs == 1500);
    CHECK(rows[2].intervalDays == 2.5);
}

TEST_CASE("stats: a check is stored and read back without touching study") {
    SessionFixture fixture;
    CheckRecord record;
    record.profileId = fixture.profile.id;
    record.startedMs = kNoon;
    record.finishedMs = kNoon + 60'000;
    record.seed = 0xFEDCBA9876543210ULL;  // above INT64_MAX: stored as its bit pattern
    record.bankIds = {"tf", "other"};
    record.answers = {checkAnswer("q1", 0.9, 1.0, kNoon + 10'000), checkAnswer("q2", std::nullopt, 0.0, kNoon + 20'000)};
    const std::int64_t id = saveCheck(fixture.db(), record, *fixture.scheduler);
    CHECK(id > 0);
    CHECK(countReviews(fixture.db(), fixture.profile.id) == 0);
    CHECK(loadCards(fixture.db(), fixture.profile.id).empty());

    const std::vector<CheckRecord> checks = loadChecks(fixture.db(), fixture.profile.id);
    REQUIRE(checks.size() == 1);
    CHECK(checks[0].id == id);
    CHECK(checks[0].seed == record.seed);
    CHECK(checks[0].bankIds == record.bankIds);
    CHECK_FALSE(checks[0].countedAsReviews);
    REQUIRE(checks[0].answers.size() == 2);
    CHECK(checks[0].answers[0].key == CardKey{"tf", "q1"});
    CHECK(checks[0].answers[0].predicted == 0.9);
    CHECK(checks[0].answers[0].tags == std::vector<std::string>{"dates", "events"});
    CHECK_FALSE(checks[0].answers[1].predicted.has_value());
    CHECK_FALSE(checks[0].answers[1].recalled);
    CHECK(checks[0].answers[1].response == "false, \"surely\"");
    CHECK(fixture.db().queryInt("SELECT recalled FROM retention_checks").value_or(-1) == 1);

    const std::string csv = writeCheckCsv(checks);
    CHECK(csv.rfind("check,started_at,seed,counted_as_reviews,bank,question,tags,predicted,score,recalled,answer,expected\r\n", 0) == 0);
    CHECK(csv.find(",tf,q1,dates;events,0.9,1,1,true,True\r\n") != std::string::npos);
    CHECK(csv.find(",tf,q2,dates;events,,0,0,\"false, \"\"surely\"\"\",True\r\n") != std::string::npos);
}

TEST_CASE("stats: a check counted as reviews rates each answer through the scheduler") {
    SessionFixture fixture;
    CardMemory known;
    known.phase = CardPhase::Review;
    known.stability = 10.0;
    known.difficulty = 5.0;
    known.lastReviewMs = kNoon - 10 * kMsPerDay;
    known.dueMs = kNoon + 5 * kMsPerDay;
    saveCard(fixture.db(), fixture.profile.id, CardKey{"tf", "q1"}, StoredCard{known, false, 0});

    CheckRecord record;
    record.profileId = fixture.profile.id;
    record.startedMs = kNoon;
    record.finishedMs = kNoon + 60'000;
    record.countedAsReviews = true;
    record.answers = {checkAnswer("q1", 0.9, 1.0, kNoon + 10'000), checkAnswer("q2", std::nullopt, 0.0, kNoon + 20'000)};
    saveCheck(fixture.db(), record, *fixture.scheduler);

    CHECK(countReviews(fixture.db(), fixture.profile.id) == 2);
    const auto cards = loadCards(fixture.db(), fixture.profile.id);
    REQUIRE(cards.size() == 2);
    const CardMemory expected = fixture.scheduler->review(known, Rating::Good, kNoon + 10'000, "tf/q1").next;
    CHECK(cards.at(CardKey{"tf", "q1"}).memory == expected);
    // A new card rated Again starts its learning steps.
    CHECK(cards.at(CardKey{"tf", "q2"}).memory.phase == CardPhase::Learning);
    const StatsLog log = loadStatsLog(fixture.db(), fixture.profile.id);
    REQUIRE(log.reviews.size() == 2);
    CHECK(log.reviews[0].score == 1.0f);
    CHECK(log.reviews[0].phaseBefore == CardPhase::Review);
}
