// What `retain live` shares between its two modes (see live_support.hpp).
#include "cli/verbs/live_support.hpp"

#include <atomic>
#include <cstdio>
#include <iostream>
#include <thread>

#include <nlohmann/json.hpp>

#include "net/lan_address.hpp"

namespace retain::cli {

void printLine(const std::string& line) {
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

namespace {

// Set by the handler, read by the game loop (a lock-free atomic is async-signal-safe).
std::atomic<bool> g_stopRequested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void requestStop(int) { g_stopRequested.store(true); }

}  // namespace

StopSignals::StopSignals() {
    g_stopRequested.store(false);
    struct sigaction action {};
    action.sa_handler = requestStop;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &m_oldInt);
    sigaction(SIGTERM, &action, &m_oldTerm);
}

StopSignals::~StopSignals() {
    sigaction(SIGINT, &m_oldInt, nullptr);
    sigaction(SIGTERM, &m_oldTerm, nullptr);
}

bool StopSignals::requested() { return g_stopRequested.load(); }

void CommandQueue::startReading() {
    std::thread([state = m_state] {
        std::string line;
        while (std::getline(std::cin, line)) {
            std::lock_guard lock(state->mutex);
            state->lines.push_back(line);
        }
    }).detach();
}

std::vector<std::string> CommandQueue::take() {
    std::lock_guard lock(m_state->mutex);
    std::vector<std::string> lines(m_state->lines.begin(), m_state->lines.end());
    m_state->lines.clear();
    return lines;
}

bool startAndAnnounce(net::LiveServer& server, const std::string& bind, const std::string& pin, std::size_t questions, bool jsonEvents) {
    std::string error;
    if (!server.start(error)) {
        std::fprintf(stderr, "retain live: %s\n", error.c_str());
        return false;
    }
    std::vector<std::string> addresses = bind == "0.0.0.0" ? net::lanAddresses() : std::vector<std::string>{bind};
    if (addresses.empty()) addresses.push_back("127.0.0.1");
    nlohmann::json urls = nlohmann::json::array();
    for (const std::string& address : addresses) urls.push_back(net::joinUrl(address, server.port(), pin));
    const nlohmann::json listening{{"event", "listening"}, {"pin", pin}, {"port", server.port()}, {"questions", questions}, {"urls", urls}};
    printLine(jsonEvents ? listening.dump() : "Game PIN " + pin + ": students open " + urls[0].get<std::string>());
    return true;
}

}  // namespace retain::cli
