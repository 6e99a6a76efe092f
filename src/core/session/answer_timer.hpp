// The time a learner spends answering one question: from when it went on screen to the answer, less the
// time the question was not on screen (another tab in front). Time comes from the caller's clock.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>

#include "core/types.hpp"

namespace retain {

class AnswerTimer {
public:
    // Starts timing a question shown at nowMs (Unix ms); forgets any earlier pause.
    void start(UnixMs nowMs) {
        m_startedMs = nowMs;
        m_pausedTotalMs = 0;
        m_pausedSinceMs.reset();
    }
    // Stops the count at nowMs (the question left the screen); a second pause changes nothing.
    void pause(UnixMs nowMs) {
        if (!m_pausedSinceMs) m_pausedSinceMs = nowMs;
    }
    // Counts on from nowMs (the question is back on screen); does nothing when not paused.
    void resume(UnixMs nowMs) {
        if (!m_pausedSinceMs) return;
        m_pausedTotalMs += std::max<std::int64_t>(0, nowMs - *m_pausedSinceMs);
        m_pausedSinceMs.reset();
    }
    // Returns the time spent answering up to nowMs, ms (>= 0): the time on screen, pauses left out.
    std::int64_t elapsedMs(UnixMs nowMs) const {
        const UnixMs end = m_pausedSinceMs ? std::min(nowMs, *m_pausedSinceMs) : nowMs;
        return std::max<std::int64_t>(0, end - m_startedMs - m_pausedTotalMs);
    }
    // Returns when the question first went on screen, Unix ms.
    UnixMs startedMs() const { return m_startedMs; }
    // True between pause() and resume().
    bool paused() const { return m_pausedSinceMs.has_value(); }

private:
    UnixMs m_startedMs = 0;                  // Unix ms
    std::int64_t m_pausedTotalMs = 0;        // finished pauses, ms
    std::optional<UnixMs> m_pausedSinceMs;   // the pause under way began here, Unix ms
};

}  // namespace retain
