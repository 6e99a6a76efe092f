// Helpers for session tests: banks built in code, and a fixture with a fresh store, a profile, a fixed
// clock and an FSRS scheduler with default parameters.
#pragma once

#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "../storage/storage_test_support.hpp"
#include "core/bank/question.hpp"
#include "core/clock.hpp"
#include "core/scheduler/scheduler.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/store.hpp"

namespace retain::session_test {

// 2025-06-15 12:00:00 UTC: mid-day, so "today" has room on both sides.
constexpr UnixMs kNoon = 1'749'988'800'000;

// Returns a bank with count true/false questions "q1".."qN" whose answer is true.
inline Bank makeTrueFalseBank(const std::string& id, int count) {
    Bank bank;
    bank.id = id;
    bank.title = "Bank " + id;
    for (int i = 1; i <= count; ++i) {
        Question question;
        question.id = "q" + std::to_string(i);
        question.prompt = "Statement " + std::to_string(i) + " is true.";
        question.explanation = "It is.";
        question.answer = TrueFalseAnswer{true};
        bank.questions.push_back(question);
    }
    return bank;
}

// Returns a card in review due at dueMs (Unix ms), last reviewed stabilityDays before, with reps and lapses.
inline StoredCard reviewCard(UnixMs dueMs, double stabilityDays, int reps = 3, int lapses = 0) {
    StoredCard card;
    card.memory = CardMemory{CardPhase::Review, stabilityDays, 5.0, 2.5, stabilityDays, 0, 0, reps, lapses, dueMs,
                             dueMs - static_cast<UnixMs>(stabilityDays * kMsPerDay)};
    return card;
}

struct SessionFixture {
    storage_test::TempDir dir;
    FixedClock clock{kNoon};
    std::unique_ptr<Store> store;
    Profile profile;
    std::unique_ptr<Scheduler> scheduler = makeScheduler(SchedulerKind::Fsrs, SchedulerConfig{});

    SessionFixture() {
        StoreOpenResult result = Store::open(dir.path(), clock);
        REQUIRE(result.store);
        store = std::move(result.store);
        profile = ensureProfile(store->db(), "default", SchedulerKind::Fsrs, kNoon);
    }
    sql::Database& db() { return store->db(); }
};

}  // namespace retain::session_test
