// libFuzzer target for the live classroom's protocol: parseClientMessage on any bytes, answerFromWire of
// the parsed answer against a question of every type, and a LiveHost handling the bytes from a joined and
// an unjoined connection during an open question; then parsePaperMessage and a SelfPacedHost handling
// the same bytes on a running paper. Checks what callers rely on (a refusal always has a
// code, answers come back with indices in range and grade to 0..1, every reply is valid JSON) and
// aborts when one breaks. Build and run: see tests/fuzz/CMakeLists.txt.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "../net/net_test_support.hpp"
#include "net/live_host.hpp"
#include "net/live_protocol.hpp"
#include "net/live_wire_types.hpp"
#include "net/paper_protocol.hpp"
#include "net/self_paced_host.hpp"

using namespace retain;
using namespace retain::net;

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

bool inRange(const std::vector<int>& indices, std::size_t count, bool allowNone) {
    for (int index : indices)
        if (index >= static_cast<int>(count) || (index < 0 && !(allowNone && index == -1))) return false;
    return true;
}

std::size_t optionCount(const Question& question) {
    if (const auto* choice = std::get_if<ChoiceAnswer>(&question.answer)) return choice->choices.size();
    if (const auto* multi = std::get_if<MultiAnswer>(&question.answer)) return multi->choices.size();
    if (const auto* ordering = std::get_if<OrderingAnswer>(&question.answer)) return ordering->items.size();
    if (const auto* matching = std::get_if<MatchingAnswer>(&question.answer)) return matching->pairs.size();
    return 0;
}

void checkAnswers(const Bank& bank, const nlohmann::json& wire) {
    for (const Question& question : bank.questions) {
        const ShownOrder order = makeShownOrder(question, 11);
        std::string error;
        const auto answer = answerFromWire(question, order, wire, error);
        if (!answer) {
            require(!error.empty());
            continue;
        }
        const std::size_t count = optionCount(question);
        require(inRange(answer->selected, count, false) && inRange(answer->order, count, false) && inRange(answer->matches, count, true));
        const GradeResult grade = gradeAnswer(question, *answer, 1.0);
        require(grade.score >= 0.0 && grade.score <= 1.0);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Bank bank = net_test::everyTypeBank();
    const std::string text(reinterpret_cast<const char*>(data), size);

    const ParsedClientMessage parsed = parseClientMessage(text);
    require(parsed.message.has_value() != !parsed.errorCode.empty());
    if (parsed.message && parsed.message->type == ClientMessageType::Answer) checkAnswers(bank, parsed.message->answer);

    LiveGame game(net_test::questionsOf(bank), net_test::pinSettings(), net_test::seeded(size));
    LiveHost host(game);
    const UnixMs now = net_test::kNoon;
    host.handle(LiveInbound{LiveInbound::Kind::Text, 1, "10.0.0.1", R"({"type":"join","pin":"123456","name":"Ana"})", now});
    game.start(now);
    host.handle(LiveInbound{LiveInbound::Kind::Text, 1, "10.0.0.1", text, now + 1000});
    host.handle(LiveInbound{LiveInbound::Kind::Text, 2, "10.0.0.2", text, now + 1000});
    host.flush(now + 2000);
    for (const LiveOutbound& reply : host.takeOutbox())
        require(!nlohmann::json::parse(reply.text, nullptr, false).is_discarded());
    for (const std::string& line : host.takeEventLines()) require(!nlohmann::json::parse(line, nullptr, false).is_discarded());

    const ParsedPaperMessage paperParsed = parsePaperMessage(text);
    require(static_cast<int>(paperParsed.message.has_value()) + static_cast<int>(paperParsed.notPaper) +
                static_cast<int>(!paperParsed.errorCode.empty()) == 1);
    if (paperParsed.message && paperParsed.message->type == PaperMessageType::Save) checkAnswers(bank, paperParsed.message->answer);
    SelfPacedSettings paperSettings;
    paperSettings.lobby = net_test::pinSettings();
    paperSettings.timeLimitSeconds = 60;
    SelfPacedGame paper(net_test::questionsOf(bank), paperSettings, net_test::seeded(size));
    SelfPacedHost paperHost(paper);
    paperHost.handle(LiveInbound{LiveInbound::Kind::Text, 1, "10.0.0.1", R"({"type":"join","pin":"123456","name":"Ana"})", now});
    paper.start(now);
    paperHost.handle(LiveInbound{LiveInbound::Kind::Text, 1, "10.0.0.1", text, now + 1000});
    paperHost.handle(LiveInbound{LiveInbound::Kind::Text, 2, "10.0.0.2", text, now + 1000});
    paperHost.flush(now + 61'000);  // past the deadline: the paper is handed in by itself
    require(paper.phase() == SelfPacedPhase::Over);
    for (const LiveOutbound& reply : paperHost.takeOutbox())
        require(!nlohmann::json::parse(reply.text, nullptr, false).is_discarded());
    for (const std::string& line : paperHost.takeEventLines()) require(!nlohmann::json::parse(line, nullptr, false).is_discarded());
    return 0;
}
