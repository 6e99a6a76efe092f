// The live classroom under a full class, over 127.0.0.1 (issue 16): 200 simulated phones join a game of 10
// choice questions and answer each as soon as it arrives (all at once: the worst burst a class makes). The
// phones run in a child process (a minimal WebSocket client per phone, all in one epoll loop), so this
// process's memory is the host's alone. The host is this process: LiveServer plus the game loop (pumpLiveHost), auto-advancing
// after 1 s reveals. Bounded: the phones give up after 120 s, the host ends the game after 180 s; it stops by
// itself. Reported:
// - p50_ms / p99_ms: from a phone sending its answer to receiving the ack, ms (target p99 < 50 ms);
// - frame_cpu_p99_ms / frame_cpu_max_ms: the host thread's CPU per pump (what a window frame adds), ms,
//   over the pumps that handled messages (target < 4 ms);
// - sender_cpu_max_ms: the server's sender thread, CPU of its costliest batch (queueing a question to all
//   200 writers and waking them), ms: the work the frame hands over instead of doing it;
// - rss_per_player_mb: (peak RSS during the game - RSS of the listening server) / players, MB (target 0.5);
// - answers_stored: rows in live_answers after saving; the run fails unless it is exactly 200 x 10 and every
//   phone saw 10 acks.
// Run: cmake --build build-bench -j2 --target bench_live_load && build-bench/bench/bench_live_load
// Measured 2026-12-01 on the shared 2-core build VM (README.md, "Live classroom load benchmark"), with the
// fan-out to the writers on the server's sender thread, three runs quiet (load average 1-2): 2000 rows
// stored, 0 dropped, 0 refused; p50 7.0-9.0 ms, p99 20-22 ms; frame CPU p99 1.5-1.8 ms, max 2.3-3.0 ms;
// sender thread's costliest batch 2.1-2.5 ms; 0.04 MB per player. Busy (load average 10): p99 32-68 ms.
//
// [SECTION] The quiz and the measures
// [SECTION] Simulated phones (child process)
// [SECTION] The host (this process)
// [SECTION] The benchmark
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/classroom/live_game.hpp"
#include "core/classroom/live_repository.hpp"
#include "core/clock.hpp"
#include "core/security/token_security.hpp"
#include "core/storage/store.hpp"
#include "net/live_host.hpp"
#include "net/live_server.hpp"

namespace {

using namespace retain;
namespace fs = std::filesystem;

// [SECTION] The quiz and the measures

constexpr int kPlayers = 200;
constexpr int kQuestions = 10;
constexpr const char* kPin = "424242";

Bank quizBank() {
    Bank bank;
    bank.id = "load";
    for (int i = 0; i < kQuestions; ++i) {
        Question question;
        question.id = "q" + std::to_string(i + 1);
        question.prompt = "Question " + std::to_string(i + 1) + ": which is right?";
        question.explanation = "B is right.";
        question.answer = ChoiceAnswer{{"A", "B", "C", "D"}, 1, true};
        bank.questions.push_back(std::move(question));
    }
    return bank;
}

// Returns the resident set size of this process, bytes.
double residentBytes() {
    long pages = 0;
    long resident = 0;
    if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(statm);
    }
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE));
}

// Returns this thread's CPU time, ns.
std::int64_t threadCpuNs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Returns the q-quantile (0..1) of values (sorted here), or 0 when empty.
double quantile(std::vector<double> values, double q) {
    if (values.empty()) return 0.0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<std::size_t>(q * static_cast<double>(values.size())))];
}

// What the phones report back through the pipe.
struct PhoneReport {
    int joined = 0;     // phones welcomed
    int finished = 0;   // phones that saw game_over
    int fullyAcked = 0; // phones that got an ack for each of the 10 answers
    int errors = 0;     // error messages received
    std::vector<double> latenciesMs;  // answer sent -> ack received, ms
};

// [SECTION] Simulated phones (child process)

// One phone: a plain non-blocking socket speaking just enough WebSocket (RFC 6455: masked text frames out,
// unmasked frames in). Like a browser it sends each frame in one write with TCP_NODELAY; civetweb's own
// client writes a frame's header and payload apart, and Nagle's algorithm then held every answer ~40 ms.
struct Phone {
    int index = 0;
    int socket = -1;
    std::string inbound;  // bytes received and not yet parsed
    bool upgraded = false;
    std::chrono::steady_clock::time_point sentAt;
    std::vector<double> latenciesMs;
    int answeredUpTo = -1;  // the last question index answered
    int errors = 0;
    bool joined = false;
    bool finished = false;
};

