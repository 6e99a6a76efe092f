// What a learner reads off a session must agree with the rest of Retain: the progress total that does
// not grow with learning steps, the summary's accuracy that Stats repeats for the same reviews, Home's
// and Stats' count of new questions, the random new order that a restart keeps, and the siblings held
// back after a restart the same day.
#include <doctest/doctest.h>

#include "core/session/bank_progress.hpp"
#include "core/session/study_session.hpp"
#include "core/session/study_setup.hpp"
#include "core/stats/profile_stats.hpp"
#include "core/stats/stats_repository.hpp"
#include "core/storage/card_repository.hpp"
#include "session_test_support.hpp"

using namespace retain;
using namespace retain::session_test;

namespace {

SessionConfig config(NewCardOrder order = NewCardOrder::Bank) {
    SessionConfig result;
    result.kind = "terminal";
    result.newOrder = order;
    return result;
}

std::vector<std::string> firstIds(StudySession& session, int count) {
    std::vector<std::string> ids;
    for (int i = 0; i < count && session.next() != nullptr; ++i) {
        ids.push_back(session.current()->key.questionId);
        session.rate(Rating::Good);
    }
    return ids;
}

}  // namespace

TEST_CASE_FIXTURE(SessionFixture, "session integrity: the progress total stays put while failed cards go round their steps") {
    const Bank bank = makeTrueFalseBank("b", 3);
    StudySession session(db(), profile, {&bank}, *scheduler, clock, config());
    REQUIRE(session.next());
    CHECK(session.counts().total() == 3);
    session.rate(Rating::Again);  // a learning step: still one of the three questions
    QueueCounts counts = session.counts();
    CHECK(counts.total() == 3);
    CHECK(counts.finished == 0);
    CHECK(counts.learning == 1);
    CHECK(counts.done == 1);
    CHECK(progressLabel(counts) == "0 / 3 \u00b7 1 in learning");
    REQUIRE(session.next());
    session.rate(Rating::Easy);  // graduates at once: done for today
    counts = session.counts();
    CHECK(counts.total() == 3);
    CHECK(counts.finished == 1);
    CHECK(progressLabel(counts) == "1 / 3 \u00b7 1 in learning");
    REQUIRE(session.undo());  // the Easy taken back: that question is not finished any more
    CHECK(session.counts().finished == 0);
    CHECK(session.counts().total() == 3);
}

TEST_CASE_FIXTURE(SessionFixture, "session integrity: the summary's accuracy is Stats' accuracy over the same reviews") {
    Bank bank = makeTrueFalseBank("b", 4);
    StudySession session(db(), profile, {&bank}, *scheduler, clock, config());
    // A wrong answer the learner still rates Hard passes in Stats, though it has no full credit; a right
    // answer rated Again fails in both.
    const std::vector<std::pair<const char*, Rating>> answers = {
        {"true", Rating::Good}, {"false", Rating::Hard}, {"false", Rating::Again}, {"true", Rating::Easy}};
    for (const auto& [text, rating] : answers) {
        REQUIRE(session.next());
        clock.advance(4000);
        session.submit(parseAnswerText(*session.current()->question, text), rating);
    }
    const SessionTally& tally = session.tally();
    CHECK(tally.answered() == 4);
    CHECK(tally.passed() == 3);   // Good, Hard, Easy
    CHECK(tally.correct() == 2);  // the two "true": full credit is another figure, shown apart

    const StudySetup setup = makeStudySetup(profile, "terminal");
    const StatsReport report = computeProfileStats(loadStatsLog(db(), profile.id), setup, loadCards(db(), profile.id),
                                                   {&bank}, clock.nowMs(), 30);
    CHECK(report.retention.total.reviews == tally.answered());
    CHECK(report.retention.total.passed == tally.passed());
}

