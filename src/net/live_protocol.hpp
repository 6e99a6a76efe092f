// The live classroom's JSON protocol between the phones and the host (docs/classroom.md, "Protocol").
// Parsing never throws: untrusted text goes through nlohmann's non-throwing parse, and anything over
// kLiveMaxMessageBytes, malformed, of an unknown type or of the wrong shape comes back as an error the
// host sends to the phone. The builders write the host's messages; every string in them is JSON-escaped
// data that the page shows with textContent.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/classroom/live_game.hpp"

namespace retain::net {

constexpr std::size_t kLiveMaxMessageBytes = 4096;  // longest message a phone may send, bytes

// join {"type":"join","pin":"123456","name":"Ana","team":0?}; rejoin {"type":"rejoin","token":"…"};
// answer {"type":"answer","question":3,"answer":{…per type, see live_wire_types.hpp…}};
// roster {"type":"roster","pin":"123456"}: the class list's names, asked for before joining.
enum class ClientMessageType { Join, Rejoin, Answer, Roster };

struct ClientMessage {
    ClientMessageType type = ClientMessageType::Join;
    std::string pin;         // join, roster
    std::string name;        // join, unchecked (LiveGame::join checks it)
    int team = -1;           // join: team index, -1 = any
    std::string token;       // rejoin
    int question = -1;       // answer: the question index it answers
    nlohmann::json answer;   // answer: the per-type wire answer, read by answerFromWire
};

// A parsed message or why not.
struct ParsedClientMessage {
    std::optional<ClientMessage> message;
    std::string errorCode;  // "too_large", "bad_json", "unknown_type", "bad_message"; "" when parsed
    std::string error;      // one sentence
};

// Returns a Parsed (ParsedClientMessage, ParsedPaperMessage) holding no message, only why not.
template <class Parsed>
Parsed refusedParse(const char* code, std::string message) {
    Parsed parsed;
    parsed.errorCode = code;
    parsed.error = std::move(message);
    return parsed;
}

// Parses one text frame from a phone; never throws.
ParsedClientMessage parseClientMessage(std::string_view text);
// Returns value as JSON text with invalid UTF-8 replaced (names and answers come from phones); never throws.
std::string dumpJson(const nlohmann::json& value);

// Returns {"type":"error","code":code,"message":message}.
std::string errorMessage(std::string_view code, std::string_view message);
// Returns the error message for a refusal (detail, when not empty, replaces the generic sentence).
std::string refusalMessage(LiveRefusal refusal, const std::string& detail = {});
// Returns {"type":"welcome", token, player id, name, team name, pin, phase, points}: sent after join/rejoin.
std::string welcomeMessage(const LiveGame& game, int playerId);
// Returns {"type":"question", index, count, seconds, remaining_ms, answered (whether playerId has),
// question: questionWire}; for the open question.
std::string questionMessage(const LiveGame& game, int playerId, UnixMs nowMs);
// Returns {"type":"ack","question":index}: the answer was received (the verdict comes at the close).
std::string ackMessage(int index);
// Returns {"type":"timer","paused":b,"remaining_ms":n} for the open question.
std::string timerMessage(const LiveGame& game, UnixMs nowMs);
// Returns {"type":"result", question, answered, verdict, correct, points, streak_bonus, streak, total,
// rank, players, right_answer, explanation}: what playerId sees after question index closed.
std::string resultMessage(const LiveGame& game, int playerId, int index);
// Returns {"type":"game_over", rank, players, total, podium: [{name, points}]}.
std::string gameOverMessage(const LiveGame& game, int playerId);
// Returns {"type":"roster","names":[{"name","taken"}…]} (game.roster(); [] without a class list, so the
// page asks for a typed nickname).
std::string rosterMessage(const LiveGame& game);
// Returns {"type":"kicked","message":…}.
std::string kickedMessage();

// Returns one JSON line (no line end) for the host's event log (`retain live --json-events`):
// {"event": liveEventName, "at_ms", …}: player_joined (player, name, team), answer (player, name,
// question, answer, verdict, score, points, time_ms), question_closed (question, answered, correct,
// right_answer, counts or typed), game_over (scores [{rank, name, points, correct}], teams).
std::string eventLine(const LiveGame& game, const LiveEvent& event);

}  // namespace retain::net
