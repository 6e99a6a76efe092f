// The window's live classroom host (see live_session.hpp).
//
// [SECTION] Opening a game
// [SECTION] The teacher's actions
// [SECTION] Pumping and storing
#include "app/live_session.hpp"

#include "app/paper_session.hpp"
#include "core/classroom/unsaved_results.hpp"

#include <algorithm>
#include <cstdio>

#include "core/classroom/live_repository.hpp"
#include "core/security/token_security.hpp"
#include "net/lan_address.hpp"
#include "net/live_host.hpp"
#include "net/live_server.hpp"

namespace retain::app {

LiveSession::LiveSession(const Library* library, sql::Database* db, const Clock& clock, std::string webRoot, std::function<void()> wake)
    : m_library(library), m_db(db), m_clock(clock), m_webRoot(std::move(webRoot)), m_wake(std::move(wake)) {}

LiveSession::~LiveSession() { close(); }

const LiveGame* LiveSession::game() const { return m_paper ? &m_paper->game().lobby() : m_game.get(); }

const SelfPacedGame* LiveSession::paper() const { return m_paper ? &m_paper->game() : nullptr; }

// [SECTION] Opening a game

bool LiveSession::open(const ui::LiveStartRequest& request, std::string& error) {
    if (m_game || m_paper) {
        error = "A game is already open.";
        return false;
    }
    // Tokens and the PIN come from the kernel's CSPRNG, as in `retain live` (std::random_device need not be random).
    const std::uint64_t entropy = osRandom64();
    QuestionPick pick;
    if (m_library)
        for (const Bank& bank : m_library->banks)
            if (request.bankIds.empty() || std::find(request.bankIds.begin(), request.bankIds.end(), bank.id) != request.bankIds.end())
                pick.banks.push_back(&bank);
    pick.tags = request.tags;
    pick.count = request.count;
    pick.seed = entropy;
    std::vector<ClassroomQuestion> questions = pickQuestions(pick);
    if (questions.empty()) {
        error = "No question matches this bank and these tags.";
        return false;
    }
    LiveSettings settings;
    settings.questionSeconds = request.questionSeconds;
    settings.revealSeconds = 0;  // the teacher moves on from each reveal
    settings.playerCap = request.playerCap;
    settings.teams = request.teams;
    settings.classList = request.classList;
    settings.shuffleSeed = entropy;
    std::unique_ptr<LiveGame> game;
    std::unique_ptr<SelfPacedGame> paper;
    if (request.selfPaced) {
        SelfPacedSettings paperSettings;
        paperSettings.lobby = settings;
        // Stored with the results and shown on the phones: the bank's title when the paper is one bank's.
        paperSettings.title = pick.banks.size() == 1 && !pick.banks[0]->title.empty() ? pick.banks[0]->title : "Paper";
        paperSettings.timeLimitSeconds = request.timeLimitSeconds;
        paperSettings.seed = entropy;
        paper = std::make_unique<SelfPacedGame>(std::move(questions), paperSettings, [] { return osRandom64(); });
    } else {
        game = std::make_unique<LiveGame>(std::move(questions), settings, [] { return osRandom64(); });
    }
    const LiveGame& lobby = paper ? paper->lobby() : *game;

    net::LiveServerOptions options;
    options.bindAddress = request.thisMachineOnly ? "127.0.0.1" : "0.0.0.0";
    options.port = request.port;
    options.webRoot = m_webRoot;
    options.threads = net::liveServerThreads(lobby.settings().playerCap);
    options.onInbound = m_wake;
    options.pictures = net::livePictureFiles(lobby.questions());
    auto server = std::make_unique<net::LiveServer>(options, m_clock);
    if (!server->start(error)) return false;

    std::vector<std::string> addresses = request.thisMachineOnly ? std::vector<std::string>{} : net::lanAddresses();
    m_joinUrl = net::joinUrl(addresses.empty() ? "127.0.0.1" : addresses.front(), server->port(), lobby.pin());
    m_qr = encodeQrMatrix(m_joinUrl).value_or(QrMatrix{});
    m_stored = false;
    m_resultStatus.clear();
    // The log says where the game is, for the teacher's terminal and for scripts driving the window.
    std::fprintf(stderr, "retain: live %s PIN %s open at %s\n", paper ? "paper" : "game", lobby.pin().c_str(), m_joinUrl.c_str());
    if (paper) {
        m_paper = std::make_unique<PaperSession>(std::move(paper), std::move(server), m_db, m_clock);
        return true;
    }
    m_host = std::make_unique<net::LiveHost>(*game);
    m_game = std::move(game);
    m_server = std::move(server);
    return true;
}

// [SECTION] The teacher's actions

void LiveSession::act(ui::LiveHostAction action, int playerId) {
    if (m_paper) return m_paper->act(action, playerId);
    if (!m_game) return;
    const UnixMs now = m_clock.nowMs();
    using ui::LiveHostAction;
    switch (action) {
    case LiveHostAction::Start: m_game->start(now); break;
    case LiveHostAction::Next: m_game->next(now); break;
    case LiveHostAction::Pause: m_game->pause(now); break;
    case LiveHostAction::Resume: m_game->resume(now); break;
    case LiveHostAction::AddTenSeconds: m_game->addTime(10 * kMsPerSecond, now); break;
    case LiveHostAction::Skip: m_game->skip(now); break;
    case LiveHostAction::End: m_game->end(now); break;
    case LiveHostAction::Lock: m_game->setLocked(true); break;
    case LiveHostAction::Unlock: m_game->setLocked(false); break;
    case LiveHostAction::Kick: m_game->kick(playerId, now); break;
    }
    pump();  // the phones hear about it now, not at the next message
}

void LiveSession::close() {
    if (m_paper) {
        m_paper->close();
        m_resultStatus = m_paper->resultStatus();
        m_paper.reset();
        m_joinUrl.clear();
        m_qr = QrMatrix{};
        return;
    }
    if (!m_game) return;
    if (m_game->phase() == LivePhase::Lobby) {
        // Cancelled before the first question: nobody answered, so no empty game lands in the report.
        m_stored = true;
        m_resultStatus = "The game was cancelled in the lobby: nothing to store.";
    }
    if (m_game->phase() != LivePhase::Podium) m_game->end(m_clock.nowMs());
    pump();  // stores the results (once) and tells the phones the game is over
    if (!m_stored) storeResults();  // a last try even if the previous one failed moments ago
    if (!m_stored) keepUnsavedResults();
    stopServer();
    m_host.reset();
    m_game.reset();
    m_joinUrl.clear();
    m_qr = QrMatrix{};
}

void LiveSession::stopServer() {
    if (!m_server) return;
    m_server->stop();
    m_server.reset();
}

// [SECTION] Pumping and storing

bool LiveSession::pump() {
    if (m_paper) {
        const bool changed = m_paper->pump();
        m_resultStatus = m_paper->resultStatus();
        return changed;
    }
    if (!m_game || !m_server) return false;
    const std::vector<std::string> lines = net::pumpLiveHost(*m_server, *m_host, m_clock, 0);
    // A failed save (disk full, a busy database) is tried again every few seconds while the podium is shown.
    if (m_game->phase() == LivePhase::Podium && !m_stored && m_clock.nowMs() - m_lastStoreAttemptMs >= kStoreRetryMs) storeResults();
    return !lines.empty();
}

std::optional<UnixMs> LiveSession::nextDeadlineMs() const {
    if (m_paper) return m_paper->nextDeadlineMs();
    return m_game ? m_game->nextDeadlineMs() : std::nullopt;
}

void LiveSession::storeResults() {
    m_lastStoreAttemptMs = m_clock.nowMs();
    if (!m_db) {
        m_resultStatus = "Results not stored: the data folder could not be opened.";
        return;
    }
    try {
        const LiveGameId id = saveLiveGame(*m_db, *m_game, m_clock.nowMs());
        m_stored = true;
        m_resultStatus = "Results stored (game " + std::to_string(id) + ", " + std::to_string(m_game->resultRows().size()) +
                         " answers): see the Class report.";
    } catch (const sql::StorageError& failure) {
        m_resultStatus = std::string("Results not stored yet (tried again every few seconds): ") + failure.what();
    }
    std::fprintf(stderr, "retain: %s\n", m_resultStatus.c_str());
}

void LiveSession::keepUnsavedResults() {
    // The game is about to be destroyed and the database would not take it: its rows go to a CSV file
    // beside the database (or in the working folder), so a class's answers are never simply dropped.
    m_resultStatus = keepUnsavedRows(m_db, "live-unsaved-" + m_game->pin(), m_clock.nowMs(), m_game->resultRows());
}

}  // namespace retain::app
