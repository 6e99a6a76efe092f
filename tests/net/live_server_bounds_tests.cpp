// The server's bounds over 127.0.0.1: a phone that stops reading cannot stall the game thread or the other
// phones (its outbox is bounded and it is dropped), and a flood of messages is refused politely once the
// inbox is full. Also the writer's own rules with a fake socket. Every wait is bounded.
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "net/live_connection_writer.hpp"
#include "net/live_protocol.hpp"
#include "net/live_server.hpp"
#include "net_test_support.hpp"
#include "ws_test_client.hpp"

using namespace retain;
using namespace retain::net;
using namespace retain::net_test;
using nlohmann::json;

namespace {

// A phone that upgrades to WebSocket and then never reads again, with a tiny receive buffer.
class StalledPhone {
public:
    explicit StalledPhone(int port) {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(m_socket >= 0);
        const int small = 4096;
        ::setsockopt(m_socket, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(m_socket, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        const std::string request =
            "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        REQUIRE(::send(m_socket, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size()));
        timeval timeout{5, 0};
        ::setsockopt(m_socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        std::string response;
        char byte = 0;
        while (response.find("\r\n\r\n") == std::string::npos && ::recv(m_socket, &byte, 1, 0) == 1) response += byte;
        REQUIRE(response.rfind("HTTP/1.1 101", 0) == 0);
    }
    ~StalledPhone() { ::close(m_socket); }
    // Returns the socket (to read from it later; its receive timeout is 5 s).
    int socket() const { return m_socket; }

private:
    int m_socket = -1;
};

LiveServerOptions localOptions() {
    LiveServerOptions options;
    options.bindAddress = "127.0.0.1";
    options.port = 0;
    options.webRoot = RETAIN_WEB_ROOT;
    options.threads = 8;
    return options;
}

// Takes inbox messages for up to 5 s until one of kind (on connection, when not 0) arrives.
std::optional<LiveInbound> waitForInbound(LiveServer& server, LiveInbound::Kind kind, std::uint64_t connection = 0) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (std::chrono::steady_clock::now() < deadline) {
        for (LiveInbound& message : server.waitInbox(100))
            if (message.kind == kind && (connection == 0 || message.connection == connection)) return message;
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("net server: a phone that stops reading is dropped and stalls neither the game thread nor the others") {
    SystemClock clock;
    LiveServerOptions options = localOptions();
    options.outboxLimitBytes = 64 * 1024;
    LiveServer server(options, clock);
    std::string error;
    REQUIRE_MESSAGE(server.start(error), error);

    StalledPhone stalled(server.port());
    const auto stalledOpened = waitForInbound(server, LiveInbound::Kind::Opened);
    REQUIRE(stalledOpened);
    Client ana(server.port());
    const auto anaOpened = waitForInbound(server, LiveInbound::Kind::Opened);
    REQUIRE(anaOpened);

    // 32 MB for the stalled phone: far more than the kernel's socket buffers take, so writing it all to the
    // socket from the game thread would block there until the write timeout, message after message.
    const std::string big = errorMessage("filler", std::string(3000, 'x'));
    std::vector<LiveOutbound> flood(32 * 1024 * 1024 / big.size(), LiveOutbound{stalledOpened->connection, big, false});
    flood.push_back(LiveOutbound{anaOpened->connection, errorMessage("hello", "still here"), false});
    auto sending = std::async(std::launch::async, [&] { server.send(flood); });
    // send() only queues: it returns while the stalled phone has read nothing.
    REQUIRE(sending.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    CHECK(ana.waitFor("error")["code"] == "hello");

    // The stalled phone's outbox overflowed: it is dropped, and the game hears it closed (once).
    CHECK(server.droppedCount() == 1);
    CHECK(server.connectionCount() == 1);
    CHECK(waitForInbound(server, LiveInbound::Kind::Closed, stalledOpened->connection));
    // Later replies to it are skipped without waiting; the other phone is served as before.
    auto again = std::async(std::launch::async, [&] {
        server.send({LiveOutbound{stalledOpened->connection, big, false}, LiveOutbound{anaOpened->connection, errorMessage("again", "."), false}});
    });
    REQUIRE(again.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    CHECK(ana.waitFor("error")["code"] == "again");
    server.stop();
}

TEST_CASE("net server: replies sent just before stop reach a phone that is reading (the podium at close)") {
    SystemClock clock;
    LiveServer server(localOptions(), clock);
    std::string error;
    REQUIRE_MESSAGE(server.start(error), error);
    // A phone on a slow network: a tiny receive buffer, reading only after 300 ms, then all it is sent.
    StalledPhone slow(server.port());
    const auto opened = waitForInbound(server, LiveInbound::Kind::Opened);
    REQUIRE(opened);
    std::string received;
    std::thread reader([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        char buffer[4096];
        for (ssize_t n; (n = ::recv(slow.socket(), buffer, sizeof buffer, 0)) > 0;) received.append(buffer, static_cast<std::size_t>(n));
    });
    // 200 kB (within the outbox, far beyond the socket's buffers) and "the game is over" last, handed over
    // and the server stopped at once, as the window does when it closes mid-game.
    const std::string filler = errorMessage("filler", std::string(3000, 'x'));
    std::vector<LiveOutbound> last(65, LiveOutbound{opened->connection, filler, false});
    last.push_back(LiveOutbound{opened->connection, errorMessage("over", "the game is over"), false});
    server.send(std::move(last));
    server.stop();
    reader.join();
    CHECK(received.find("the game is over") != std::string::npos);
}

TEST_CASE("net server: over the inbox bound a phone's messages are refused politely, nothing is lost silently") {
    SystemClock clock;
    LiveServerOptions options = localOptions();
    options.inboxPerConnection = 2;
    LiveServer server(options, clock);
    std::string error;
    REQUIRE_MESSAGE(server.start(error), error);
    Client ben(server.port());
    REQUIRE(waitForInbound(server, LiveInbound::Kind::Opened));
    // The game thread takes nothing meanwhile: the first two are queued, the other three refused.
    for (int i = 0; i < 5; ++i) ben.send("{\"type\":\"join\",\"pin\":\"000000\",\"name\":\"Ben" + std::to_string(i) + "\"}");
    CHECK(ben.waitForCount("error", 3) == 3);
    CHECK(ben.waitFor("error")["code"] == "busy");
    CHECK(server.refusedCount() == 3);
    std::vector<std::string> queued;
    for (const LiveInbound& message : server.waitInbox(100))
        if (message.kind == LiveInbound::Kind::Text) queued.push_back(message.text);
    REQUIRE(queued.size() == 2);
    CHECK(queued[0].find("Ben0") != std::string::npos);
    CHECK(queued[1].find("Ben1") != std::string::npos);
    // Once the game thread has taken them, the phone may send again.
    ben.send("{\"type\":\"join\",\"pin\":\"000000\",\"name\":\"Ben5\"}");
    const auto later = waitForInbound(server, LiveInbound::Kind::Text);
    REQUIRE(later);
    CHECK(later->text.find("Ben5") != std::string::npos);
    server.stop();
}

TEST_CASE("net writer: queue never waits for the socket; over the limit it gives up and closes") {
    std::mutex mutex;
    std::condition_variable released;
    bool release = false;
    std::vector<std::string> written;
    std::atomic<int> closes{0};
    std::atomic<bool> inWrite{false};
    {
        LiveConnectionWriter writer(
            [&](const std::string& text, bool close) {
                inWrite = true;
                std::unique_lock lock(mutex);
                released.wait(lock, [&] { return release; });  // a socket that takes nothing until released
                if (!text.empty()) written.push_back(text);
                if (close) ++closes;
                return true;
            },
            130);
        CHECK(writer.queue(std::string(40, 'a')));
        for (int i = 0; i < 500 && !inWrite; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        REQUIRE(inWrite);  // 'a' is in flight: the thread is blocked in the write
        CHECK(writer.queue(std::string(40, 'b')));
        CHECK(writer.queue(std::string(40, 'c')));
        CHECK(writer.queue(std::string(10, 'd')));
        CHECK_FALSE(writer.queue(std::string(40, 'e')));  // 'a' unwritten + b + c + d + e > 130 bytes
        CHECK(writer.givenUp());
        CHECK_FALSE(writer.queue("f"));
        {
            std::lock_guard lock(mutex);
            release = true;
        }
        released.notify_all();
        for (int i = 0; i < 500 && closes == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    // What was in flight was written, the rest dropped, and a close frame followed.
    REQUIRE(written.size() == 1);
    CHECK(written[0] == std::string(40, 'a'));
    CHECK(closes == 1);

    LiveConnectionWriter failing([](const std::string&, bool) { return false; });
    CHECK(failing.queue("x"));
    for (int i = 0; i < 500 && !failing.givenUp(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(failing.givenUp());
    CHECK_FALSE(failing.queue("y"));
}
