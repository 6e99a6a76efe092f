// PIN guessing throttle (see pin_throttle.hpp).
#include "net/pin_throttle.hpp"

#include <algorithm>

namespace retain::net {

std::int64_t PinThrottle::waitMs(const std::string& address, UnixMs nowMs) const {
    const auto at = m_entries.find(address);
    if (at == m_entries.end() || at->second.failures < kPinFreeTries) return 0;
    if (nowMs - at->second.lastFailureMs >= kPinForgetMs) return 0;
    const int doublings = std::min(at->second.failures - kPinFreeTries, 16);
    const std::int64_t wait = std::min(kPinFirstWaitMs << doublings, kPinLongestWaitMs);
    return std::max<std::int64_t>(at->second.lastFailureMs + wait - nowMs, 0);
}

void PinThrottle::recordFailure(const std::string& address, UnixMs nowMs) {
    // Forget addresses idle for long, so a scan from many addresses cannot grow the map without end.
    if (m_entries.size() > 4096) {
        std::erase_if(m_entries, [&](const auto& entry) { return nowMs - entry.second.lastFailureMs >= kPinForgetMs; });
    }
    Entry& entry = m_entries[address];
    if (nowMs - entry.lastFailureMs >= kPinForgetMs) entry.failures = 0;
    ++entry.failures;
    entry.lastFailureMs = nowMs;
}

}  // namespace retain::net
