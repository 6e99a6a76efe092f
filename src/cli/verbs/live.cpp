// `retain live --bank ID [--pin N] [--port P] [--bind ADDR] [--auto] [--json-events] [--count N]
// [--seconds T]`: hosts a live classroom game without the window. Students open the printed URL on their
// phones (the student page, assets/web/), join with the PIN and answer; every event is printed as it
// happens, one JSON line each with --json-events (player_joined, answer, question_closed, game_over with
// the final scores, ...). With --auto the game starts once --wait-players have joined, each question
// closes when everyone has answered or its timer ends, and each reveal moves on after --reveal-seconds;
// without it the teacher types commands on stdin (start, next, pause, resume, more, skip, end, lock,
// unlock, kick ID). At the podium the game and every answer are stored in the data folder (live_games,
// live_answers), for `retain report` and the Class report. Ctrl+C (SIGINT) or SIGTERM ends the game as the
// "end" command does, so what was answered is stored too; the end of stdin does not end it (a script or
// CI job may host without one). With --class NAME the students pick their name
// from that stored class list instead of typing a nickname (docs/classroom_lists.md). With --self-paced
// [--time-limit S] each student answers their own shuffled paper instead (live_paper.cpp). Exits 0 after the podium, 2 on misuse, 3 when
// the data folder cannot be opened, the server cannot listen or the results cannot be stored.
//
// [SECTION] Options
// [SECTION] Host commands from stdin
// [SECTION] Running the game
// [SECTION] The verb
#include <cstdio>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli/cli.hpp"
#include "cli/verbs/live_paper.hpp"
#include "cli/verbs/live_support.hpp"
#include "cli/verb_support.hpp"
#include "core/bank/bank_loader.hpp"
#include "core/classroom/class_list_repository.hpp"
#include "core/classroom/live_game.hpp"
#include "core/classroom/live_repository.hpp"
#include "core/classroom/self_paced_game.hpp"
#include "core/classroom/unsaved_results.hpp"
#include "core/clock.hpp"
#include "core/security/token_security.hpp"
#include "core/storage/store.hpp"
#include "core/text/control_chars.hpp"
#include "net/live_host.hpp"
#include "net/live_server.hpp"

