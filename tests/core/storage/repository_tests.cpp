// Profiles, card state and the review log round-trip through SQLite exactly.
#include <doctest/doctest.h>

#include "core/clock.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/review_repository.hpp"
#include "core/storage/store.hpp"
#include "storage_test_support.hpp"

using namespace retain;

namespace {

constexpr UnixMs kNow = 1'750'000'000'000;

CardMemory sampleMemory(int seed) {
    CardMemory memory;
    memory.phase = CardPhase::Relearning;
    memory.stability = 3.25 + seed;
    memory.difficulty = 6.5;
    memory.ease = 2.2;
    memory.intervalDays = 0.00694;
    memory.box = 2;
    memory.step = 1;
    memory.reps = 7 + seed;
    memory.lapses = 2;
    memory.dueMs = kNow + 600'000;
    memory.lastReviewMs = kNow;
    return memory;
}

struct Fixture {
    storage_test::TempDir dir;
    FixedClock clock{kNow};
    std::unique_ptr<Store> store;
    Fixture() {
        StoreOpenResult result = Store::open(dir.path(), clock);
        REQUIRE(result.store);
        store = std::move(result.store);
    }
};

}  // namespace

TEST_CASE_FIXTURE(Fixture, "storage: ensureProfile creates once and then finds the same row") {
    const Profile created = ensureProfile(store->db(), "ann", SchedulerKind::Sm2, kNow);
    const Profile again = ensureProfile(store->db(), "ann", SchedulerKind::Fsrs, kNow + 5);
    CHECK(again.id == created.id);
    CHECK(again.study.scheduler == SchedulerKind::Sm2);
    CHECK(again.createdMs == kNow);
    ensureProfile(store->db(), "bob", SchedulerKind::Leitner, kNow);
    CHECK(listProfiles(store->db()).size() == 2);
    CHECK_FALSE(findProfile(store->db(), "carl").has_value());
}

TEST_CASE_FIXTURE(Fixture, "storage: card state round-trips every field, and an upsert replaces it") {
    const ProfileId profile = ensureProfile(store->db(), "ann", SchedulerKind::Fsrs, kNow).id;
    const CardKey key{"bank", "q1"};
    CHECK_FALSE(loadCard(store->db(), profile, key).has_value());
    StoredCard card{sampleMemory(0), true, kNow + kMsPerDay};
    saveCard(store->db(), profile, key, card);
    CHECK(loadCard(store->db(), profile, key) == card);
    card.memory = sampleMemory(1);
    card.suspended = false;
    saveCard(store->db(), profile, key, card);
    CHECK(loadCard(store->db(), profile, key) == card);
    const auto all = loadCards(store->db(), profile);
    REQUIRE(all.size() == 1);
    CHECK(all.at(key) == card);
    const auto counts = countCardsByPhase(store->db(), profile);
    CHECK(counts[static_cast<int>(CardPhase::Relearning)] == 1);
    CHECK(counts[static_cast<int>(CardPhase::Review)] == 0);
}

TEST_CASE_FIXTURE(Fixture, "storage: the review log round-trips a row; it cannot be updated, only deleted") {
    const ProfileId profile = ensureProfile(store->db(), "ann", SchedulerKind::Fsrs, kNow).id;
    const SessionId session = beginStudySession(store->db(), profile, kNow, "terminal");
    ReviewRecord record;
    record.profileId = profile;
    record.card = {"bank", "q1"};
    record.sessionId = session;
    record.reviewedMs = kNow + 1234;
    record.rating = Rating::Hard;
    record.score = 0.75;
    record.response = "Tokyo, 東京";
    record.durationMs = 8'500;
    record.before = CardMemory{};
    record.after = sampleMemory(2);
    record.id = appendReview(store->db(), record);
    CHECK(record.id > 0);
    CHECK(findReview(store->db(), record.id) == record);
    CHECK(countReviews(store->db(), profile) == 1);

    CHECK_THROWS_AS(store->db().exec("UPDATE review_log SET rating = 4"), sql::StorageError);
    CHECK(findReview(store->db(), record.id)->rating == Rating::Hard);

    const auto introduced = cardsAnsweredSince(store->db(), profile, CardPhase::New, kNow);
    REQUIRE(introduced.size() == 1);
    CHECK(introduced[0] == record.card);
    CHECK(cardsAnsweredSince(store->db(), profile, CardPhase::New, kNow + 2000).empty());
    CHECK(cardsAnsweredSince(store->db(), profile, CardPhase::Review, kNow).empty());  // it was new, not a review

    // Two answers to the same card in review count as two reviews (as Anki counts them).
    ReviewRecord review = record;
    review.before = sampleMemory(2);
    review.before.phase = CardPhase::Review;
    for (int i = 0; i < 2; ++i) {
        review.reviewedMs = kNow + 5000 + i;
        appendReview(store->db(), review);
    }
    CHECK(cardsAnsweredSince(store->db(), profile, CardPhase::Review, kNow).size() == 2);
    store->db().exec("DELETE FROM review_log WHERE before_phase = 2");

    CHECK(deleteReview(store->db(), record.id));
    CHECK_FALSE(deleteReview(store->db(), record.id));
    CHECK(countAllReviews(store->db()) == 0);
    endStudySession(store->db(), session, kNow + 60'000);
    CHECK(store->db().queryInt("SELECT ended_ms FROM study_sessions").value_or(0) == kNow + 60'000);
}

TEST_CASE_FIXTURE(Fixture, "storage: a transaction left without commit rolls back") {
    const ProfileId profile = ensureProfile(store->db(), "ann", SchedulerKind::Fsrs, kNow).id;
    {
        sql::Transaction transaction(store->db());
        saveCard(store->db(), profile, {"bank", "q1"}, StoredCard{sampleMemory(0), false, 0});
    }
    CHECK_FALSE(loadCard(store->db(), profile, {"bank", "q1"}).has_value());
}
