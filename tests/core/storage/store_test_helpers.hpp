// Helpers of the tests that open data folders: open one and insist, make one with a profile.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "core/clock.hpp"
#include "core/storage/profile_repository.hpp"
#include "core/storage/store.hpp"

namespace retain::storage_test {

// Opens dir with Store::open; REQUIREs that it opened (the refusal is the failure's message).
inline std::unique_ptr<Store> openOk(const std::string& dir, const Clock& clock) {
    StoreOpenResult result = Store::open(dir, clock);
    INFO(result.message);
    REQUIRE(result.store != nullptr);
    return std::move(result.store);
}

// Makes a Retain database in dir with the profile "ann", created at startMs (Unix ms), then closes it.
inline void makeDatabase(const std::string& dir, UnixMs startMs) {
    FixedClock clock(startMs);
    auto store = openOk(dir, clock);
    ensureProfile(store->db(), "ann", SchedulerKind::Fsrs, startMs);
}

}  // namespace retain::storage_test
