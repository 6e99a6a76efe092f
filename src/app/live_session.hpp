// The window's live classroom host: owns the LiveGame, its LiveHost and LiveServer for a game the teacher
// opens from the Live tab, pumps them once per frame on the window's thread (the one game thread), and
// stores the results when the game reaches its podium or the window closes mid-game. The server's threads
// only queue messages and call the wake function, which lets the event-driven loop draw the change.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/bank/bank_loader.hpp"
#include "core/clock.hpp"
#include "core/storage/sqlite_db.hpp"
#include "ui/live_controls.hpp"

namespace retain::net {
class LiveHost;
class LiveServer;
}  // namespace retain::net

namespace retain::app {

class PaperSession;

class LiveSession final : public ui::LiveControls {
public:
    // library: the banks games are picked from; db: where results go (null: they cannot be stored, and the
    // teacher is told); clock: safe to read from any thread; wake: thread-safe, wakes the window's loop.
    LiveSession(const Library* library, sql::Database* db, const Clock& clock, std::string webRoot, std::function<void()> wake);
    // Sets the banks games are picked from, once they have loaded (the window opens before them).
    void setLibrary(const Library* library) { m_library = library; }
    ~LiveSession() override;

    bool open(const ui::LiveStartRequest& request, std::string& error) override;
    const LiveGame* game() const override;
    const SelfPacedGame* paper() const override;
    const std::string& joinUrl() const override { return m_joinUrl; }
    const QrMatrix& joinQr() const override { return m_qr; }
    void act(ui::LiveHostAction action, int playerId = -1) override;
    void close() override;
    const std::string& resultStatus() const override { return m_resultStatus; }
    UnixMs nowMs() const override { return m_clock.nowMs(); }

    // Window thread, once per loop turn: handles the phones' messages, applies due timers, sends replies,
    // stores the results at the podium. Returns true when the game changed (the window should redraw).
    bool pump();
    // Returns when pump must run next for a timer, Unix ms (the open question's deadline); nothing when
    // only a message or the teacher moves the game.
    std::optional<UnixMs> nextDeadlineMs() const;

private:
    void storeResults();
    // Writes the results to live-unsaved-PIN-TIME.csv beside the database when they could not be stored.
    void keepUnsavedResults();
    void stopServer();

    const Library* m_library;
    sql::Database* m_db;
    const Clock& m_clock;
    std::string m_webRoot;
    std::function<void()> m_wake;
    std::unique_ptr<LiveGame> m_game;
    std::unique_ptr<PaperSession> m_paper;  // a self-paced paper instead of m_game (paper_session.hpp)
    std::unique_ptr<net::LiveHost> m_host;
    std::unique_ptr<net::LiveServer> m_server;
    std::string m_joinUrl;
    QrMatrix m_qr;
    bool m_stored = false;       // this game's results were saved (they are saved once)
    UnixMs m_lastStoreAttemptMs = 0;              // the last try to save them, Unix ms
    static constexpr UnixMs kStoreRetryMs = 5000;  // between tries while the podium is shown, ms
    std::string m_resultStatus;
};

}  // namespace retain::app
