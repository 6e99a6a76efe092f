// The end-of-session tally: sums, and what StudySession adds to it when answers are graded, self-rated
// and undone.
#include <doctest/doctest.h>

#include "core/grading/grader.hpp"
#include "core/session/session_tally.hpp"
#include "core/session/study_session.hpp"
#include "session_test_support.hpp"

using namespace retain;
using session_test::SessionFixture;

TEST_CASE("the tally adds up scores, time and accuracy per tag, and forgets an undone answer") {
    SessionTally tally;
    tally.add(TallyEntry{{"a", "b"}, 1.0, true, 4000});
    tally.add(TallyEntry{{"a"}, 0.5, false, 6000});
    tally.add(TallyEntry{{"b"}, 0.0, false, 1000});
    tally.removeLast();
    CHECK(tally.answered() == 2);
    CHECK(tally.correct() == 1);
    CHECK(tally.meanScore() == doctest::Approx(0.75));
    CHECK(tally.answeringMs() == 10000);
    const auto tags = tally.byTag();
    CHECK(tags.at("a").answered == 2);
    CHECK(tags.at("a").correct == 1);
    CHECK(tags.at("b").answered == 1);
    CHECK(SessionTally{}.meanScore() == 0.0);
}

TEST_CASE("the tally lists each missed question once, with its right answer, in the order answered") {
    SessionTally tally;
    tally.add(TallyEntry{{}, 0.0, false, 1000, "Capital of Japan?", "Tokyo"});
    tally.add(TallyEntry{{}, 1.0, true, 1000, "Prime Minister?", "Shinzo Abe"});
    tally.add(TallyEntry{{}, 0.5, false, 1000, "Trade in 2017?", "USD 18 billion"});
    tally.add(TallyEntry{{}, 0.0, false, 1000, "Capital of Japan?", "Tokyo"});  // missed again in learning
    tally.add(TallyEntry{{}, 1.0, true, 1000, "Capital of Japan?", "Tokyo"});
    const std::vector<TallyEntry> missed = tally.missed();
    REQUIRE(missed.size() == 2);
    CHECK(missed[0].prompt == "Capital of Japan?");
    CHECK(missed[0].expected == "Tokyo");
    CHECK(missed[1].prompt == "Trade in 2017?");  // partial credit is not full credit
    CHECK(missed[1].expected == "USD 18 billion");
    CHECK(SessionTally{}.missed().empty());
}

TEST_CASE_FIXTURE(SessionFixture, "session: graded and self-rated answers are tallied with their time; undo takes one back") {
    const Bank bank = session_test::makeTrueFalseBank("b", 3);
    SessionConfig config;
    config.kind = "terminal";
    StudySession session(db(), profile, {&bank}, *scheduler, clock, config);

    REQUIRE(session.next());
    clock.advance(7000);
    session.submit(parseAnswerText(*session.current()->question, "false"), Rating::Again);
    REQUIRE(session.next());
    clock.advance(3000);
    session.rate(Rating::Good);  // self-rated: no answer was graded
    REQUIRE(session.next());
    clock.advance(2000);
    session.rate(Rating::Again);

    const SessionTally& tally = session.tally();
    CHECK(tally.answered() == 3);
    CHECK(tally.correct() == 1);  // only the self-rated Good
    // The two misses, each with the question and its right answer, for the summary.
    REQUIRE(tally.missed().size() == 2);
    CHECK_FALSE(tally.missed()[0].prompt.empty());
    CHECK((tally.missed()[0].expected == "True" || tally.missed()[0].expected == "False"));
    CHECK(tally.answeringMs() == 7000 + 3000 + 2000);
    REQUIRE(session.undo());
    CHECK(tally.answered() == 2);
    CHECK(tally.answeringMs() == 10000);
}

TEST_CASE_FIXTURE(SessionFixture, "session: self-rated time counts from markShown; a refused answer is not a grade") {
    Bank bank = session_test::makeTrueFalseBank("b", 2);
    SessionConfig config;
    config.kind = "terminal";
    StudySession session(db(), profile, {&bank}, *scheduler, clock, config);

    REQUIRE(session.next());
    clock.advance(5000);  // the card waited off screen
    session.markShown();
    clock.advance(2000);
    session.rate(Rating::Good);
    CHECK(session.tally().answeringMs() == 2000);

    REQUIRE(session.next());
    const PendingAnswer& refused = session.grade(parseAnswerText(*session.current()->question, "perhaps"));
    REQUIRE(refused.grade.verdict == Verdict::Refused);
    session.rate(Rating::Good);  // rated without a readable answer: self-rated, so right
    CHECK(session.tally().correct() == 2);
}
