// The live classroom's JSON protocol (see live_protocol.hpp).
//
// [SECTION] Parsing phone messages
// [SECTION] Messages to phones
// [SECTION] Host event lines
#include "net/live_protocol.hpp"

#include "net/live_wire_types.hpp"

namespace retain::net {

namespace {

using nlohmann::json;

ParsedClientMessage refused(const char* code, std::string message) { return refusedParse<ParsedClientMessage>(code, std::move(message)); }

// Reads field key of object as a string (numbers too, for a PIN typed as one); false when absent or other.
bool readString(const json& object, const char* key, std::string& out) {
    const auto at = object.find(key);
    if (at == object.end()) return false;
    if (at->is_string()) {
        out = at->get<std::string>();
        return true;
    }
    if (at->is_number_unsigned()) {
        out = std::to_string(at->get<unsigned long long>());
        return true;
    }
    return false;
}

std::string dumped(const json& value) { return dumpJson(value); }

const char* teamName(const LiveGame& game, int team) {
    return team >= 0 && team < static_cast<int>(game.settings().teams.size()) ? game.settings().teams[static_cast<std::size_t>(team)].c_str() : "";
}

}  // namespace

// [SECTION] Parsing phone messages

std::string dumpJson(const nlohmann::json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

ParsedClientMessage parseClientMessage(std::string_view text) {
    if (text.size() > kLiveMaxMessageBytes)
        return refused("too_large", "The message is larger than " + std::to_string(kLiveMaxMessageBytes) + " bytes.");
    const json value = json::parse(text.begin(), text.end(), nullptr, false);
    if (value.is_discarded()) return refused("bad_json", "The message is not valid JSON.");
    if (!value.is_object()) return refused("bad_message", "A message must be a JSON object.");
    const auto typeField = value.find("type");
    if (typeField == value.end() || !typeField->is_string()) return refused("bad_message", "The message has no \"type\".");
    const std::string type = typeField->get<std::string>();

    ClientMessage message;
    if (type == "join") {
        message.type = ClientMessageType::Join;
        if (!readString(value, "pin", message.pin)) return refused("bad_message", "A join needs \"pin\".");
        if (!readString(value, "name", message.name)) return refused("bad_message", "A join needs \"name\".");
        if (const auto team = value.find("team"); team != value.end()) {
            if (!team->is_number_integer()) return refused("bad_message", "\"team\" must be a team number.");
            const auto number = team->get<long long>();
            message.team = number >= 0 && number < 1000 ? static_cast<int>(number) : -1;
        }
    } else if (type == "rejoin") {
        message.type = ClientMessageType::Rejoin;
        if (!readString(value, "token", message.token)) return refused("bad_message", "A rejoin needs \"token\".");
    } else if (type == "roster") {
        message.type = ClientMessageType::Roster;
        if (!readString(value, "pin", message.pin)) return refused("bad_message", "A roster request needs \"pin\".");
    } else if (type == "answer") {
        message.type = ClientMessageType::Answer;
        const auto question = value.find("question");
        if (question == value.end() || !question->is_number_integer() || question->get<long long>() < 0 ||
            question->get<long long>() > 1'000'000)
            return refused("bad_message", "An answer needs \"question\": the question's number.");
        message.question = static_cast<int>(question->get<long long>());
        const auto answer = value.find("answer");
        if (answer == value.end() || !answer->is_object()) return refused("bad_message", "An answer needs \"answer\": an object.");
        message.answer = *answer;
    } else {
        return refused("unknown_type", "Unknown message type.");
    }
    ParsedClientMessage parsed;
    parsed.message = std::move(message);
    return parsed;
}

// [SECTION] Messages to phones

std::string errorMessage(std::string_view code, std::string_view message) {
    return dumped(json{{"type", "error"}, {"code", code}, {"message", message}});
}

std::string refusalMessage(LiveRefusal refusal, const std::string& detail) {
    return errorMessage(liveRefusalCode(refusal), detail.empty() ? liveRefusalMessage(refusal) : detail);
}

std::string welcomeMessage(const LiveGame& game, int playerId) {
    const LivePlayer& player = game.players().at(static_cast<std::size_t>(playerId));
    return dumped(json{{"type", "welcome"}, {"token", player.token}, {"player", player.id}, {"name", player.name},
                       {"team", teamName(game, player.team)}, {"pin", game.pin()},
                       {"phase", livePhaseName(game.phase())}, {"points", player.points}});
}

std::string rosterMessage(const LiveGame& game) {
    json names = json::array();
    for (const LiveRosterEntry& entry : game.roster()) names.push_back(json{{"name", entry.name}, {"taken", entry.taken}});
    return dumped(json{{"type", "roster"}, {"names", std::move(names)}});
}

std::string questionMessage(const LiveGame& game, int playerId, UnixMs nowMs) {
    const int index = game.questionIndex();
    const Question& question = *game.questions().at(static_cast<std::size_t>(index)).question;
    return dumped(json{{"type", "question"}, {"index", index}, {"count", game.questions().size()},
                       {"seconds", game.limitMs() / 1000}, {"remaining_ms", game.remainingMs(nowMs).value_or(0)},
                       {"paused", game.paused()}, {"answered", game.answerOf(playerId, index) != nullptr},
                       {"question", questionWire(question, game.shownOrder(index), index)}});
}

std::string ackMessage(int index) { return dumped(json{{"type", "ack"}, {"question", index}}); }

std::string timerMessage(const LiveGame& game, UnixMs nowMs) {
    return dumped(json{{"type", "timer"}, {"paused", game.paused()}, {"remaining_ms", game.remainingMs(nowMs).value_or(0)}});
}

std::string resultMessage(const LiveGame& game, int playerId, int index) {
    const LivePlayerResult result = game.playerResult(playerId, index);
    const Question& question = *game.questions().at(static_cast<std::size_t>(index)).question;
    const LivePlayer& player = game.players().at(static_cast<std::size_t>(playerId));
    return dumped(json{{"type", "result"}, {"question", index}, {"answered", result.answered},
                       {"verdict", result.answered ? verdictName(result.verdict) : "none"},
                       {"correct", result.answered && result.verdict == Verdict::Correct},
                       {"points", result.points.total()}, {"streak_bonus", result.points.streakBonus},
                       {"streak", player.streak}, {"total", result.total}, {"rank", result.rank},
                       {"players", result.players}, {"right_answer", expectedAnswerText(question)},
                       {"explanation", question.explanation}});
}

std::string gameOverMessage(const LiveGame& game, int playerId) {
    json podium = json::array();
    const auto board = game.leaderboard(3);  // each player's podium message: only the top 3 are sorted out
    for (std::size_t i = 0; i < board.size() && i < 3; ++i) podium.push_back(json{{"name", board[i].name}, {"points", board[i].points}});
    const LivePlayerResult mine = game.playerResult(playerId, 0);
    return dumped(json{{"type", "game_over"}, {"rank", mine.rank}, {"players", mine.players}, {"total", mine.total},
                       {"podium", std::move(podium)}});
}

std::string kickedMessage() {
    return dumped(json{{"type", "kicked"}, {"message", liveRefusalMessage(LiveRefusal::Kicked)}});
}

// [SECTION] Host event lines

std::string eventLine(const LiveGame& game, const LiveEvent& event) {
    json line{{"event", liveEventName(event.type)}, {"at_ms", event.atMs}};
    if (event.playerId >= 0) {
        const LivePlayer& player = game.players().at(static_cast<std::size_t>(event.playerId));
        line["player"] = player.id;
        line["name"] = player.name;
        if (player.team >= 0) line["team"] = teamName(game, player.team);
    }
    if (event.questionIndex >= 0) {
        line["question"] = event.questionIndex;
        line["question_id"] = game.questions().at(static_cast<std::size_t>(event.questionIndex)).key.text();
    }
    if (event.type == LiveEventType::AnswerAccepted) {
        if (const LiveAnswer* answer = game.answerOf(event.playerId, event.questionIndex)) {
            line["answer"] = answer->answerText;
            line["verdict"] = verdictName(answer->verdict);
            line["score"] = answer->fraction;
            line["points"] = answer->points.total();
            line["time_ms"] = answer->timeMs;
        }
    } else if (event.type == LiveEventType::QuestionClosed) {
        const LiveReveal reveal = game.reveal(event.questionIndex);
        line["answered"] = reveal.answered;
        line["correct"] = reveal.correct;
        line["right_answer"] = reveal.rightAnswer;
        json counts = json::array();
        for (const LiveChoiceCount& choice : reveal.choices) counts.push_back(json{{"text", choice.text}, {"count", choice.count}, {"right", choice.right}});
        for (const LiveTypedCount& typed : reveal.typed) counts.push_back(json{{"text", typed.text}, {"count", typed.count}, {"right", typed.correct}});
        line["counts"] = std::move(counts);
    } else if (event.type == LiveEventType::GameOver) {
        json scores = json::array();
        for (const LiveStanding& standing : game.leaderboard())
            scores.push_back(json{{"rank", standing.rank}, {"name", standing.name}, {"points", standing.points}, {"correct", standing.correct}});
        line["scores"] = std::move(scores);
        json teams = json::array();
        for (const LiveTeamStanding& team : game.teamBoard())
            teams.push_back(json{{"rank", team.rank}, {"name", team.name}, {"points", team.points}, {"members", team.members}});
        if (!teams.empty()) line["teams"] = std::move(teams);
    }
    return dumped(line);
}

}  // namespace retain::net
