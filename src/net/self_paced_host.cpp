// The game thread's handling of a self-paced paper (see self_paced_host.hpp).
#include "net/self_paced_host.hpp"

#include <algorithm>

#include "core/security/token_security.hpp"
#include "net/live_protocol.hpp"
#include "net/live_server.hpp"
#include "net/live_wire_types.hpp"
#include "net/paper_protocol.hpp"

namespace retain::net {

namespace {

// Returns true when text is a join with the game's PIN (cheaply: the full parse is the lobby host's).
bool isJoinWithPin(std::string_view text, const std::string& pin) {
    const ParsedClientMessage parsed = parseClientMessage(text);
    return parsed.message && parsed.message->type == ClientMessageType::Join && constantTimeEquals(parsed.message->pin, pin);
}

}  // namespace

void SelfPacedHost::handle(const LiveInbound& message) {
    const UnixMs now = message.receivedMs;
    if (message.kind == LiveInbound::Kind::Text) {
        const ParsedPaperMessage paper = parsePaperMessage(message.text);
        if (paper.message) return handlePaper(message.connection, *paper.message, now);
        if (!paper.notPaper) {
            m_outbox.push_back({message.connection, errorMessage(paper.errorCode, paper.error), false});
            return;
        }
        // Once over, a join with the right PIN is told so (a wrong PIN still goes to the throttle below).
        if (m_game.phase() == SelfPacedPhase::Over && playerOn(message.connection) < 0 && isJoinWithPin(message.text, m_game.pin())) {
            m_outbox.push_back({message.connection, refusalMessage(LiveRefusal::GameOver), false});
            return;
        }
    }
    const int before = playerOn(message.connection);
    m_lobbyHost.handle(message);
    drainLobby();
    const int after = playerOn(message.connection);
    if (after < 0 || after == before) return;
    // Just joined or rejoined: a new paper is sent by flush (its PaperStarted event); one already out
    // comes back now, with its saved answers, or its result once handed in.
    const bool hadPaper = m_game.paperOf(after) != nullptr;
    m_game.attach(after, now);
    if (!hadPaper) return;
    const ExamAttempt& held = *m_game.paperOf(after);
    m_outbox.push_back({message.connection, held.submitted() ? paperResultMessage(m_game, after, false) : paperMessage(m_game, after, now), false});
}

void SelfPacedHost::handlePaper(std::uint64_t connection, const PaperMessage& message, UnixMs nowMs) {
    auto reply = [&](std::string text) { m_outbox.push_back({connection, std::move(text), false}); };
    const int playerId = playerOn(connection);
    if (playerId < 0) return reply(errorMessage("not_joined", "Join the game before answering."));
    if (message.type == PaperMessageType::Submit) {
        if (const PaperRefusal refusal = m_game.submit(playerId, nowMs); refusal != PaperRefusal::None) reply(paperRefusalReply(refusal));
        return;
    }
    if (message.type == PaperMessageType::Open) {
        if (const PaperRefusal refusal = m_game.open(playerId, message.position, nowMs); refusal != PaperRefusal::None) reply(paperRefusalReply(refusal));
        return;
    }
    const ExamAttempt* paper = m_game.paperOf(playerId);
    LearnerAnswer answer;
    if (m_game.phase() == SelfPacedPhase::Running && paper != nullptr && !paper->submitted() && message.position < paper->size()) {
        std::string error;
        auto read = answerFromWire(paper->questionAt(message.position), paper->paper().items[static_cast<std::size_t>(message.position)].options,
                                   message.answer, error);
        if (!read) return reply(errorMessage(paperRefusalCode(PaperRefusal::BadAnswer), error));
        answer = std::move(*read);
    }
    // Outside a running paper, no paper, a bad position, a handed-in paper or time up are refused by save
    // before the (then empty) answer is looked at.
    if (const PaperRefusal refusal = m_game.save(playerId, message.position, answer, nowMs); refusal != PaperRefusal::None)
        reply(paperRefusalReply(refusal));
}

void SelfPacedHost::send(int playerId, std::string text) {
    if (const std::uint64_t connection = m_lobbyHost.connectionOf(playerId); connection != 0)
        m_outbox.push_back({connection, std::move(text), false});
}

void SelfPacedHost::drainLobby() {
    for (LiveOutbound& reply : m_lobbyHost.takeOutbox()) m_outbox.push_back(std::move(reply));
    for (std::string& line : m_lobbyHost.takeEventLines()) m_eventLines.push_back(std::move(line));
}

void SelfPacedHost::flush(UnixMs nowMs) {
    m_game.tick(nowMs);
    m_lobbyHost.flush(nowMs);  // joins, leaves, kicks (the kicked phone is told and let go)
    drainLobby();
    for (const SelfPacedEvent& event : m_game.takeEvents()) {
        m_eventLines.push_back(paperEventLine(m_game, event));
        if (event.playerId < 0 || m_game.paperOf(event.playerId) == nullptr) continue;
        switch (event.type) {
        case SelfPacedEventType::PaperStarted: send(event.playerId, paperMessage(m_game, event.playerId, nowMs)); break;
        case SelfPacedEventType::AnswerSaved: send(event.playerId, savedMessage(m_game, event.playerId, event.position)); break;
        case SelfPacedEventType::PaperSubmitted: send(event.playerId, paperResultMessage(m_game, event.playerId, event.automatic)); break;
        case SelfPacedEventType::GameOver: break;
        }
    }
}

std::vector<LiveOutbound> SelfPacedHost::takeOutbox() {
    std::vector<LiveOutbound> out;
    out.swap(m_outbox);
    return out;
}

std::vector<std::string> SelfPacedHost::takeEventLines() {
    std::vector<std::string> out;
    out.swap(m_eventLines);
    return out;
}

std::vector<std::string> pumpSelfPacedHost(LiveServer& server, SelfPacedHost& host, const Clock& clock, std::int64_t maxWaitMs) {
    return pumpHostTurn(server, host, clock, maxWaitMs);
}

}  // namespace retain::net
