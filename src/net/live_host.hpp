// The game thread's side of the live classroom: phone messages in (from the server's inbox), the
// LiveGame's calls, and replies out (to the server's outbox), plus one JSON line per event for the host's
// log. No sockets and no threads here: the one thread that owns the LiveGame calls handle() and flush(),
// so the game is never touched concurrently. Host actions (start, next, pause, kick, ...) are LiveGame
// calls made through game() on that same thread, followed by flush().
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/classroom/live_game.hpp"
#include "net/pin_throttle.hpp"

namespace retain::net {

// One message from a connection, stamped by the server thread that received it.
struct LiveInbound {
    enum class Kind { Opened, Text, Closed };
    Kind kind = Kind::Text;
    std::uint64_t connection = 0;  // the server's id for the WebSocket connection
    std::string address;           // the peer's IP address (for the PIN throttle)
    std::string text;              // Text: the frame as received
    UnixMs receivedMs = 0;         // when the server received it, Unix ms
};

// One message to send; close = close the connection after sending it.
struct LiveOutbound {
    std::uint64_t connection = 0;
    std::string text;
    bool close = false;
};

class LiveHost {
public:
    // Hosts game (kept alive by the caller).
    explicit LiveHost(LiveGame& game) : m_game(game) {}

    // Returns the game for reading and for host actions (call flush afterwards).
    LiveGame& game() { return m_game; }
    const LiveGame& game() const { return m_game; }

    // Handles one inbound message: joins, rejoins, answers, disconnects; errors go back to the sender.
    void handle(const LiveInbound& message);
    // Applies due timers (LiveGame::tick) at nowMs and turns the game's events into replies and lines.
    void flush(UnixMs nowMs);
    // Returns and clears the replies queued so far, in order.
    std::vector<LiveOutbound> takeOutbox();
    // Returns and clears the event lines (eventLine) queued so far, oldest first.
    std::vector<std::string> takeEventLines();
    // Returns the player on connection, or -1.
    int playerOn(std::uint64_t connection) const;
    // Returns the connection playerId is on, or 0 (connection ids start at 1) when none.
    std::uint64_t connectionOf(int playerId) const;

private:
    void handleText(const LiveInbound& message);
    // Returns the reply to a roster request from connection at address: the names, or a wrong-PIN /
    // slow-down error. With a class list, an unjoined connection given the names is sent them again
    // whenever one is taken or freed, until it joins or closes.
    std::string rosterReply(std::uint64_t connection, const std::string& address, const std::string& pin, UnixMs nowMs);
    // Sends the current roster to every connection still choosing a name.
    void pushRoster();
    void bind(std::uint64_t connection, int playerId);
    void send(int playerId, std::string text, bool close = false);
    void broadcastQuestion(UnixMs nowMs);

    LiveGame& m_game;
    PinThrottle m_throttle;
    std::map<std::uint64_t, int> m_playerOfConnection;
    std::map<int, std::uint64_t> m_connectionOfPlayer;
    std::set<std::uint64_t> m_rosterWatchers;  // unjoined connections shown the class list (PIN checked)
    std::vector<LiveOutbound> m_outbox;
    std::vector<std::string> m_eventLines;
};

}  // namespace retain::net
