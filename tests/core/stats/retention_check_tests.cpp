// The retention check: a run without feedback, and the report on hand-made answers.
#include <doctest/doctest.h>

#include <cmath>

#include "core/stats/retention_check.hpp"
#include "stats_test_log.hpp"

using namespace retain;
using namespace retain::stats_test;

namespace {

CheckAnswer answerOf(const std::string& id, std::vector<std::string> tags, std::optional<double> predicted, double score) {
    CheckAnswer answer;
    answer.key = CardKey{"bank", id};
    answer.tags = std::move(tags);
    answer.predicted = predicted;
    answer.score = score;
    answer.recalled = score >= kRecalledScore;
    answer.expected = "expected " + id;
    return answer;
}

Bank trueFalseBank() {
    Bank bank;
    bank.id = "bank";
    for (const char* id : {"t1", "t2", "t3"}) {
        Question question;
        question.id = id;
        question.prompt = std::string("Statement ") + id;
        question.tags = {"dates"};
        question.answer = TrueFalseAnswer{true};
        bank.questions.push_back(question);
    }
    return bank;
}

}  // namespace

TEST_CASE("stats: check report on hand-made answers") {
    const std::vector<CheckAnswer> answers = {
        answerOf("a1", {"x"}, 0.95, 1.0),
        answerOf("a2", {"x", "y"}, 0.92, 0.0),
        answerOf("a3", {"y"}, 0.6, 0.5),
        answerOf("a4", {"y"}, std::nullopt, 0.25),
    };
    const CheckReport report = buildCheckReport(answers);
    CHECK(report.questions == 4);
    CHECK(report.recalled == 2);
    CHECK(report.meanScore == doctest::Approx(1.75 / 4));
    CHECK(report.predictedQuestions == 3);
    CHECK(report.meanPredicted == doctest::Approx(2.47 / 3));
    CHECK(report.predictedActual == doctest::Approx(2.0 / 3));
    REQUIRE(report.tags.size() == 2);
    CHECK(report.tags[0].tag == "x");
    CHECK(report.tags[0].questions == 2);
    CHECK(report.tags[0].recalled == 1);
    CHECK(report.tags[0].meanScore == doctest::Approx(0.5));
    CHECK(report.tags[1].tag == "y");
    CHECK(report.tags[1].questions == 3);
    CHECK(report.tags[1].recalled == 1);
    CHECK(report.tags[1].meanScore == doctest::Approx(0.25));
    REQUIRE(report.forgotten.size() == 2);
    CHECK(report.forgotten[0].key.questionId == "a2");
    CHECK(report.forgotten[0].expected == "expected a2");
    CHECK(report.forgotten[1].key.questionId == "a4");
    REQUIRE(report.calibration.size() == 6);
    CHECK(report.calibration[0].questions == 0);
    CHECK(std::isnan(report.calibration[0].recalledShare));
    CHECK(report.calibration[1].questions == 1);  // 0.6 in [0.5, 0.7)
    CHECK(report.calibration[1].meanPredicted == doctest::Approx(0.6));
    CHECK(report.calibration[1].recalledShare == doctest::Approx(1.0));
    CHECK(report.calibration[4].questions == 1);  // 0.92 in [0.9, 0.95)
    CHECK(report.calibration[4].recalledShare == doctest::Approx(0.0));
    CHECK(report.calibration[5].questions == 1);  // 0.95 in [0.95, 1]
    CHECK(report.calibration[5].from == 0.95);
}

TEST_CASE("stats: an empty check has no rates") {
    const CheckReport report = buildCheckReport({});
    CHECK(report.questions == 0);
    CHECK(std::isnan(report.meanScore));
    CHECK(std::isnan(report.meanPredicted));
}

