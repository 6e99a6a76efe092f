// Time enters core only through a Clock, so tests can fix "now".
#pragma once

#include "core/types.hpp"

namespace retain {

// A source of the current time.
class Clock {
public:
    virtual ~Clock() = default;
    // Returns the current time, Unix ms (UTC).
    virtual UnixMs nowMs() const = 0;
};

// The real wall clock.
class SystemClock final : public Clock {
public:
    UnixMs nowMs() const override;
};

// A clock that says what it is told; for tests and replays.
class FixedClock final : public Clock {
public:
    explicit FixedClock(UnixMs nowMs) : m_nowMs(nowMs) {}
    UnixMs nowMs() const override { return m_nowMs; }
    // Sets the time, Unix ms.
    void set(UnixMs nowMs) { m_nowMs = nowMs; }
    // Moves the time forward by deltaMs milliseconds.
    void advance(UnixMs deltaMs) { m_nowMs += deltaMs; }

private:
    UnixMs m_nowMs;
};

}  // namespace retain
