// The self-paced paper's messages (docs/classroom.md, "Protocol"), beside the live game's in
// live_protocol.hpp: join, rejoin and roster are the live game's own. Parsing never throws; a message of
// another type is left to parseClientMessage. Every string built here is JSON-escaped data that the page
// shows with textContent.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/classroom/self_paced_game.hpp"

namespace retain::net {

// open {"type":"open","position":2}: the student looks at that question (its time starts);
// save {"type":"save","position":2,"answer":{…per type, see live_wire_types.hpp…}};
// submit {"type":"submit"}: hand the paper in (the page has asked for confirmation).
enum class PaperMessageType { Open, Save, Submit };

struct PaperMessage {
    PaperMessageType type = PaperMessageType::Save;
    int position = -1;      // open, save: shown position, 0-based
    nlohmann::json answer;  // save: the wire answer, read by answerFromWire
};

// A parsed paper message, an error, or neither (notPaper: the text is some other message, or not one).
struct ParsedPaperMessage {
    std::optional<PaperMessage> message;
    bool notPaper = false;
    std::string errorCode;  // "too_large", "bad_message"; "" otherwise
    std::string error;      // one sentence
};

// Parses one text frame from a phone when it is a paper message; never throws.
ParsedPaperMessage parsePaperMessage(std::string_view text);

// Returns the error message for a paper refusal.
std::string paperRefusalReply(PaperRefusal refusal);
// Returns {"type":"paper", title, count, time_limit_seconds, remaining_ms (null without a limit),
// submitted, answered, questions: [{position, question: questionWire, saved: answer text or null}]}:
// playerId's own paper in their shown order, never the answers.
std::string paperMessage(const SelfPacedGame& game, int playerId, UnixMs nowMs);
// Returns {"type":"saved", position, answer (in the bank's terms, no verdict), answered, count}: the
// answer at position is saved.
std::string savedMessage(const SelfPacedGame& game, int playerId, int position);
// Returns {"type":"paper_result", score, correct, count, automatic, items: [{position, prompt, answer,
// answered, verdict, correct, right_answer}]}: after the paper was handed in.
std::string paperResultMessage(const SelfPacedGame& game, int playerId, bool automatic);

// Returns one JSON line (no line end) for the host's event log: paper_started (player, name),
// answer_saved (player, name, position, question_id, answer, answered), paper_submitted (player, name,
// automatic, score, correct, answered, count), game_over (scores [{rank, name, score, correct,
// answered}], best first).
std::string paperEventLine(const SelfPacedGame& game, const SelfPacedEvent& event);

}  // namespace retain::net
