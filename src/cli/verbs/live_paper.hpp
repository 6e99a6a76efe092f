// `retain live --self-paced`: hosting a self-paced paper without the window (called by live.cpp once
// the bank, questions, data folder and class list are settled).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "core/classroom/live_game.hpp"
#include "core/clock.hpp"
#include "core/storage/store.hpp"

namespace retain::cli {

struct PaperRunOptions {
    std::string title;          // stored with the results
    int timeLimitSeconds = 0;   // per paper, seconds; 0 = none
    std::uint64_t seed = 0;     // the exam seed every paper's order derives from
    std::string bind;           // listen address
    int port = 8080;            // 0 = any free port
    bool autoStart = false;     // hand the papers out once waitPlayers have joined
    int waitPlayers = 1;
    bool jsonEvents = false;    // one JSON line per event
};

// Hosts the paper over questions with lobby's PIN, cap and class list until every paper is handed in, the
// time is up, "end" is typed or SIGINT/SIGTERM arrives; then stores the papers (saveSelfPacedGame) in
// store. Prints one line per event (JSON with jsonEvents: player_joined, paper_started, answer_saved,
// paper_submitted, game_over with the scores, stored). Returns Ok, or Failure when the server cannot
// listen or the results cannot be stored.
ExitCode runSelfPacedPaper(std::vector<ClassroomQuestion> questions, const LiveSettings& lobby, const PaperRunOptions& options,
                           Store& store, const Clock& clock);

}  // namespace retain::cli
