// Slowing down guessing: after a few wrong PINs or rejoin tokens from one network address, that address
// must wait before its next try, longer after each further miss. A success forgets nothing (a guesser who
// knows the PIN would reset the count by joining between token guesses); an address's misses are forgotten
// only after kPinForgetMs without one. Pure logic, time passed in.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/types.hpp"

namespace retain::net {

constexpr int kPinFreeTries = 3;                 // wrong PINs or tokens an address may send without waiting
constexpr std::int64_t kPinFirstWaitMs = 1000;   // wait after the first try beyond those, ms (doubles each miss)
constexpr std::int64_t kPinLongestWaitMs = 30'000;  // the wait never grows beyond this, ms
constexpr std::int64_t kPinForgetMs = 600'000;   // an address with no miss for this long starts afresh, ms

class PinThrottle {
public:
    // Returns how long address must still wait before a PIN try at nowMs, ms (0 = it may try now).
    std::int64_t waitMs(const std::string& address, UnixMs nowMs) const;
    // Records a wrong PIN or token from address at nowMs.
    void recordFailure(const std::string& address, UnixMs nowMs);
    // Returns how many addresses are remembered.
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        int failures = 0;
        UnixMs lastFailureMs = 0;  // Unix ms
    };
    std::map<std::string, Entry> m_entries;
};

}  // namespace retain::net
