// What `retain live` shares between a live game and a self-paced paper: printing event lines, Ctrl+C and
// SIGTERM ending the game instead of the process, the teacher's commands from stdin, and starting the
// server with its "listening" line.
#pragma once

#include <csignal>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "net/live_server.hpp"

namespace retain::cli {

// Writes line and a line end to stdout and flushes (a script reads each event as it happens).
void printLine(const std::string& line);

// While alive, SIGINT and SIGTERM ask the game loop to end the game instead of killing the process (which
// would lose every answer: they are stored at the end). The previous handlers come back on destruction.
class StopSignals {
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
    // Returns true once SIGINT or SIGTERM has arrived.
    static bool requested();

private:
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

// Lines typed by the teacher, read on their own thread and taken by the game thread. The reader holds the
// lines through a shared_ptr, so a line typed after the verb returned never touches a destroyed queue.
class CommandQueue {
public:
    // Starts the reader thread (blocked in getline until stdin closes; the process may end before).
    void startReading();
    // Returns and clears the lines read so far.
    std::vector<std::string> take();

private:
    struct State {
        std::mutex mutex;
        std::deque<std::string> lines;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// Starts server and prints the "listening" line (JSON with jsonEvents: pin, port, questions, urls; else
// the PIN and the first join URL). Returns false after printing the error to stderr.
bool startAndAnnounce(net::LiveServer& server, const std::string& bind, const std::string& pin, std::size_t questions, bool jsonEvents);

}  // namespace retain::cli
