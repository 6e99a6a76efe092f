// The game thread's message handling (see live_host.hpp).
//
// [SECTION] Inbound messages
// [SECTION] Events to replies
#include "net/live_host.hpp"

#include "core/security/token_security.hpp"
#include "net/live_protocol.hpp"
#include "net/live_wire_types.hpp"

namespace retain::net {

namespace {

// Returns the error for an address that must wait waitMs (> 0) before its next PIN try.
std::string slowDownMessage(std::int64_t waitMs) {
    return errorMessage("slow_down", "Too many wrong tries: try again in " + std::to_string((waitMs + 999) / 1000) + " s.");
}

}  // namespace

// [SECTION] Inbound messages

void LiveHost::handle(const LiveInbound& message) {
    switch (message.kind) {
    case LiveInbound::Kind::Opened:
        return;
    case LiveInbound::Kind::Text:
        handleText(message);
        return;
    case LiveInbound::Kind::Closed: {
        m_rosterWatchers.erase(message.connection);
        const auto at = m_playerOfConnection.find(message.connection);
        if (at == m_playerOfConnection.end()) return;
        const int playerId = at->second;
        m_playerOfConnection.erase(at);
        m_connectionOfPlayer.erase(playerId);
        m_game.disconnect(playerId, message.receivedMs);
        return;
    }
    }
}

int LiveHost::playerOn(std::uint64_t connection) const {
    const auto at = m_playerOfConnection.find(connection);
    return at == m_playerOfConnection.end() ? -1 : at->second;
}

std::uint64_t LiveHost::connectionOf(int playerId) const {
    const auto at = m_connectionOfPlayer.find(playerId);
    return at == m_connectionOfPlayer.end() ? 0 : at->second;
}

void LiveHost::bind(std::uint64_t connection, int playerId) {
    if (const auto old = m_connectionOfPlayer.find(playerId); old != m_connectionOfPlayer.end() && old->second != connection) {
        // The same player came back on another connection (a reload, a second tab): the newest one wins.
        m_outbox.push_back({old->second, errorMessage("replaced", "This player continues on another connection."), true});
        m_playerOfConnection.erase(old->second);
    }
    m_playerOfConnection[connection] = playerId;
    m_connectionOfPlayer[playerId] = connection;
}

void LiveHost::handleText(const LiveInbound& message) {
    const std::uint64_t connection = message.connection;
    auto reply = [&](std::string text) { m_outbox.push_back({connection, std::move(text), false}); };
    ParsedClientMessage parsed = parseClientMessage(message.text);
    if (!parsed.message) return reply(errorMessage(parsed.errorCode, parsed.error));
    ClientMessage& client = *parsed.message;
    const UnixMs now = message.receivedMs;

    if (client.type == ClientMessageType::Roster) return reply(rosterReply(connection, message.address, client.pin, now));
    if (client.type == ClientMessageType::Join || client.type == ClientMessageType::Rejoin) {
        if (playerOn(connection) >= 0) return reply(errorMessage("already_joined", "This connection has already joined."));
        // Wrong PINs and wrong tokens count alike: guessing either from one address is slowed down.
        if (const std::int64_t wait = m_throttle.waitMs(message.address, now); wait > 0)
            return reply(slowDownMessage(wait));
        const LiveGame::JoinResult joined = client.type == ClientMessageType::Join ? m_game.join(client.pin, client.name, client.team, now)
                                                                                   : m_game.rejoin(client.token, now);
        // A success forgets nothing: whoever knows the PIN could otherwise join (or rejoin) between guesses
        // of other players' tokens and never be slowed down. Misses are forgotten after kPinForgetMs.
        if (joined.refusal == LiveRefusal::WrongPin || joined.refusal == LiveRefusal::UnknownToken) m_throttle.recordFailure(message.address, now);
        if (joined.refusal != LiveRefusal::None) return reply(refusalMessage(joined.refusal, joined.detail));
        m_rosterWatchers.erase(connection);
        bind(connection, joined.playerId);
        reply(welcomeMessage(m_game, joined.playerId));
        // Bring a (re)joining phone to where the game is.
        if (m_game.phase() == LivePhase::Question) reply(questionMessage(m_game, joined.playerId, now));
        if (m_game.phase() == LivePhase::Reveal) reply(resultMessage(m_game, joined.playerId, m_game.questionIndex()));
        if (m_game.phase() == LivePhase::Podium) reply(gameOverMessage(m_game, joined.playerId));
        return;
    }

    const int playerId = playerOn(connection);
    if (playerId < 0) return reply(errorMessage("not_joined", "Join the game before answering."));
    LearnerAnswer answer;
    if (m_game.phase() == LivePhase::Question && client.question == m_game.questionIndex()) {
        const int index = m_game.questionIndex();
        std::string error;
        auto read = answerFromWire(*m_game.questions()[static_cast<std::size_t>(index)].question, m_game.shownOrder(index), client.answer, error);
        if (!read) return reply(errorMessage(liveRefusalCode(LiveRefusal::BadAnswer), error));
        answer = std::move(*read);
    }
    // Any other question index is refused by submit before the (empty) answer is looked at.
    const LiveRefusal refusal = m_game.submit(playerId, client.question, std::move(answer), now);
    if (refusal != LiveRefusal::None) reply(refusalMessage(refusal));
}

std::string LiveHost::rosterReply(std::uint64_t connection, const std::string& address, const std::string& pin, UnixMs nowMs) {
    // The PIN is checked and throttled as for a join, so asking for the names is no way to guess PINs.
    if (const std::int64_t wait = m_throttle.waitMs(address, nowMs); wait > 0)
        return slowDownMessage(wait);
    if (!constantTimeEquals(pin, m_game.pin())) {
        m_throttle.recordFailure(address, nowMs);
        return refusalMessage(LiveRefusal::WrongPin);
    }
    // A phone still choosing its name hears of every name taken or freed from now on (pushRoster).
    if (!m_game.settings().classList.empty() && playerOn(connection) < 0) m_rosterWatchers.insert(connection);
    return rosterMessage(m_game);
}

// [SECTION] Events to replies

void LiveHost::send(int playerId, std::string text, bool close) {
    const auto at = m_connectionOfPlayer.find(playerId);
    if (at == m_connectionOfPlayer.end()) return;
    m_outbox.push_back({at->second, std::move(text), close});
}

void LiveHost::pushRoster() {
    if (m_rosterWatchers.empty()) return;
    const std::string names = rosterMessage(m_game);
    for (const std::uint64_t connection : m_rosterWatchers) m_outbox.push_back({connection, names, false});
}

void LiveHost::broadcastQuestion(UnixMs nowMs) {
    for (const auto& [playerId, connection] : m_connectionOfPlayer)
        m_outbox.push_back({connection, questionMessage(m_game, playerId, nowMs), false});
}

void LiveHost::flush(UnixMs nowMs) {
    m_game.tick(nowMs);
    bool rosterChanged = false;  // pushed once after the batch: a burst of joins is one roster per watcher
    for (const LiveEvent& event : m_game.takeEvents()) {
        m_eventLines.push_back(eventLine(m_game, event));
        switch (event.type) {
        case LiveEventType::QuestionOpened:
            // A question that opened and closed within one batch is not worth showing any more.
            if (m_game.phase() == LivePhase::Question && m_game.questionIndex() == event.questionIndex) broadcastQuestion(nowMs);
            break;
        case LiveEventType::AnswerAccepted:
            send(event.playerId, ackMessage(event.questionIndex));
            break;
        case LiveEventType::QuestionClosed:
            for (const auto& [playerId, connection] : m_connectionOfPlayer)
                m_outbox.push_back({connection, resultMessage(m_game, playerId, event.questionIndex), false});
            break;
        case LiveEventType::Paused:
        case LiveEventType::Resumed:
        case LiveEventType::TimeAdded:
            if (m_game.phase() == LivePhase::Question)
                for (const auto& entry : m_connectionOfPlayer) m_outbox.push_back({entry.second, timerMessage(m_game, nowMs), false});
            break;
        case LiveEventType::GameOver:
            for (const auto& [playerId, connection] : m_connectionOfPlayer)
                m_outbox.push_back({connection, gameOverMessage(m_game, playerId), false});
            break;
        case LiveEventType::PlayerKicked:
            send(event.playerId, kickedMessage(), true);
            if (const auto at = m_connectionOfPlayer.find(event.playerId); at != m_connectionOfPlayer.end()) {
                m_playerOfConnection.erase(at->second);
                m_connectionOfPlayer.erase(at);
            }
            rosterChanged = true;  // the name is free again
            break;
        case LiveEventType::PlayerJoined:
            rosterChanged = true;  // the name is taken
            break;
        case LiveEventType::PlayerRejoined:
        case LiveEventType::PlayerLeft:
            break;
        }
    }
    if (rosterChanged) pushRoster();
}

std::vector<LiveOutbound> LiveHost::takeOutbox() {
    std::vector<LiveOutbound> out;
    out.swap(m_outbox);
    return out;
}

std::vector<std::string> LiveHost::takeEventLines() {
    std::vector<std::string> out;
    out.swap(m_eventLines);
    return out;
}

}  // namespace retain::net
