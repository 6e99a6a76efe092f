// The live classroom's HTTP + WebSocket server (civetweb): serves the student page from the web folder and
// carries the phones' messages on /ws. civetweb runs one thread per connection; those threads only stamp
// and queue what they receive into a bounded inbox (over the bound a phone is asked politely to send again).
// The one game thread takes the inbox (waitInbox), hands it to a LiveHost, and hands the replies (send) to
// the server's sender thread, which queues each into its connection's bounded outbox, written by that
// connection's own writer thread: the game never waits for a socket nor pays for waking 200 writers (a
// question to the whole class is one hand-over), and a phone that cannot keep up is disconnected. Nothing
// here knows the game.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.hpp"
#include "core/classroom/live_game.hpp"
#include "net/live_connection_writer.hpp"
#include "net/live_host.hpp"
#include "net/live_pictures.hpp"

struct mg_context;
struct mg_connection;

namespace retain::net {

struct LiveServerOptions {
    std::string bindAddress = "0.0.0.0";  // listen address; tests use 127.0.0.1
    int port = 8080;                      // TCP port; 0 = any free port (see port())
    std::string webRoot;                  // the folder served (assets/web); nothing outside it is
    int threads = kLiveDefaultPlayerCap + 20;  // civetweb worker threads: one per open connection (see liveServerThreads)
    std::size_t outboxLimitBytes = kLiveOutboxLimitBytes;  // per connection: unwritten bytes before it is dropped
    std::size_t inboxLimit = 4096;        // messages queued for the game thread before new ones are refused
    std::size_t inboxPerConnection = 32;  // of those, from one connection (one phone cannot fill the inbox)
    std::function<void()> onInbound;      // called on a server thread after each queued message (the window's wake-up); may be empty
    LivePictureFiles pictures;            // the game's picture files, served under /picture/ (livePictureFiles); empty = none
};

// Returns the civetweb worker threads for a game of playerCap players: one per phone's WebSocket plus
// room for page loads and reconnects.
int liveServerThreads(int playerCap);

class LiveServer {
public:
    // clock stamps each message on arrival (kept alive by the caller; must be safe to read from any thread).
    LiveServer(LiveServerOptions options, const Clock& clock);
    ~LiveServer();
    LiveServer(const LiveServer&) = delete;
    LiveServer& operator=(const LiveServer&) = delete;

    // Starts listening. Returns false with error set when the web folder is missing or the port is taken.
    bool start(std::string& error);
    // Stops the server: what send() was given is written to every phone still reading (waiting at most
    // 1 s), then every connection is closed and every civetweb thread has ended on return.
    void stop();
    // Returns the port listened on (the one chosen when options.port was 0); 0 before start.
    int port() const { return m_port; }

    // Game thread: waits up to timeoutMs (ms) for inbound messages and returns them, oldest first (at
    // once when some are queued; empty after the timeout).
    std::vector<LiveInbound> waitInbox(std::int64_t timeoutMs);
    // Game thread: hands the replies to the sender thread and returns at once (never waits for a socket or
    // a writer). In order, the sender queues each on its connection's outbox; a connection that has gone is
    // skipped, one whose outbox overflows is disconnected. What was handed over before stop() is written
    // before stop() closes the connections.
    void send(std::vector<LiveOutbound> replies);
    // Returns how many WebSocket connections are open (dropped ones no longer count).
    std::size_t connectionCount() const;
    // Returns how many connections were dropped for not keeping up with their outbox.
    std::uint64_t droppedCount() const { return m_dropped.load(); }
    // Returns how many inbound messages were refused because the inbox was full.
    std::uint64_t refusedCount() const { return m_refused.load(); }
    // Returns the most CPU time the sender thread spent on one handed-over batch so far, ns (benchmarks).
    std::int64_t senderBusiestBatchNs() const { return m_senderBusiestNs.load(); }

    // civetweb callbacks (public for the C trampolines only).
    int onHttp(mg_connection* connection);
    int onWebSocketConnect(const mg_connection* connection);
    void onWebSocketReady(mg_connection* connection);
    int onWebSocketData(mg_connection* connection, int bits, const char* data, std::size_t length);
    void onWebSocketClose(const mg_connection* connection);

private:
    struct Peer {
        std::unique_ptr<LiveConnectionWriter> writer;
        std::string address;  // the peer's IP address
        bool dropped = false; // given up on: the game was told it closed; civetweb has not closed it yet
    };
    // Serves the picture uri names (live_pictures.hpp), or 404.
    int servePicture(mg_connection* connection, const std::string& uri);
    // Queues message for the game thread; returns false (not queued) for a text message over the bounds.
    bool push(LiveInbound message);
    void drop(std::uint64_t id, Peer& peer);
    // The sender thread: takes the handed-over batches in order and queues them on the writers.
    void runSender();
    // Queues each reply on its connection's writer, moving its text out (sender thread).
    void deliver(std::vector<LiveOutbound>& replies);

    LiveServerOptions m_options;
    const Clock& m_clock;
    std::string m_rootCanonical;  // realpath of the web folder
    mg_context* m_context = nullptr;
    int m_port = 0;
    std::atomic<std::uint64_t> m_nextConnection{1};

    mutable std::mutex m_connectionsMutex;  // guards m_connections (never held while writing a socket)
    std::map<std::uint64_t, Peer> m_connections;
    std::atomic<std::uint64_t> m_dropped{0};
    std::atomic<std::uint64_t> m_refused{0};

    std::mutex m_inboxMutex;
    std::condition_variable m_inboxReady;
    std::deque<LiveInbound> m_inbox;
    std::map<std::uint64_t, std::size_t> m_inboxOf;  // text messages queued per connection

    std::mutex m_sendMutex;  // guards m_sendBatches and m_sendStopping
    std::condition_variable m_sendReady;
    std::deque<std::vector<LiveOutbound>> m_sendBatches;  // handed over by send(), oldest first
    bool m_sendStopping = false;
    std::atomic<std::int64_t> m_senderBusiestNs{0};  // CPU of the sender's costliest batch, ns
    std::thread m_sender;  // runs runSender() between start() and stop()
};

// Game thread: one turn of the host loop. Waits for messages at most maxWaitMs (ms) and never past the
// game's next deadline, hands them to host, applies due timers (flush), sends the replies, and returns the
// event lines produced (LiveHost::takeEventLines). The window calls it once a frame with maxWaitMs = 0.
std::vector<std::string> pumpLiveHost(LiveServer& server, LiveHost& host, const Clock& clock, std::int64_t maxWaitMs);

// The turn pumpLiveHost takes, for any host with game().nextDeadlineMs(), handle, flush, takeOutbox and
// takeEventLines (LiveHost, SelfPacedHost).
template <class Host>
std::vector<std::string> pumpHostTurn(LiveServer& server, Host& host, const Clock& clock, std::int64_t maxWaitMs) {
    std::int64_t waitMs = std::max<std::int64_t>(maxWaitMs, 0);
    if (const auto deadline = host.game().nextDeadlineMs()) waitMs = std::clamp<std::int64_t>(*deadline - clock.nowMs(), 0, waitMs);
    for (const LiveInbound& message : server.waitInbox(waitMs)) host.handle(message);
    host.flush(clock.nowMs());
    server.send(host.takeOutbox());
    return host.takeEventLines();
}

// Returns true when uri (decoded, starting with "/") may name a file under the web folder: no "..", no
// backslash, no NUL, no hidden segment (starting with ".").
bool isServablePath(const std::string& uri);

}  // namespace retain::net