void writeAll(int fd, const void* data, std::size_t size) {
    const char* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, bytes, size);
        if (n < 0 && errno == EAGAIN) {
            pollfd wait{fd, POLLOUT, 0};
            ::poll(&wait, 1, 1000);
            continue;
        }
        if (n <= 0) return;
        bytes += n;
        size -= static_cast<std::size_t>(n);
    }
}

bool readAll(int fd, void* data, std::size_t size) {
    char* bytes = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t n = ::read(fd, bytes, size);
        if (n <= 0) return false;
        bytes += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

// Sends text as one masked frame (the mask is fixed: it hides nothing here, and the server unmasks any).
void sendFrame(Phone& phone, const std::string& text) {
    std::string frame;
    frame += static_cast<char>(0x81);
    if (text.size() < 126) {
        frame += static_cast<char>(0x80 | text.size());
    } else {
        frame += static_cast<char>(0x80 | 126);
        frame += static_cast<char>(text.size() >> 8);
        frame += static_cast<char>(text.size() & 0xFF);
    }
    const char mask[4] = {0x12, 0x34, 0x56, 0x78};
    frame.append(mask, 4);
    for (std::size_t i = 0; i < text.size(); ++i) frame += static_cast<char>(text[i] ^ mask[i % 4]);
    writeAll(phone.socket, frame.data(), frame.size());
}

void onMessage(Phone& phone, const std::string& text, std::chrono::steady_clock::time_point received) {
    const nlohmann::json message = nlohmann::json::parse(text, nullptr, false);
    if (message.is_discarded()) return;
    const std::string type = message.value("type", "");
    if (type == "welcome") {
        phone.joined = true;
    } else if (type == "question" && message.value("index", -1) > phone.answeredUpTo) {
        const int index = message["index"].get<int>();
        phone.answeredUpTo = index;
        phone.sentAt = std::chrono::steady_clock::now();
        sendFrame(phone, R"({"type":"answer","question":)" + std::to_string(index) + R"(,"answer":{"choice":)" +
                             std::to_string((phone.index + index) % 4) + "}}");
    } else if (type == "ack") {
        phone.latenciesMs.push_back(std::chrono::duration<double, std::milli>(received - phone.sentAt).count());
    } else if (type == "error") {
        ++phone.errors;
    } else if (type == "game_over") {
        phone.finished = true;
    }
}

// Parses what phone has received: the upgrade response, then whole frames. Returns false on a close.
bool takeInbound(Phone& phone, std::chrono::steady_clock::time_point received) {
    if (!phone.upgraded) {
        const std::size_t end = phone.inbound.find("\r\n\r\n");
        if (end == std::string::npos) return true;
        if (phone.inbound.rfind("HTTP/1.1 101", 0) != 0) return false;
        phone.upgraded = true;
        phone.inbound.erase(0, end + 4);
        sendFrame(phone, nlohmann::json{{"type", "join"}, {"pin", kPin}, {"name", "Phone " + std::to_string(phone.index + 1)}}.dump());
    }
    for (;;) {
        const std::string& in = phone.inbound;
        if (in.size() < 2) return true;
        const int opcode = static_cast<unsigned char>(in[0]) & 0x0F;
        std::size_t length = static_cast<unsigned char>(in[1]) & 0x7F;
        std::size_t header = 2;
        if (length == 126) {
            if (in.size() < 4) return true;
            length = (static_cast<std::size_t>(static_cast<unsigned char>(in[2])) << 8) | static_cast<unsigned char>(in[3]);
            header = 4;
        } else if (length == 127) {
            if (in.size() < 10) return true;
            length = 0;
            for (int i = 2; i < 10; ++i) length = (length << 8) | static_cast<unsigned char>(in[static_cast<std::size_t>(i)]);
            header = 10;
        }
        if (in.size() < header + length) return true;
        if (opcode == 0x8) return false;
        if (opcode == 0x1) onMessage(phone, in.substr(header, length), received);
        phone.inbound.erase(0, header + length);
    }
}

// The child: waits for the port, plays every phone from one epoll loop, writes a PhoneReport to resultFd.
[[noreturn]] void runPhones(int portFd, int resultFd) {
    int port = 0;
    if (!readAll(portFd, &port, sizeof port)) _exit(1);
    std::vector<Phone> phones(kPlayers);
    const int poller = ::epoll_create1(0);
    const std::string upgrade =
        "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    for (int i = 0; i < kPlayers; ++i) {
        Phone& phone = phones[static_cast<std::size_t>(i)];
        phone.index = i;
        phone.socket = ::socket(AF_INET, SOCK_STREAM, 0);
        const int on = 1;
        ::setsockopt(phone.socket, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(phone.socket, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) continue;
        ::fcntl(phone.socket, F_SETFL, O_NONBLOCK);
        writeAll(phone.socket, upgrade.data(), upgrade.size());
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.u32 = static_cast<std::uint32_t>(i);
        ::epoll_ctl(poller, EPOLL_CTL_ADD, phone.socket, &event);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    int finished = 0;
    char buffer[65536];
    while (finished < kPlayers && std::chrono::steady_clock::now() < deadline) {
        epoll_event events[64];
        const int ready = ::epoll_wait(poller, events, 64, 100);
        const auto received = std::chrono::steady_clock::now();
        for (int e = 0; e < ready; ++e) {
            Phone& phone = phones[events[e].data.u32];
            for (;;) {
                const ssize_t n = ::read(phone.socket, buffer, sizeof buffer);
                if (n <= 0) break;
                phone.inbound.append(buffer, static_cast<std::size_t>(n));
            }
            const bool wasFinished = phone.finished;
            if (!takeInbound(phone, received)) ::epoll_ctl(poller, EPOLL_CTL_DEL, phone.socket, nullptr);
            if (phone.finished && !wasFinished) ++finished;
        }
    }
    PhoneReport report;
    for (const Phone& phone : phones) {
        report.joined += phone.joined ? 1 : 0;
        report.finished += phone.finished ? 1 : 0;
        report.fullyAcked += phone.latenciesMs.size() == kQuestions ? 1 : 0;
        report.errors += phone.errors;
        report.latenciesMs.insert(report.latenciesMs.end(), phone.latenciesMs.begin(), phone.latenciesMs.end());
    }
    const int header[4] = {report.joined, report.finished, report.fullyAcked, report.errors};
    const std::uint64_t count = report.latenciesMs.size();
    writeAll(resultFd, header, sizeof header);
    writeAll(resultFd, &count, sizeof count);
    writeAll(resultFd, report.latenciesMs.data(), count * sizeof(double));
    ::close(resultFd);
    for (Phone& phone : phones) ::close(phone.socket);
    _exit(0);
}

// [SECTION] The host (this process)

struct HostMeasures {
    std::vector<double> busyPumpCpuMs;  // CPU of each pump that handled messages, ms
    double baselineRss = 0.0;           // bytes, the server listening with no phone
    double peakRss = 0.0;               // bytes, sampled during the game
    std::uint64_t dropped = 0;          // connections dropped for not keeping up
    std::uint64_t refused = 0;          // messages refused with "busy"
    std::int64_t storedRows = -1;       // rows in live_answers
    std::int64_t distinctRows = -1;     // distinct (player, question) among them
    bool finished = false;              // the podium was reached before the deadline
    double senderBatchMaxMs = 0.0;      // the server's sender thread: CPU of its costliest batch, ms
};

HostMeasures hostGame(int portFd) {
    HostMeasures measures;
    const Bank bank = quizBank();
    std::vector<ClassroomQuestion> questions;
    for (const Question& question : bank.questions) questions.push_back({CardKey{bank.id, question.id}, &question});
    LiveSettings settings;
    settings.pin = kPin;
    settings.questionSeconds = 30;
    settings.revealSeconds = 1;
    settings.playerCap = kPlayers;
    LiveGame game(std::move(questions), settings, [] { return osRandom64(); });
    net::LiveHost host(game);
    SystemClock clock;
    net::LiveServerOptions options;
    options.bindAddress = "127.0.0.1";
    options.port = 0;
    options.webRoot = RETAIN_WEB_ROOT;
    options.threads = net::liveServerThreads(kPlayers);
    net::LiveServer server(options, clock);
    std::string error;
    if (!server.start(error)) return measures;
    measures.baselineRss = residentBytes();
    const int port = server.port();
    writeAll(portFd, &port, sizeof port);

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(180);
    auto nextSample = std::chrono::steady_clock::now();
    while (game.phase() != LivePhase::Podium && std::chrono::steady_clock::now() < deadline) {
        if (game.phase() == LivePhase::Lobby && game.connectedCount() == kPlayers) game.start(clock.nowMs());
        const std::int64_t before = threadCpuNs();
        // The pump's own wait (up to 2 ms, on a condition variable) costs no CPU; only its work is counted.
        const std::size_t handled = net::pumpLiveHost(server, host, clock, 2).size();
        const std::int64_t spent = threadCpuNs() - before;
        if (handled > 0) measures.busyPumpCpuMs.push_back(static_cast<double>(spent) / 1e6);
        if (std::chrono::steady_clock::now() >= nextSample) {
            measures.peakRss = std::max(measures.peakRss, residentBytes());
            nextSample += std::chrono::milliseconds(100);
        }
    }
    measures.finished = game.phase() == LivePhase::Podium;
    if (!measures.finished) game.end(clock.nowMs());
    host.flush(clock.nowMs());
    server.send(host.takeOutbox());
    measures.peakRss = std::max(measures.peakRss, residentBytes());
    measures.dropped = server.droppedCount();
    measures.refused = server.refusedCount();
    measures.senderBatchMaxMs = static_cast<double>(server.senderBusiestBatchNs()) / 1e6;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));  // the podium reaches the phones
    server.stop();

    const fs::path data = fs::temp_directory_path() / ("retain-bench-live-" + std::to_string(::getpid()));
    fs::remove_all(data);
    StoreOpenResult opened = Store::open(data.string(), clock);
    if (opened.store) {
        saveLiveGame(opened.store->db(), game, clock.nowMs());
        measures.storedRows = opened.store->db().queryInt("SELECT COUNT(*) FROM live_answers").value_or(-1);
        measures.distinctRows =
            opened.store->db().queryInt("SELECT COUNT(*) FROM (SELECT DISTINCT player, position FROM live_answers)").value_or(-1);
    }
    opened.store.reset();
    fs::remove_all(data);
    return measures;
}

