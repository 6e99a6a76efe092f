// The live classroom server on civetweb (see live_server.hpp).
//
// [SECTION] C trampolines
// [SECTION] Start and stop
// [SECTION] Static files
// [SECTION] WebSocket callbacks (civetweb threads: stamp and queue only)
// [SECTION] Game thread: inbox and replies (and the sender thread)
#include "net/live_server.hpp"

#include <algorithm>
#include <chrono>
#include <civetweb.h>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <time.h>

#include "net/live_protocol.hpp"

namespace retain::net {

namespace {

// The most of one frame kept for the parser: one byte past the limit, so it can refuse it as too large.
constexpr std::size_t kLiveMaxInboundBytes = kLiveMaxMessageBytes + 1;

// [SECTION] C trampolines

LiveServer* serverOf(const mg_connection* connection) {
    return static_cast<LiveServer*>(mg_get_user_data(mg_get_context(connection)));
}

int httpTrampoline(mg_connection* connection, void*) { return serverOf(connection)->onHttp(connection); }
int connectTrampoline(const mg_connection* connection, void*) { return serverOf(connection)->onWebSocketConnect(connection); }
void readyTrampoline(mg_connection* connection, void*) { serverOf(connection)->onWebSocketReady(connection); }
int dataTrampoline(mg_connection* connection, int bits, char* data, std::size_t length, void*) {
    return serverOf(connection)->onWebSocketData(connection, bits, data, length);
}
void closeTrampoline(const mg_connection* connection, void*) { serverOf(connection)->onWebSocketClose(connection); }

std::uint64_t connectionId(const mg_connection* connection) {
    return static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(mg_get_user_connection_data(connection)));
}

const char* mimeType(const std::string& path) {
    auto endsWith = [&](const char* suffix) {
        const std::size_t n = std::strlen(suffix);
        return path.size() >= n && path.compare(path.size() - n, n, suffix) == 0;
    };
    if (endsWith(".html")) return "text/html; charset=utf-8";
    if (endsWith(".css")) return "text/css; charset=utf-8";
    if (endsWith(".js")) return "text/javascript; charset=utf-8";
    if (endsWith(".png")) return "image/png";
    if (endsWith(".svg")) return "image/svg+xml";
    return "application/octet-stream";
}

// Returns this thread's CPU time so far, ns.
std::int64_t threadCpuNs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The page loads nothing from elsewhere and runs no inline script, whatever a name or answer holds.
constexpr const char* kSecurityHeaders =
    "Content-Security-Policy: default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; object-src 'none'; base-uri 'none'\r\n"
    "X-Content-Type-Options: nosniff\r\n";

}  // namespace

int liveServerThreads(int playerCap) { return std::max(playerCap, 1) + 20; }

bool isServablePath(const std::string& uri) {
    if (uri.empty() || uri[0] != '/') return false;
    if (uri.find('\\') != std::string::npos || uri.find('\0') != std::string::npos) return false;
    std::size_t start = 1;
    while (start <= uri.size()) {
        std::size_t end = uri.find('/', start);
        if (end == std::string::npos) end = uri.size();
        const std::string segment = uri.substr(start, end - start);
        if (!segment.empty() && segment[0] == '.') return false;  // "..", ".git", ".env"
        start = end + 1;
    }
    return true;
}

// [SECTION] Start and stop

LiveServer::LiveServer(LiveServerOptions options, const Clock& clock) : m_options(std::move(options)), m_clock(clock) {}

LiveServer::~LiveServer() { stop(); }

bool LiveServer::start(std::string& error) {
    char resolved[PATH_MAX];
    if (m_options.webRoot.empty() || realpath(m_options.webRoot.c_str(), resolved) == nullptr) {
        error = "the web folder " + m_options.webRoot + " does not exist";
        return false;
    }
    m_rootCanonical = resolved;
    mg_init_library(0);
    const std::string ports = m_options.bindAddress + ":" + std::to_string(m_options.port);
    const std::string threads = std::to_string(std::max(m_options.threads, 4));
    // No document_root: every file goes through onHttp, which serves only the web folder.
    const char* config[] = {"listening_ports", ports.c_str(),
                            "num_threads", threads.c_str(),
                            "enable_websocket_ping_pong", "yes",  // a phone gone without a goodbye is noticed
                            "enable_keep_alive", "yes",           // the page's files over one connection
                            "tcp_nodelay", "1",  // small frames go at once: Nagle + delayed ACK held each ack ~90 ms
                            "websocket_timeout_ms", "30000",
                            "request_timeout_ms", "10000",
                            "enable_directory_listing", "no",
                            "static_file_max_age", "0",  // a new version of the page is seen at once
                            nullptr};
    mg_callbacks callbacks{};
    m_context = mg_start(&callbacks, this, config);
    if (m_context == nullptr) {
        error = "cannot listen on " + ports + " (is the port in use?)";
        return false;
    }
    mg_set_request_handler(m_context, "/", httpTrampoline, nullptr);
    mg_set_websocket_handler(m_context, "/ws", connectTrampoline, readyTrampoline, dataTrampoline, closeTrampoline, nullptr);
    mg_server_port listening[4];
    const int count = mg_get_server_ports(m_context, 4, listening);
    m_port = count > 0 ? listening[0].port : m_options.port;
    m_sendStopping = false;
    m_sender = std::thread([this] { runSender(); });
    return true;
}

