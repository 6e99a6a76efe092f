// The self-paced paper's messages (see paper_protocol.hpp).
//
// [SECTION] Parsing phone messages
// [SECTION] Messages to phones
// [SECTION] Host event lines
#include "net/paper_protocol.hpp"

#include <algorithm>

#include "net/live_protocol.hpp"
#include "net/live_wire_types.hpp"

namespace retain::net {

namespace {

using nlohmann::json;

ParsedPaperMessage paperRefused(const char* code, std::string message) { return refusedParse<ParsedPaperMessage>(code, std::move(message)); }

// Reads value["position"] as a position 0..1'000'000; -1 when it is not one.
int readPosition(const json& value) {
    const auto at = value.find("position");
    if (at == value.end() || !at->is_number_integer()) return -1;
    const auto number = at->get<long long>();
    return number >= 0 && number <= 1'000'000 ? static_cast<int>(number) : -1;
}

const char* nameOf(const SelfPacedGame& game, int playerId) {
    return game.lobby().players().at(static_cast<std::size_t>(playerId)).name.c_str();
}

}  // namespace

// [SECTION] Parsing phone messages

ParsedPaperMessage parsePaperMessage(std::string_view text) {
    ParsedPaperMessage notPaper;
    notPaper.notPaper = true;
    // Oversized and malformed text is parseClientMessage's to refuse, with the live game's codes.
    if (text.size() > kLiveMaxMessageBytes) return notPaper;
    const json value = json::parse(text.begin(), text.end(), nullptr, false);
    if (value.is_discarded() || !value.is_object()) return notPaper;
    const auto typeField = value.find("type");
    if (typeField == value.end() || !typeField->is_string()) return notPaper;
    const std::string type = typeField->get<std::string>();

    PaperMessage message;
    if (type == "submit") {
        message.type = PaperMessageType::Submit;
    } else if (type == "open" || type == "save") {
        message.type = type == "open" ? PaperMessageType::Open : PaperMessageType::Save;
        message.position = readPosition(value);
        if (message.position < 0) return paperRefused("bad_message", "The message needs \"position\": the question's number on the paper.");
        if (message.type == PaperMessageType::Save) {
            const auto answer = value.find("answer");
            if (answer == value.end() || !answer->is_object()) return paperRefused("bad_message", "A save needs \"answer\": an object.");
            message.answer = *answer;
        }
    } else {
        return notPaper;
    }
    ParsedPaperMessage parsed;
    parsed.message = std::move(message);
    return parsed;
}

// [SECTION] Messages to phones

std::string paperRefusalReply(PaperRefusal refusal) { return errorMessage(paperRefusalCode(refusal), paperRefusalMessage(refusal)); }

std::string paperMessage(const SelfPacedGame& game, int playerId, UnixMs nowMs) {
    const ExamAttempt& paper = *game.paperOf(playerId);
    json questions = json::array();
    for (int position = 0; position < paper.size(); ++position) {
        const std::optional<std::string> saved = paper.answerAt(position);
        // Picture URLs name the game's question index, which the server's picture table is built from.
        const ExamItem& item = paper.paper().items[static_cast<std::size_t>(position)];
        questions.push_back(json{{"position", position},
                                 {"question", questionWire(paper.questionAt(position), item.options, item.questionIndex)},
                                 {"saved", saved ? json(*saved) : json(nullptr)}});
    }
    const std::optional<std::int64_t> remaining = paper.remainingMs(nowMs);
    return dumpJson(json{{"type", "paper"}, {"title", game.settings().title}, {"count", paper.size()},
                       {"time_limit_seconds", game.settings().timeLimitSeconds},
                       {"remaining_ms", remaining ? json(*remaining) : json(nullptr)}, {"submitted", paper.submitted()},
                       {"answered", paper.answeredCount()}, {"questions", std::move(questions)}});
}

std::string savedMessage(const SelfPacedGame& game, int playerId, int position) {
    const ExamAttempt& paper = *game.paperOf(playerId);
    return dumpJson(json{{"type", "saved"}, {"position", position}, {"answer", paper.answerAt(position).value_or("")},
                       {"answered", paper.answeredCount()}, {"count", paper.size()}});
}

std::string paperResultMessage(const SelfPacedGame& game, int playerId, bool automatic) {
    const std::optional<PaperResult> result = game.resultOf(playerId);
    if (!result) return paperRefusalReply(PaperRefusal::NoPaper);
    json items = json::array();
    for (const PaperItemResult& item : result->items)
        items.push_back(json{{"position", item.position}, {"prompt", item.prompt}, {"answer", item.answer},
                             {"answered", item.answered}, {"verdict", item.answered ? verdictName(item.verdict) : "none"},
                             {"correct", item.score >= 1.0}, {"right_answer", item.rightAnswer}});
    return dumpJson(json{{"type", "paper_result"}, {"score", result->score}, {"correct", result->correct},
                       {"count", result->items.size()}, {"automatic", automatic}, {"items", std::move(items)}});
}

// [SECTION] Host event lines

std::string paperEventLine(const SelfPacedGame& game, const SelfPacedEvent& event) {
    json line{{"event", selfPacedEventName(event.type)}, {"at_ms", event.atMs}};
    if (event.playerId >= 0) {
        line["player"] = event.playerId;
        line["name"] = nameOf(game, event.playerId);
    }
    const ExamAttempt* paper = event.playerId >= 0 ? game.paperOf(event.playerId) : nullptr;
    if (event.type == SelfPacedEventType::AnswerSaved && paper != nullptr) {
        line["position"] = event.position;
        line["question_id"] = paper->keyAt(event.position).text();
        line["answer"] = paper->answerAt(event.position).value_or("");
        line["answered"] = paper->answeredCount();
    } else if (event.type == SelfPacedEventType::PaperSubmitted && paper != nullptr) {
        line["automatic"] = event.automatic;
        line["score"] = paper->totalScore().value_or(0.0);
        line["answered"] = paper->answeredCount();
        line["count"] = paper->size();
        if (const auto result = game.resultOf(event.playerId)) line["correct"] = result->correct;
    } else if (event.type == SelfPacedEventType::GameOver) {
        std::vector<PaperProgress> board = game.progress(event.atMs);
        std::stable_sort(board.begin(), board.end(), [](const PaperProgress& a, const PaperProgress& b) {
            if (a.score.value_or(0.0) != b.score.value_or(0.0)) return a.score.value_or(0.0) > b.score.value_or(0.0);
            return a.name < b.name;
        });
        json scores = json::array();
        for (std::size_t i = 0; i < board.size(); ++i) {
            const auto result = game.resultOf(board[i].playerId);
            scores.push_back(json{{"rank", i + 1}, {"name", board[i].name}, {"score", board[i].score.value_or(0.0)},
                                  {"correct", result ? result->correct : 0}, {"answered", board[i].answered}});
        }
        line["scores"] = std::move(scores);
    }
    return dumpJson(line);
}

}  // namespace retain::net