// [SECTION] The benchmark

void BM_LiveClassroomLoad(benchmark::State& state) {
    for (auto _ : state) {
        int toPhones[2];
        int fromPhones[2];
        if (::pipe(toPhones) != 0 || ::pipe(fromPhones) != 0) {
            state.SkipWithError("pipe failed");
            return;
        }
        // Forked before the host starts any thread, so the child is a clean single-threaded copy.
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(toPhones[1]);
            ::close(fromPhones[0]);
            runPhones(toPhones[0], fromPhones[1]);
        }
        ::close(toPhones[0]);
        ::close(fromPhones[1]);
        const HostMeasures host = hostGame(toPhones[1]);
        ::close(toPhones[1]);

        PhoneReport phones;
        int header[4] = {0, 0, 0, 0};
        std::uint64_t count = 0;
        if (readAll(fromPhones[0], header, sizeof header) && readAll(fromPhones[0], &count, sizeof count) && count <= 1'000'000) {
            phones.latenciesMs.resize(count);
            if (!readAll(fromPhones[0], phones.latenciesMs.data(), count * sizeof(double))) phones.latenciesMs.clear();
        }
        ::close(fromPhones[0]);
        int status = 0;
        ::waitpid(child, &status, 0);
        phones.joined = header[0];
        phones.finished = header[1];
        phones.fullyAcked = header[2];
        phones.errors = header[3];

        state.counters["players"] = phones.joined;
        state.counters["answers_stored"] = static_cast<double>(host.storedRows);
        state.counters["p50_ms"] = quantile(phones.latenciesMs, 0.50);
        state.counters["p99_ms"] = quantile(phones.latenciesMs, 0.99);
        state.counters["frame_cpu_p99_ms"] = quantile(host.busyPumpCpuMs, 0.99);
        state.counters["frame_cpu_max_ms"] = quantile(host.busyPumpCpuMs, 1.0);
        state.counters["sender_cpu_max_ms"] = host.senderBatchMaxMs;
        state.counters["rss_per_player_mb"] = (host.peakRss - host.baselineRss) / kPlayers / (1024.0 * 1024.0);
        state.counters["dropped"] = static_cast<double>(host.dropped);
        state.counters["busy_refusals"] = static_cast<double>(host.refused);
        constexpr std::int64_t kExpected = static_cast<std::int64_t>(kPlayers) * kQuestions;
        if (!host.finished || phones.joined != kPlayers || phones.finished != kPlayers) {
            state.SkipWithError("the game did not finish with every phone");
        } else if (host.storedRows != kExpected || host.distinctRows != kExpected) {
            state.SkipWithError("the stored answers are not exactly one per player and question");
        } else if (phones.fullyAcked != kPlayers || phones.latenciesMs.size() != static_cast<std::size_t>(kExpected) || phones.errors != 0) {
            state.SkipWithError("not every answer was acknowledged exactly once");
        }
    }
}
BENCHMARK(BM_LiveClassroomLoad)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

}  // namespace