void LiveServer::stop() {
    if (m_context == nullptr) return;
    {
        std::lock_guard lock(m_sendMutex);
        m_sendStopping = true;
    }
    m_sendReady.notify_one();
    m_sender.join();  // what was handed over is queued on the writers now
    {
        // The last replies (the podium, "the game is over") reach phones that are still reading before
        // their connections close; one that does not read within the second is not waited for. The lock
        // keeps each writer alive meanwhile (a closing connection waits for it in onWebSocketClose).
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
        std::lock_guard lock(m_connectionsMutex);
        for (auto& [id, peer] : m_connections)
            if (!peer.dropped && peer.writer) peer.writer->waitUntilWritten(deadline);
    }
    mg_stop(m_context);  // joins every civetweb thread; close handlers have run
    m_context = nullptr;
    std::lock_guard lock(m_connectionsMutex);
    m_connections.clear();
}

// [SECTION] Static files

int LiveServer::onHttp(mg_connection* connection) {
    const mg_request_info* request = mg_get_request_info(connection);
    const std::string method = request->request_method ? request->request_method : "";
    if (method != "GET" && method != "HEAD") {
        mg_send_http_error(connection, 405, "%s", "Only GET is served here.");
        return 405;
    }
    std::string uri = request->local_uri ? request->local_uri : "/";
    if (uri == "/") uri = "/index.html";
    if (uri.rfind("/picture/", 0) == 0) return servePicture(connection, uri);
    char resolved[PATH_MAX];
    const std::string path = m_rootCanonical + uri;
    struct stat info {};
    // realpath resolves symlinks: a link that points out of the web folder is refused like "..".
    const bool inside = isServablePath(uri) && realpath(path.c_str(), resolved) != nullptr &&
                        std::strncmp(resolved, (m_rootCanonical + "/").c_str(), m_rootCanonical.size() + 1) == 0 &&
                        stat(resolved, &info) == 0 && S_ISREG(info.st_mode);
    if (!inside) {
        mg_send_http_error(connection, 404, "%s", "Not found.");
        return 404;
    }
    mg_send_mime_file2(connection, resolved, mimeType(resolved), kSecurityHeaders);
    return 200;
}