namespace retain::cli {

namespace {

// [SECTION] Options

struct LiveOptions {
    std::string bankId;
    std::string pin;                 // 6 digits; "" = drawn at random
    int port = 8080;                 // 0 = any free port (printed in the "listening" line)
    std::string bind = "0.0.0.0";    // listen address
    bool autoAdvance = false;
    bool jsonEvents = false;
    int count = 10;                  // questions
    int seconds = 20;                // per question, seconds
    int revealSeconds = 3;           // --auto: reveal shown this long, seconds
    int waitPlayers = 1;             // --auto: start when this many have joined
    int cap = kLiveDefaultPlayerCap; // players the game takes
    std::uint64_t seed = 0;          // question choice and option order; 0 = random
    std::string teams;               // "Red,Blue": team mode
    std::string className;           // students pick their name from this stored class list; "" = nicknames
    bool selfPaced = false;          // a self-paced paper (live_paper.cpp) instead of a live game
    int timeLimitSeconds = 0;        // --self-paced: per paper, seconds; 0 = none
};

// Returns a line of the event log for people: "answer  Ana  q2  correct  +875".
std::string humanLine(const std::string& jsonLine) {
    const nlohmann::json event = nlohmann::json::parse(jsonLine, nullptr, false);
    if (event.is_discarded()) return jsonLine;
    std::string line = event.value("event", "");
    if (event.contains("name")) line += "  " + event["name"].get<std::string>();
    if (event.contains("question")) line += "  q" + std::to_string(event["question"].get<int>() + 1);
    if (event.contains("verdict")) line += "  " + event["verdict"].get<std::string>() + "  +" + std::to_string(event["points"].get<int>());
    if (event.contains("scores"))
        for (const auto& score : event["scores"])
            line += "\n  " + std::to_string(score["rank"].get<int>()) + ". " + score["name"].get<std::string>() + "  " + std::to_string(score["points"].get<int>());
    return line;
}

std::vector<std::string> splitTeams(const std::string& text) {
    std::vector<std::string> teams;
    std::stringstream stream(text);
    std::string team;
    while (std::getline(stream, team, ','))
        if (team.find_first_not_of(' ') != std::string::npos) teams.push_back(team);
    return teams;
}

// [SECTION] Host commands from stdin

// Applies one teacher command to the game (on the game thread); returns false for an unknown one.
bool applyCommand(LiveGame& game, const std::string& line, UnixMs nowMs) {
    std::stringstream words(line);
    std::string command;
    words >> command;
    if (command == "start") game.start(nowMs);
    else if (command == "next") game.next(nowMs);
    else if (command == "pause") game.pause(nowMs);
    else if (command == "resume") game.resume(nowMs);
    else if (command == "more") game.addTime(10 * kMsPerSecond, nowMs);
    else if (command == "skip") game.skip(nowMs);
    else if (command == "end") game.end(nowMs);
    else if (command == "lock") game.setLocked(true);
    else if (command == "unlock") game.setLocked(false);
    else if (command == "kick") {
        int id = -1;
        words >> id;
        return game.kick(id, nowMs);
    } else return command.empty();
    return true;
}

// [SECTION] Running the game

ExitCode runLive(const LiveOptions& options, const GlobalOptions& global) {
    const Library library = loadLibrary(resolveBanksDir(global), resolveBankCacheDir(global));
    const Bank* bank = nullptr;
    for (const Bank& candidate : library.banks)
        if (candidate.id == options.bankId) bank = &candidate;
    if (!bank) {
        std::fprintf(stderr, "retain live: no bank with id '%s'\n", options.bankId.c_str());
        return ExitCode::Misuse;
    }
    // Tokens and the PIN come straight from the kernel's CSPRNG (std::random_device need not be random).
    const std::uint64_t entropy = osRandom64();
    QuestionPick pick;
    pick.banks = {bank};
    pick.count = options.count;
    pick.seed = options.seed != 0 ? options.seed : entropy;
    std::vector<ClassroomQuestion> questions = pickQuestions(pick);
    if (questions.empty()) {
        std::fprintf(stderr, "retain live: bank '%s' has no questions\n", bank->id.c_str());
        return ExitCode::Misuse;
    }
    SystemClock clock;
    // Opened before the game, so a data folder that cannot take the results is said before anyone plays.
    StoreOpenResult opened = Store::open(resolveDataDir(global), clock);
    if (!opened.store) {
        std::fprintf(stderr, "retain live: %s\n", opened.message.c_str());
        return ExitCode::Failure;
    }
    if (!opened.warning.empty()) std::fprintf(stderr, "retain live: warning: %s\n", opened.warning.c_str());
    // The interval backup now; the close backup, and any warning of either, at the end of this scope.
    VerbBackups backups("live", *opened.store, clock);
    LiveSettings settings;
    if (!options.className.empty()) {
        try {
            settings.classList = loadClassList(opened.store->db(), options.className);
        } catch (const sql::StorageError& storageError) {
            std::fprintf(stderr, "retain live: database error: %s\n", storageError.what());
            return ExitCode::Failure;
        }
        if (settings.classList.empty()) {
            std::fprintf(stderr, "retain live: no class '%s': import it with retain class import FILE.csv --class NAME\n",
                         terminalSafe(options.className).c_str());
            return ExitCode::Misuse;
        }
    }
    settings.pin = options.pin;
    settings.questionSeconds = options.seconds;
    settings.revealSeconds = options.autoAdvance ? std::max(options.revealSeconds, 1) : 0;
    settings.playerCap = options.cap;
    settings.teams = splitTeams(options.teams);
    settings.shuffleSeed = pick.seed;
    if (options.selfPaced) {
        const PaperRunOptions paper{bank->title.empty() ? bank->id : bank->title, options.timeLimitSeconds, pick.seed, options.bind,
                                    options.port, options.autoAdvance, options.waitPlayers, options.jsonEvents};
        return runSelfPacedPaper(std::move(questions), settings, paper, *opened.store, clock);
    }
    LiveGame game(std::move(questions), settings, [] { return osRandom64(); });
    net::LiveHost host(game);

    net::LiveServerOptions serverOptions;
    serverOptions.bindAddress = options.bind;
    serverOptions.port = options.port;
    serverOptions.webRoot = resolveWebDir();
    serverOptions.threads = net::liveServerThreads(game.settings().playerCap);
    serverOptions.pictures = net::livePictureFiles(game.questions());
    net::LiveServer server(serverOptions, clock);
    if (!startAndAnnounce(server, options.bind, game.pin(), game.questions().size(), options.jsonEvents)) return ExitCode::Failure;
    if (!options.autoAdvance && !options.jsonEvents)
        printLine("Type start, next, pause, resume, more (+10 s), skip, end, lock, unlock or kick ID, then Enter.");

    CommandQueue commands;
    if (!options.autoAdvance) commands.startReading();
    const StopSignals stopSignals;
    while (game.phase() != LivePhase::Podium) {
        const UnixMs now = clock.nowMs();
        if (StopSignals::requested()) {
            std::fprintf(stderr, "retain live: interrupted: ending the game and storing the answers\n");
            game.end(now);  // the pump below sends the podium and prints game_over
        }
        if (options.autoAdvance && game.phase() == LivePhase::Lobby && game.connectedCount() >= std::max(options.waitPlayers, 1)) game.start(now);
        for (const std::string& line : commands.take())
            if (!applyCommand(game, line, now)) std::fprintf(stderr, "retain live: unknown command '%s'\n", line.c_str());
        for (const std::string& line : net::pumpLiveHost(server, host, clock, 100)) printLine(options.jsonEvents ? line : humanLine(line));
    }
    // Let the phones receive their final standings before the server closes.
    server.send(host.takeOutbox());
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    server.stop();
    try {
        const LiveGameId id = saveLiveGame(opened.store->db(), game, clock.nowMs());
        const nlohmann::json stored{{"event", "stored"}, {"game_id", id}, {"answers", game.resultRows().size()}};
        printLine(options.jsonEvents ? stored.dump() : "Results stored (game " + std::to_string(id) + ").");
    } catch (const sql::StorageError& error) {
        std::fprintf(stderr, "retain live: database error, results not stored: %s\n", error.what());
        keepUnsavedRows(&opened.store->db(), "live-unsaved-" + game.pin(), clock.nowMs(), game.resultRows());  // says where, on stderr
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

}  // namespace

// [SECTION] The verb

void addLiveVerb(CLI::App& root, VerbContext& context) {
    auto options = std::make_shared<LiveOptions>();
    CLI::App* live = root.add_subcommand("live", "Host a live classroom game: students answer on their phones");
    live->add_option("--bank", options->bankId, "Bank id")->required();
    live->add_option("--pin", options->pin, "Game PIN, 6 digits (default random)")->check(CLI::Validator(
        [](std::string& pin) { return pin.size() == 6 && pin.find_first_not_of("0123456789") == std::string::npos ? "" : "the PIN has 6 digits"; }, "PIN"));
    live->add_option("--port", options->port, "TCP port (default 8080; 0 = any free one)")->check(CLI::Range(0, 65535));
    live->add_option("--bind", options->bind, "Listen address (default 0.0.0.0: every network)");
    live->add_flag("--auto", options->autoAdvance, "Start, close and move on by itself");
    live->add_flag("--json-events", options->jsonEvents, "Print one JSON line per event");
    live->add_option("--count", options->count, "Questions (default 10)")->check(CLI::Range(1, 1000));
    live->add_option("--seconds", options->seconds, "Time per question, seconds (default 20)")->check(CLI::Range(kLiveQuestionMinSeconds, kLiveQuestionMaxSeconds));
    live->add_option("--reveal-seconds", options->revealSeconds, "With --auto: seconds each reveal is shown (default 3)")->check(CLI::Range(1, 120));
    live->add_option("--wait-players", options->waitPlayers, "With --auto: start once this many joined (default 1)")->check(CLI::Range(1, 10000));
    live->add_option("--cap", options->cap, "Most players (default 200)")->check(CLI::Range(1, 10000));
    live->add_option("--seed", options->seed, "Seed for the questions and option order (default random)");
    live->add_option("--teams", options->teams, "Team mode: team names separated by commas");
    live->add_option("--class", options->className, "Students pick their name from this class list (retain class import)");
    live->add_flag("--self-paced", options->selfPaced, "A self-paced paper: each student answers their own shuffled paper, graded at hand-in");
    live->add_option("--time-limit", options->timeLimitSeconds, "With --self-paced: time per paper, seconds (default 0: none)")
        ->check(CLI::Range(0, kSelfPacedMaxTimeLimitSeconds));
    live->callback([options, &context] {
        context.verbRan = true;
        context.exitCode = runLive(*options, context.global);
    });
}

}  // namespace retain::cli
