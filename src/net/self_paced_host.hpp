// The game thread's side of a self-paced paper: phone messages in, SelfPacedGame calls, replies out, one
// JSON line per event for the host's log. Joining, rejoining, the roster, disconnects and kicks are the
// live game's: they go to a LiveHost over the game's lobby (so PIN throttling, one connection per player
// and "replaced" work alike); paper messages (paper_protocol.hpp) are handled here. Like LiveHost, no
// sockets and no threads: the one thread owning the game calls handle() and flush().
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/classroom/self_paced_game.hpp"
#include "net/live_host.hpp"

namespace retain::net {

class LiveServer;
struct PaperMessage;

class SelfPacedHost {
public:
    // Hosts game (kept alive by the caller).
    explicit SelfPacedHost(SelfPacedGame& game) : m_game(game), m_lobbyHost(game.lobby()) {}

    // Returns the game for reading and for host actions (start, kick, end; call flush afterwards).
    SelfPacedGame& game() { return m_game; }
    const SelfPacedGame& game() const { return m_game; }

    // Handles one inbound message: paper messages here, everything else as in a live game's lobby.
    void handle(const LiveInbound& message);
    // Applies due deadlines (SelfPacedGame::tick) at nowMs and turns every event into replies and lines.
    void flush(UnixMs nowMs);
    // Returns and clears the replies queued so far, in order.
    std::vector<LiveOutbound> takeOutbox();
    // Returns and clears the event lines queued so far (the lobby's eventLine, then paperEventLine).
    std::vector<std::string> takeEventLines();
    // Returns the player on connection, or -1.
    int playerOn(std::uint64_t connection) const { return m_lobbyHost.playerOn(connection); }

private:
    void handlePaper(std::uint64_t connection, const PaperMessage& message, UnixMs nowMs);
    // Moves the lobby host's replies and lines behind this host's, keeping their order.
    void drainLobby();
    void send(int playerId, std::string text);

    SelfPacedGame& m_game;
    LiveHost m_lobbyHost;
    std::vector<LiveOutbound> m_outbox;
    std::vector<std::string> m_eventLines;
};

// Game thread: one turn of a self-paced host loop, as pumpLiveHost is for a live game: waits for messages
// at most maxWaitMs (ms) and never past the next paper deadline, handles them, flushes, sends the replies,
// and returns the event lines produced.
std::vector<std::string> pumpSelfPacedHost(LiveServer& server, SelfPacedHost& host, const Clock& clock, std::int64_t maxWaitMs);

}  // namespace retain::net
