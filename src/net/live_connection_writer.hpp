// One WebSocket connection's outbox: a bounded queue of messages and the thread that writes them. The game
// thread only queues (never waits on a socket), so a phone that reads slowly delays nobody but itself; a
// phone so far behind that its queue would pass the limit is given up on (queue() returns false), and the
// server then treats it as disconnected (its player may rejoin with the token).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace retain::net {

constexpr std::size_t kLiveOutboxLimitBytes = 256 * 1024;  // queued, unwritten bytes a phone may lag behind

class LiveConnectionWriter {
public:
    // Writes one message (close = send a close frame after it; text empty = only the close frame); returns
    // false when the connection failed. Called on the writer's own thread only.
    using WriteFn = std::function<bool(const std::string& text, bool close)>;

    // Starts the writer's thread. limitBytes: the most bytes queued but not yet written.
    LiveConnectionWriter(WriteFn write, std::size_t limitBytes = kLiveOutboxLimitBytes);
    // Drops what is still queued, waits for a write in flight to return, and ends the thread.
    ~LiveConnectionWriter();
    LiveConnectionWriter(const LiveConnectionWriter&) = delete;
    LiveConnectionWriter& operator=(const LiveConnectionWriter&) = delete;

    // Queues text without waiting. Returns false, and from then on refuses everything, when the queue would
    // pass the limit or a write has failed: the connection cannot keep up (what was queued is dropped; on
    // overflow a close frame is written instead, so a slow phone that is still there reconnects).
    bool queue(std::string text, bool close = false);
    // Returns true once the writer has given up on the connection (see queue).
    bool givenUp() const;
    // Returns the bytes queued and not yet written.
    std::size_t pendingBytes() const;
    // Waits until everything queued is written (or given up on), at most until deadline; returns true when
    // nothing is left to write.
    bool waitUntilWritten(std::chrono::steady_clock::time_point deadline);

private:
    struct Item {
        std::string text;
        bool close = false;
    };
    void run();

    WriteFn m_write;
    std::size_t m_limitBytes;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_written;  // notified when the queue is empty and no write is in flight
    std::deque<Item> m_pending;
    std::size_t m_pendingBytes = 0;
    bool m_givenUp = false;
    bool m_stopping = false;
    bool m_writing = false;  // a write is in flight (outside the lock)
    std::thread m_thread;  // last: starts once everything above is set up
};

}  // namespace retain::net
