// The window's self-paced paper, beside LiveSession's live game: owns the SelfPacedGame, its host and its
// server once LiveSession has opened them, pumps them on the window's thread, and stores the handed-in
// papers once when the paper is over (retried every few seconds while that fails) or when the window
// closes mid-paper (every paper handed in first).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/classroom/self_paced_game.hpp"
#include "core/clock.hpp"
#include "core/storage/sqlite_db.hpp"
#include "ui/live_controls.hpp"

namespace retain::net {
class SelfPacedHost;
class LiveServer;
}  // namespace retain::net

namespace retain::app {

class PaperSession {
public:
    // Takes over game and its listening server; db: where results go (null: not stored, the teacher is told).
    PaperSession(std::unique_ptr<SelfPacedGame> game, std::unique_ptr<net::LiveServer> server, sql::Database* db, const Clock& clock);
    ~PaperSession();

    const SelfPacedGame& game() const { return *m_game; }
    // Applies Start, End, Lock, Unlock or Kick (playerId) now and sends the phones what changed.
    void act(ui::LiveHostAction action, int playerId);
    // Window thread, once per loop turn (see LiveSession::pump). Returns true when the paper changed.
    bool pump();
    // Returns the earliest paper deadline, Unix ms, or nothing.
    std::optional<UnixMs> nextDeadlineMs() const { return m_game->nextDeadlineMs(); }
    // Hands in every paper (a paper cancelled in the lobby stores nothing), stores, stops the server.
    void close();
    // Returns what became of the results, "" before the end.
    const std::string& resultStatus() const { return m_resultStatus; }

private:
    void storeResults();

    std::unique_ptr<SelfPacedGame> m_game;
    std::unique_ptr<net::SelfPacedHost> m_host;
    std::unique_ptr<net::LiveServer> m_server;
    sql::Database* m_db;
    const Clock& m_clock;
    bool m_stored = false;
    UnixMs m_lastStoreAttemptMs = 0;               // Unix ms
    static constexpr UnixMs kStoreRetryMs = 5000;  // between tries while the end is shown, ms
    std::string m_resultStatus;
};

}  // namespace retain::app