// Only a file the game's questions name, by its position (live_pictures.hpp); never a path from the URL.
int LiveServer::servePicture(mg_connection* connection, const std::string& uri) {
    const std::string file = livePictureFile(m_options.pictures, uri);
    struct stat info {};
    if (file.empty() || stat(file.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
        mg_send_http_error(connection, 404, "%s", "Not found.");
        return 404;
    }
    mg_send_mime_file2(connection, file.c_str(), livePictureType(file), kSecurityHeaders);
    return 200;
}

// [SECTION] WebSocket callbacks (civetweb threads: stamp and queue only)

int LiveServer::onWebSocketConnect(const mg_connection* connection) {
    const std::uint64_t id = m_nextConnection++;
    mg_set_user_connection_data(connection, reinterpret_cast<void*>(static_cast<std::uintptr_t>(id)));
    return 0;  // accept
}

void LiveServer::onWebSocketReady(mg_connection* connection) {
    const std::uint64_t id = connectionId(connection);
    const mg_request_info* request = mg_get_request_info(connection);
    // The writer is the only one writing to this connection; it is ended in onWebSocketClose, before
    // civetweb frees the connection.
    auto write = [connection](const std::string& text, bool close) {
        if (!text.empty() && mg_websocket_write(connection, MG_WEBSOCKET_OPCODE_TEXT, text.data(), text.size()) <= 0) return false;
        if (close) mg_websocket_write(connection, MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE, "", 0);
        return true;
    };
    {
        std::lock_guard lock(m_connectionsMutex);
        Peer& peer = m_connections[id];
        peer.writer = std::make_unique<LiveConnectionWriter>(write, m_options.outboxLimitBytes);
        peer.address = request->remote_addr;
    }
    push(LiveInbound{LiveInbound::Kind::Opened, id, request->remote_addr, {}, m_clock.nowMs()});
}

int LiveServer::onWebSocketData(mg_connection* connection, int bits, const char* data, std::size_t length) {
    const int opcode = bits & 0x0F;
    if (opcode == MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE) return 0;
    if (opcode == MG_WEBSOCKET_OPCODE_PING || opcode == MG_WEBSOCKET_OPCODE_PONG) return 1;
    const std::uint64_t id = connectionId(connection);
    {
        std::lock_guard lock(m_connectionsMutex);
        const auto at = m_connections.find(id);
        if (at == m_connections.end() || at->second.dropped) return 0;  // the game already counts it as gone
    }
    const mg_request_info* request = mg_get_request_info(connection);
    const std::size_t kept = std::min(length, kLiveMaxInboundBytes);
    if (push(LiveInbound{LiveInbound::Kind::Text, id, request->remote_addr, std::string(data, kept), m_clock.nowMs()})) return 1;
    // The game thread is behind: say so rather than queue without end; the page may send it again.
    ++m_refused;
    std::lock_guard lock(m_connectionsMutex);
    if (const auto at = m_connections.find(id); at != m_connections.end() && !at->second.dropped)
        if (!at->second.writer->queue(errorMessage("busy", "The game is busy: please send that again in a moment."))) drop(id, at->second);
    return 1;
}

void LiveServer::onWebSocketClose(const mg_connection* connection) {
    const std::uint64_t id = connectionId(connection);
    const mg_request_info* request = mg_get_request_info(connection);
    std::unique_ptr<LiveConnectionWriter> writer;
    bool dropped = false;
    {
        std::lock_guard lock(m_connectionsMutex);
        const auto at = m_connections.find(id);
        if (at == m_connections.end()) return;  // closed before it was ready
        writer = std::move(at->second.writer);
        dropped = at->second.dropped;
        m_connections.erase(at);
    }
    writer.reset();  // waits for a write in flight to this connection, outside the map's lock
    if (!dropped) push(LiveInbound{LiveInbound::Kind::Closed, id, request->remote_addr, {}, m_clock.nowMs()});
}

void LiveServer::drop(std::uint64_t id, Peer& peer) {
    // Called with m_connectionsMutex held. civetweb closes the socket later (after the close frame, or when
    // the ping-pong fails); for the game the phone is gone now, and its player may rejoin with the token.
    peer.dropped = true;
    ++m_dropped;
    push(LiveInbound{LiveInbound::Kind::Closed, id, peer.address, {}, m_clock.nowMs()});
}

bool LiveServer::push(LiveInbound message) {
    {
        std::lock_guard lock(m_inboxMutex);
        if (message.kind == LiveInbound::Kind::Text) {
            // Opened and Closed are always kept: the game must know who is there.
            std::size_t& ofConnection = m_inboxOf[message.connection];
            if (m_inbox.size() >= m_options.inboxLimit || ofConnection >= m_options.inboxPerConnection) return false;
            ++ofConnection;
        }
        m_inbox.push_back(std::move(message));
    }
    m_inboxReady.notify_one();
    if (m_options.onInbound) m_options.onInbound();
    return true;
}

// [SECTION] Game thread: inbox and replies (and the sender thread)

std::vector<LiveInbound> LiveServer::waitInbox(std::int64_t timeoutMs) {
    std::unique_lock lock(m_inboxMutex);
    m_inboxReady.wait_for(lock, std::chrono::milliseconds(std::max<std::int64_t>(timeoutMs, 0)), [&] { return !m_inbox.empty(); });
    std::vector<LiveInbound> taken(std::make_move_iterator(m_inbox.begin()), std::make_move_iterator(m_inbox.end()));
    m_inbox.clear();
    m_inboxOf.clear();
    return taken;
}

void LiveServer::send(std::vector<LiveOutbound> replies) {
    if (replies.empty()) return;
    {
        std::lock_guard lock(m_sendMutex);
        m_sendBatches.push_back(std::move(replies));
    }
    m_sendReady.notify_one();
}

void LiveServer::runSender() {
    std::unique_lock lock(m_sendMutex);
    for (;;) {
        m_sendReady.wait(lock, [&] { return m_sendStopping || !m_sendBatches.empty(); });
        if (m_sendBatches.empty()) return;  // stopping, and everything handed over is delivered
        std::vector<LiveOutbound> batch = std::move(m_sendBatches.front());
        m_sendBatches.pop_front();
        lock.unlock();
        const std::int64_t before = threadCpuNs();
        deliver(batch);
        m_senderBusiestNs.store(std::max(m_senderBusiestNs.load(), threadCpuNs() - before));
        lock.lock();
    }
}

void LiveServer::deliver(std::vector<LiveOutbound>& replies) {
    std::lock_guard lock(m_connectionsMutex);
    for (LiveOutbound& reply : replies) {
        const auto at = m_connections.find(reply.connection);
        if (at == m_connections.end() || at->second.dropped) continue;
        if (!at->second.writer->queue(std::move(reply.text), reply.close)) drop(reply.connection, at->second);
    }
}

std::vector<std::string> pumpLiveHost(LiveServer& server, LiveHost& host, const Clock& clock, std::int64_t maxWaitMs) {
    return pumpHostTurn(server, host, clock, maxWaitMs);
}

std::size_t LiveServer::connectionCount() const {
    std::lock_guard lock(m_connectionsMutex);
    return static_cast<std::size_t>(
        std::count_if(m_connections.begin(), m_connections.end(), [](const auto& entry) { return !entry.second.dropped; }));
}

}  // namespace retain::net
