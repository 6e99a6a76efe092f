// The window's self-paced paper (see paper_session.hpp).
#include "app/paper_session.hpp"

#include <cstdio>

#include "core/classroom/unsaved_results.hpp"
#include "core/classroom/self_paced_repository.hpp"
#include "net/live_server.hpp"
#include "net/self_paced_host.hpp"

namespace retain::app {

PaperSession::PaperSession(std::unique_ptr<SelfPacedGame> game, std::unique_ptr<net::LiveServer> server, sql::Database* db,
                           const Clock& clock)
    : m_game(std::move(game)), m_host(std::make_unique<net::SelfPacedHost>(*m_game)), m_server(std::move(server)), m_db(db),
      m_clock(clock) {}

PaperSession::~PaperSession() { close(); }

void PaperSession::act(ui::LiveHostAction action, int playerId) {
    const UnixMs now = m_clock.nowMs();
    using ui::LiveHostAction;
    switch (action) {
    case LiveHostAction::Start: m_game->start(now); break;
    case LiveHostAction::End: m_game->end(now); break;
    case LiveHostAction::Lock: m_game->lobby().setLocked(true); break;
    case LiveHostAction::Unlock: m_game->lobby().setLocked(false); break;
    case LiveHostAction::Kick: m_game->kick(playerId, now); break;
    default: return;  // Next, Pause, +10 s, Skip belong to a live game
    }
    pump();
}

bool PaperSession::pump() {
    if (!m_server) return false;
    const std::vector<std::string> lines = net::pumpSelfPacedHost(*m_server, *m_host, m_clock, 0);
    if (m_game->phase() == SelfPacedPhase::Over && !m_stored && m_clock.nowMs() - m_lastStoreAttemptMs >= kStoreRetryMs) storeResults();
    return !lines.empty();
}

void PaperSession::close() {
    if (!m_server) return;
    if (m_game->phase() == SelfPacedPhase::Lobby) {
        m_stored = true;  // nobody had a paper: nothing lands in the report
        m_resultStatus = "The paper was cancelled in the lobby: nothing to store.";
    }
    m_game->end(m_clock.nowMs());
    pump();  // the phones get their results
    if (!m_stored) storeResults();
    if (!m_stored) {
        std::vector<ClassResultRow> rows;
        for (const ExamRecord& record : m_game->records()) rows.insert(rows.end(), record.rows.begin(), record.rows.end());
        m_resultStatus = keepUnsavedRows(m_db, "live-unsaved-" + m_game->pin(), m_clock.nowMs(), rows);
    }
    m_server->stop();
    m_server.reset();
}

void PaperSession::storeResults() {
    m_lastStoreAttemptMs = m_clock.nowMs();
    if (!m_db) {
        m_resultStatus = "Results not stored: the data folder could not be opened.";
        return;
    }
    try {
        const LiveGameId id = saveSelfPacedGame(*m_db, *m_game, m_clock.nowMs());
        m_stored = true;
        const std::size_t papers = m_game->records().size();
        m_resultStatus = "Results stored (game " + std::to_string(id) + ", " + std::to_string(papers) + (papers == 1 ? " paper" : " papers") +
                         "): see the Class report.";
    } catch (const sql::StorageError& failure) {
        m_resultStatus = std::string("Results not stored yet (tried again every few seconds): ") + failure.what();
    }
    std::fprintf(stderr, "retain: %s\n", m_resultStatus.c_str());
}

}  // namespace retain::app