TEST_CASE("stats: a check run grades silently and predicts from the stored cards") {
    const Bank bank = trueFalseBank();
    const auto scheduler = makeScheduler(SchedulerKind::Fsrs, SchedulerConfig{});
    FixedClock clock(kNow);
    std::map<CardKey, StoredCard> cards;
    CardMemory known;
    known.phase = CardPhase::Review;
    known.stability = 10.0;
    known.lastReviewMs = at(-10, 9);  // ten days = the stability: predicted recall 0.9
    known.dueMs = at(0, 9);
    cards[{"bank", "t1"}] = StoredCard{known, false, 0};
    cards[{"bank", "t2"}] = StoredCard{known, false, 0};

    RetentionCheck check(sampleCheck({&bank}, 3, 5), cards, *scheduler, clock);
    CHECK(check.size() == 3);
    std::map<std::string, bool> truthful;  // answer true for t1 and t3, false for t2
    truthful["t1"] = true;
    truthful["t2"] = false;
    truthful["t3"] = true;
    while (const CheckItem* item = check.current()) {
        clock.advance(3 * kMsPerSecond);
        LearnerAnswer unreadable;
        unreadable.text = "perhaps";
        CHECK_FALSE(check.answer(unreadable));  // refused: the same item is asked again
        CHECK(check.current() == item);
        LearnerAnswer given;
        given.text = truthful[item->key.questionId] ? "true" : "false";
        CHECK(check.answer(given));  // timed by the check: 3 s since the item was shown
    }
    CHECK(check.finished());
    const CheckReport report = check.report();
    CHECK(report.questions == 3);
    CHECK(report.recalled == 2);
    CHECK(report.predictedQuestions == 2);  // t3 was never studied
    CHECK(report.meanPredicted == doctest::Approx(0.9));
    CHECK(report.predictedActual == doctest::Approx(0.5));
    REQUIRE(report.forgotten.size() == 1);
    CHECK(report.forgotten[0].key.questionId == "t2");
    CHECK(report.forgotten[0].expected == "True");
    CHECK(report.forgotten[0].response == "false");
    CHECK(report.forgotten[0].suggested == Rating::Again);
    for (const CheckAnswer& answer : check.answers()) {
        CHECK(answer.durationMs == 3000);
        CHECK(answer.answeredMs > check.startedMs());
        CHECK(answer.before.has_value() == (answer.key.questionId != "t3"));
    }
}

TEST_CASE("stats: a skipped question is forgotten") {
    const Bank bank = trueFalseBank();
    const auto scheduler = makeScheduler(SchedulerKind::Fsrs, SchedulerConfig{});
    FixedClock clock(kNow);
    RetentionCheck check(sampleCheck({&bank}, 1, 1), {}, *scheduler, clock);
    check.skip();
    CHECK(check.finished());
    CHECK(check.current() == nullptr);
    CHECK(check.report().forgotten.size() == 1);
    CHECK(check.report().predictedQuestions == 0);
}

TEST_CASE("stats: a check does not count the time another tab was in front") {
    const Bank bank = trueFalseBank();
    const auto scheduler = makeScheduler(SchedulerKind::Fsrs, SchedulerConfig{});
    FixedClock clock(kNow);
    RetentionCheck check(sampleCheck({&bank}, 2, 1), {}, *scheduler, clock);
    clock.advance(2 * kMsPerSecond);
    check.pauseAnswerTime();
    clock.advance(300 * kMsPerSecond);  // five minutes on the Stats tab
    check.resumeAnswerTime();
    clock.advance(1 * kMsPerSecond);
    LearnerAnswer given;
    given.text = expectedAnswerText(*check.current()->question);  // "True" or "False": the right one
    REQUIRE(check.answer(given));
    CHECK(check.answers().back().score == 1.0);
    CHECK(check.answers().back().durationMs == 3000);
    CHECK(check.answers().back().suggested == Rating::Easy);  // 3 s on screen: quick, not Hard
    clock.advance(4 * kMsPerSecond);  // the next item is timed afresh
    check.skip();
    CHECK(check.answers().back().durationMs == 4000);
}