TEST_CASE_FIXTURE(SessionFixture, "session integrity: Home and Stats count the same new questions") {
    Bank bank = makeTrueFalseBank("b", 6);
    bank.questions[5].draft = true;  // never studied by a session: not new either
    {
        StudySession session(db(), profile, {&bank}, *scheduler, clock, config());
        REQUIRE(session.next());
        session.rate(Rating::Good);                       // q1 studied
        REQUIRE(session.suspend(CardKey{"b", "q2"}));     // q2 suspended while new
        REQUIRE(session.bury(CardKey{"b", "q3"}));        // q3 buried while new
    }
    const auto cards = loadCards(db(), profile.id);
    const int home = bankProgress(bank, cards, clock.nowMs(), 0).newCount;
    const StatsReport stats = computeProfileStats(loadStatsLog(db(), profile.id), makeStudySetup(profile, "terminal"), cards,
                                                  {&bank}, clock.nowMs(), 30);
    CHECK(home == 2);  // q4 and q5
    CHECK(stats.cardsByPhase[0] == home);
    CHECK(countNewQuestions({&bank}, cards, clock.nowMs(), 0) == home);
}

TEST_CASE_FIXTURE(SessionFixture, "session integrity: the day's random order survives a restart; bank order is the banks'") {
    const Bank bank = makeTrueFalseBank("b", 12);
    std::vector<std::string> morning;
    {
        StudySession session(db(), profile, {&bank}, *scheduler, clock, config(NewCardOrder::Random));
        morning = firstIds(session, 3);
    }
    CHECK(morning != std::vector<std::string>{"q1", "q2", "q3"});  // 12 questions: shuffled (odds of q1-q3 are 1/1320)
    std::vector<std::string> fullDay;
    {
        // What a session started at the same moment from nothing would have shown: the same order, so a
        // restart after three answers continues the morning's order.
        storage_test::TempDir otherDir;
        StoreOpenResult other = Store::open(otherDir.path(), clock);
        REQUIRE(other.store);
        const Profile same = ensureProfile(other.store->db(), "default", SchedulerKind::Fsrs, kNoon);
        REQUIRE(same.id == profile.id);
        StudySession fresh(other.store->db(), same, {&bank}, *scheduler, clock, config(NewCardOrder::Random));
        fullDay = firstIds(fresh, 6);
    }
    REQUIRE(fullDay.size() == 6);
    CHECK(std::vector<std::string>(fullDay.begin(), fullDay.begin() + 3) == morning);
    clock.advance(60'000);
    StudySession afternoon(db(), profile, {&bank}, *scheduler, clock, config(NewCardOrder::Random));
    CHECK(firstIds(afternoon, 3) == std::vector<std::string>(fullDay.begin() + 3, fullDay.end()));

    // Another learner in bank order starts at the banks' first question.
    const Profile bob = ensureProfile(db(), "bob", SchedulerKind::Fsrs, kNoon);
    StudySession inBankOrder(db(), bob, {&bank}, *scheduler, clock, config(NewCardOrder::Bank));
    REQUIRE(inBankOrder.next());
    CHECK(inBankOrder.current()->key.questionId == "q1");
}

TEST_CASE_FIXTURE(SessionFixture, "session integrity: a sibling studied this morning holds its group back after a restart") {
    Bank bank = makeTrueFalseBank("b", 4);
    bank.questions[0].sibling = "visit";
    bank.questions[1].sibling = "visit";
    {
        StudySession session(db(), profile, {&bank}, *scheduler, clock, config());
        REQUIRE(session.next());
        REQUIRE(session.current()->key.questionId == "q1");
        session.rate(Rating::Easy);
        CHECK(session.counts().newCount == 2);  // q2 held back: q3 and q4 left
    }
    clock.advance(3'600'000);
    StudySession restarted(db(), profile, {&bank}, *scheduler, clock, config());
    CHECK(restarted.counts().newCount == 2);
    REQUIRE(restarted.next());
    CHECK(restarted.current()->key.questionId == "q3");
    clock.advance(kMsPerDay);  // the next day the sibling comes
    StudySession tomorrow(db(), profile, {&bank}, *scheduler, clock, config());
    REQUIRE(tomorrow.next());
    CHECK(tomorrow.current()->key.questionId == "q2");
}
