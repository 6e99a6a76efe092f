// What the Live view may do with a live classroom game: the app owns the game, its server and the
// stored results (app/live_session); the view gets a const view of the game and these calls, and never
// touches a socket, the database or a file.
#pragma once

#include <string>
#include <vector>

#include "core/classroom/live_game.hpp"
#include "core/classroom/qr_code.hpp"
#include "core/classroom/self_paced_game.hpp"

namespace retain::ui {

// A new game as the teacher set it up in the Live tab.
struct LiveStartRequest {
    std::vector<std::string> bankIds;   // empty = every bank
    std::vector<std::string> tags;      // empty = every question
    int count = 10;                     // questions
    int questionSeconds = 20;           // per question, seconds (kLiveQuestionMinSeconds..kLiveQuestionMaxSeconds)
    std::vector<std::string> teams;     // team mode when not empty
    std::string className;              // the class list's name ("" = none: students type a nickname)
    std::vector<std::string> classList; // its names: players join only as one of them (LiveSettings::classList)
    int playerCap = kLiveDefaultPlayerCap;
    int port = 8080;                    // TCP port; 0 = any free one
    bool thisMachineOnly = false;       // listen on 127.0.0.1 only (a try-out without the network)
    bool selfPaced = false;             // a self-paced paper (each student their own shuffled paper) instead of a live game
    int timeLimitSeconds = 0;           // selfPaced: per paper, seconds; 0 = none
};

// The teacher's buttons.
enum class LiveHostAction { Start, Next, Pause, Resume, AddTenSeconds, Skip, End, Lock, Unlock, Kick };

class LiveControls {
public:
    virtual ~LiveControls() = default;
    // Opens a lobby (questions picked, server listening). Returns false with error set (no question
    // matches, the port is taken, ...); a game already open is left as it is.
    virtual bool open(const LiveStartRequest& request, std::string& error) = 0;
    // Returns the open game, or null. For a self-paced paper: its lobby (players, PIN, lock, kick).
    virtual const LiveGame* game() const = 0;
    // Returns the open self-paced paper, or null (a live game, or none). Start, End, Lock, Unlock and
    // Kick act on it.
    virtual const SelfPacedGame* paper() const { return nullptr; }
    // Returns the join URL students open (http://<LAN address>:<port>/?pin=…), "" without a game.
    virtual const std::string& joinUrl() const = 0;
    // Returns the join URL's QR code (empty modules without a game).
    virtual const QrMatrix& joinQr() const = 0;
    // Applies a teacher's action to the game now and sends the phones what changed; playerId for Kick.
    virtual void act(LiveHostAction action, int playerId = -1) = 0;
    // Ends the game if it runs (what was answered is stored; a game cancelled in the lobby stores nothing),
    // stops the server and forgets the game.
    virtual void close() = 0;
    // Returns what became of the results: "Results stored (game 4, 27 answers)." or why not; "" before.
    virtual const std::string& resultStatus() const = 0;
    // Returns the time now, Unix ms (the app's clock, the one the game runs on).
    virtual UnixMs nowMs() const = 0;
};

}  // namespace retain::ui
