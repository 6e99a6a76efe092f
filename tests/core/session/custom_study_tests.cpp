// Custom study (Anki's "study more new questions today" and "review ahead"): the queue it extends, that
// it lasts for the day it was given on, and when the next question is due once the limits are reached.
#include <doctest/doctest.h>

#include "core/session/custom_study.hpp"
#include "core/session/study_session.hpp"
#include "core/storage/card_repository.hpp"
#include "session_test_support.hpp"

using namespace retain;
using session_test::kNoon;
using session_test::SessionFixture;

namespace {

SessionConfig limits(int newPerDay, int reviewsPerDay = 200) {
    SessionConfig config;
    config.newPerDay = newPerDay;
    config.reviewsPerDay = reviewsPerDay;
    config.kind = "terminal";
    config.newOrder = NewCardOrder::Bank;  // the tests follow the bank's order
    return config;
}

StoredCard dueAt(UnixMs dueMs) { return session_test::reviewCard(dueMs, 8.0); }

std::vector<std::string> studyAll(StudySession& session) {
    std::vector<std::string> ids;
    while (const StudyCard* card = session.next()) {
        ids.push_back(card->key.questionId);
        session.rate(Rating::Easy);
    }
    return ids;
}

}  // namespace

TEST_CASE("custom study: more new questions add up, the review-ahead window is the wider") {
    CHECK(extendedCustomStudy({5, 0}, {10, 0}) == CustomStudy{15, 0});
    CHECK(extendedCustomStudy({5, 3}, {0, 2}) == CustomStudy{5, 3});
    CHECK(extendedCustomStudy({0, 1}, {-4, 7}) == CustomStudy{0, 7});
}

TEST_CASE_FIXTURE(SessionFixture, "custom study: more new questions today, kept by a restart the same day only") {
    const Bank bank = session_test::makeTrueFalseBank("b", 6);
    {
        StudySession session(db(), profile, {&bank}, *scheduler, clock, limits(2));
        CHECK(studyAll(session) == std::vector<std::string>{"q1", "q2"});
        CHECK(session.held().newCards == 4);
        // The limit is reached: nothing more comes by itself until the next day starts.
        CHECK(session.nextDueMs() == nextDayStartMs(kNoon, 0));
        CHECK(session.studyMore(CustomStudy{3, 0}) == 3);
        CHECK(session.held().newCards == 1);
        CHECK(studyAll(session) == std::vector<std::string>{"q3", "q4", "q5"});
    }
    clock.advance(2 * 3'600'000);
    {
        StudySession again(db(), profile, {&bank}, *scheduler, clock, limits(2));
        CHECK(again.customStudy() == CustomStudy{3, 0});
        CHECK(again.counts().newCount == 0);  // 2 + 3 allowed, 5 introduced today
        CHECK(again.studyMore(CustomStudy{5, 0}) == 1);  // only q6 is left
        CHECK(again.customStudy() == CustomStudy{8, 0});
    }
    clock.set(kNoon + kMsPerDay);
    {
        StudySession tomorrow(db(), profile, {&bank}, *scheduler, clock, limits(2));
        CHECK(tomorrow.customStudy() == CustomStudy{});  // a new day starts from the plain limits
    }
}

TEST_CASE_FIXTURE(SessionFixture, "custom study: review ahead brings the cards due within N days, earliest first") {
    const Bank bank = session_test::makeTrueFalseBank("b", 4);
    saveCard(db(), profile.id, {"b", "q1"}, dueAt(kNoon + 3 * kMsPerDay));
    saveCard(db(), profile.id, {"b", "q2"}, dueAt(kNoon + kMsPerDay + 3'600'000));
    saveCard(db(), profile.id, {"b", "q3"}, dueAt(kNoon + 10 * kMsPerDay));
    StudySession session(db(), profile, {&bank}, *scheduler, clock, limits(0));
    CHECK(session.next() == nullptr);
    CHECK(session.held() == HeldCounts{1, 0, 3});
    // q2 is due tomorrow at 13:00 UTC; as a review it comes when tomorrow starts (rollover 0: midnight UTC).
    CHECK(session.nextDueMs() == nextDayStartMs(kNoon, 0));
    CHECK(session.reviewAheadCount(1) == 1);
    CHECK(session.reviewAheadCount(3) == 2);
    CHECK(session.studyMore(CustomStudy{0, 3}) == 2);
    CHECK(session.held().later == 1);
    const std::vector<std::string> ids = studyAll(session);
    CHECK(ids == std::vector<std::string>{"q2", "q1"});
    // Reviewed ahead: the new due times lie past the old ones (they count from today).
    CHECK(loadCard(db(), profile.id, {"b", "q1"})->memory.dueMs > kNoon + 3 * kMsPerDay);
    CHECK(session.nextDueMs() == nextDayStartMs(kNoon, 0));  // the new question q4 is held by the limit
}

TEST_CASE_FIXTURE(SessionFixture, "custom study: with nothing held, the next due is the earliest review's day") {
    const Bank bank = session_test::makeTrueFalseBank("b", 2);
    saveCard(db(), profile.id, {"b", "q1"}, dueAt(kNoon + 4 * kMsPerDay + 3'600'000));
    saveCard(db(), profile.id, {"b", "q2"}, dueAt(kNoon + 2 * kMsPerDay + 5 * 3'600'000));
    SessionConfig config = limits(5);
    config.rolloverHour = 4;
    StudySession session(db(), profile, {&bank}, *scheduler, clock, config);
    CHECK(session.next() == nullptr);
    CHECK(session.held() == HeldCounts{0, 0, 2});
    // q2 is due 2025-06-17 17:00 UTC; that day starts at 04:00 UTC.
    CHECK(session.nextDueMs() == kNoon + 2 * kMsPerDay - 8 * 3'600'000);
}
