// `retain live --self-paced`: the host loop of a self-paced paper (see live_paper.hpp and
// docs/classroom.md, "Self-paced paper"). Teacher commands on stdin without --auto: start, end, lock,
// unlock, kick ID.
#include "cli/verbs/live_paper.hpp"

#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli/verbs/live_support.hpp"
#include "core/classroom/self_paced_game.hpp"
#include "core/classroom/self_paced_repository.hpp"
#include "core/classroom/unsaved_results.hpp"
#include "core/security/token_security.hpp"
#include "net/live_server.hpp"
#include "net/self_paced_host.hpp"

namespace retain::cli {

namespace {

// Returns a line of the event log for people: "answer_saved  Ana  q3", "paper_submitted  Ana  4/9".
std::string humanPaperLine(const std::string& jsonLine) {
    const nlohmann::json event = nlohmann::json::parse(jsonLine, nullptr, false);
    if (event.is_discarded()) return jsonLine;
    std::string line = event.value("event", "");
    if (event.contains("name")) line += "  " + event["name"].get<std::string>();
    if (event.contains("position")) line += "  q" + std::to_string(event["position"].get<int>() + 1);
    if (event.value("event", "") == "paper_submitted") {
        std::ostringstream score;
        score << "  " << event.value("score", 0.0) << "/" << event.value("count", 0) << (event.value("automatic", false) ? "  (time up or ended)" : "");
        line += score.str();
    }
    if (event.contains("scores"))
        for (const auto& score : event["scores"]) {
            std::ostringstream text;
            text << "\n  " << score["rank"].get<int>() << ". " << score["name"].get<std::string>() << "  " << score["score"].get<double>();
            line += text.str();
        }
    return line;
}

// Applies one teacher command ("kick ID" or one word); returns false for an unknown one.
bool applyPaperCommand(SelfPacedGame& game, const std::string& line, UnixMs nowMs) {
    std::istringstream words(line);
    std::string command;
    int id = -1;
    words >> command >> id;
    if (command.empty()) return true;
    if (command == "kick") return game.kick(id, nowMs);
    const std::map<std::string, std::function<void()>> actions{
        {"start", [&] { game.start(nowMs); }},
        {"end", [&] { game.end(nowMs); }},
        {"lock", [&] { game.lobby().setLocked(true); }},
        {"unlock", [&] { game.lobby().setLocked(false); }},
    };
    const auto action = actions.find(command);
    if (action == actions.end()) return false;
    action->second();
    return true;
}

}  // namespace

ExitCode runSelfPacedPaper(std::vector<ClassroomQuestion> questions, const LiveSettings& lobby, const PaperRunOptions& options,
                           Store& store, const Clock& clock) {
    SelfPacedSettings settings;
    settings.lobby = lobby;
    settings.title = options.title;
    settings.timeLimitSeconds = options.timeLimitSeconds;
    settings.seed = options.seed;
    SelfPacedGame game(std::move(questions), settings, [] { return osRandom64(); });
    net::SelfPacedHost host(game);

    net::LiveServerOptions serverOptions;
    serverOptions.bindAddress = options.bind;
    serverOptions.port = options.port;
    serverOptions.webRoot = resolveWebDir();
    serverOptions.threads = net::liveServerThreads(lobby.playerCap);
    serverOptions.pictures = net::livePictureFiles(game.lobby().questions());
    net::LiveServer server(serverOptions, clock);
    if (!startAndAnnounce(server, options.bind, game.pin(), game.questions().size(), options.jsonEvents)) return ExitCode::Failure;
    if (!options.autoStart && !options.jsonEvents) printLine("Type start, end, lock, unlock or kick ID, then Enter.");

    CommandQueue commands;
    if (!options.autoStart) commands.startReading();
    const StopSignals stopSignals;
    while (game.phase() != SelfPacedPhase::Over) {
        const UnixMs now = clock.nowMs();
        if (StopSignals::requested()) {
            std::fprintf(stderr, "retain live: interrupted: handing in every paper and storing the answers\n");
            game.end(now);
        }
        if (options.autoStart && game.phase() == SelfPacedPhase::Lobby && game.lobby().connectedCount() >= std::max(options.waitPlayers, 1))
            game.start(now);
        for (const std::string& line : commands.take())
            if (!applyPaperCommand(game, line, now)) std::fprintf(stderr, "retain live: unknown command '%s'\n", line.c_str());
        for (const std::string& line : net::pumpSelfPacedHost(server, host, clock, 100))
            printLine(options.jsonEvents ? line : humanPaperLine(line));
    }
    // The last results go out (flush turned the final hand-ins into them) before the server closes.
    host.flush(clock.nowMs());
    for (const std::string& line : host.takeEventLines()) printLine(options.jsonEvents ? line : humanPaperLine(line));
    server.send(host.takeOutbox());
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    server.stop();
    if (game.records().empty()) {
        // Ended in the lobby: nobody had a paper, so no empty game lands in the report (as in the window).
        printLine(options.jsonEvents ? nlohmann::json{{"event", "stored"}, {"papers", 0}, {"answers", 0}}.dump()
                                     : "The paper was cancelled in the lobby: nothing to store.");
        return ExitCode::Ok;
    }
    try {
        const LiveGameId id = saveSelfPacedGame(store.db(), game, clock.nowMs());
        std::size_t answers = 0;
        for (const ExamRecord& record : game.records()) answers += record.rows.size();
        const nlohmann::json stored{{"event", "stored"}, {"game_id", id}, {"papers", game.records().size()}, {"answers", answers}};
        printLine(options.jsonEvents ? stored.dump() : "Results stored (game " + std::to_string(id) + ").");
    } catch (const sql::StorageError& error) {
        std::fprintf(stderr, "retain live: database error, results not stored: %s\n", error.what());
        std::vector<ClassResultRow> rows;
        for (const ExamRecord& record : game.records()) rows.insert(rows.end(), record.rows.begin(), record.rows.end());
        keepUnsavedRows(&store.db(), "live-unsaved-" + game.lobby().pin(), clock.nowMs(), rows);  // says where, on stderr
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

}  // namespace retain::cli
