// A connection's bounded outbox and writer thread (see live_connection_writer.hpp).
#include "net/live_connection_writer.hpp"

#include <algorithm>

namespace retain::net {

LiveConnectionWriter::LiveConnectionWriter(WriteFn write, std::size_t limitBytes)
    : m_write(std::move(write)), m_limitBytes(limitBytes), m_thread([this] { run(); }) {}

LiveConnectionWriter::~LiveConnectionWriter() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_pending.clear();
        m_pendingBytes = 0;
    }
    m_wake.notify_one();
    m_thread.join();
}

bool LiveConnectionWriter::queue(std::string text, bool close) {
    bool overflowed = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_givenUp || m_stopping) return false;
        if (m_pendingBytes + text.size() > m_limitBytes) {
            // Far behind: what it would still receive is stale anyway. Give up on it rather than grow, and
            // close it once the write in flight is done, so a phone that is slow (not gone) reconnects.
            m_givenUp = true;
            m_pending.clear();
            m_pending.push_back({std::string(), true});
            m_pendingBytes = 0;
            overflowed = true;
        }
        if (!overflowed) {
            m_pendingBytes += text.size();
            m_pending.push_back({std::move(text), close});
        }
    }
    m_wake.notify_one();
    return !overflowed;
}

bool LiveConnectionWriter::givenUp() const {
    std::lock_guard lock(m_mutex);
    return m_givenUp;
}

std::size_t LiveConnectionWriter::pendingBytes() const {
    std::lock_guard lock(m_mutex);
    return m_pendingBytes;
}

bool LiveConnectionWriter::waitUntilWritten(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock lock(m_mutex);
    return m_written.wait_until(lock, deadline, [&] { return m_stopping || (m_pending.empty() && !m_writing); });
}

void LiveConnectionWriter::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stopping || !m_pending.empty(); });
        // Once given up only the closing frame is left to write; stopping drops even that.
        if (m_stopping) return;
        Item item = std::move(m_pending.front());
        m_pending.pop_front();
        m_writing = true;
        lock.unlock();
        // The socket write happens outside the lock: queue() never waits for a slow phone.
        const bool written = m_write(item.text, item.close);
        lock.lock();
        m_writing = false;
        m_pendingBytes -= std::min(m_pendingBytes, item.text.size());
        if (!written && !m_givenUp) {
            m_givenUp = true;
            m_pending.clear();
            m_pendingBytes = 0;
        }
        if (m_pending.empty()) m_written.notify_all();
    }
}

}  // namespace retain::net
