// Live: the window as the live classroom's host (issue 16). Setup (bank or tags, questions, timer, team
// mode, class list or free names, with the class-list import at hand, player cap, port), then the projector: the lobby with the PIN, the join URL and its QR code and
// the players as they join (lock, kick); each question in projector type with its timer and answered
// count (pause, +10 s, skip, end); the reveal (right answer, a bar per choice or the spread of typed
// answers, explanation, citation, the top 5 with streaks); the podium. During a question and a reveal the
// Players popup lists everyone (answered or not) and kicks; the action buttons stay pinned at the bottom. The game, its server and its stored
// results belong to the app (UiContext::live, ui/live_controls.hpp); this view reads the game and calls.
#pragma once

#include <string>
#include <vector>

#include "ui/class_list_panel.hpp"
#include "ui/live_controls.hpp"
#include "ui/view.hpp"

namespace retain::ui {

class LiveView final : public View {
public:
    const char* title() const override { return "Live"; }
    void drawContent(UiContext& context) override;

    // Opens a lobby from the setup fields. Returns false with error() set when nothing matches or the
    // server cannot listen.
    bool open(UiContext& context);

    // For tests: the last message and the setup fields.
    const std::string& error() const { return m_error; }
    int& questionCount() { return m_count; }
    int& questionSeconds() { return m_seconds; }
    int& port() { return m_port; }
    bool& thisMachineOnly() { return m_thisMachineOnly; }
    bool& selfPaced() { return m_selfPaced; }
    int& timeLimitMinutes() { return m_timeLimitMinutes; }
    std::string& teamsText() { return m_teams; }
    // The class list chosen by name ("" = none: students type a nickname); open() reads its names.
    std::string& className() { return m_className; }

private:
    void drawSetup(UiContext& context);
    void drawLobby(LiveControls& live, const LiveGame& game);
    void drawQuestion(UiContext& context, LiveControls& live, const LiveGame& game);
    void drawReveal(LiveControls& live, const LiveGame& game);
    void drawPodium(LiveControls& live, const LiveGame& game);
    // The class-list choice of the setup: "None" or a stored class (listed through the core service).
    void drawClassChoice(UiContext& context, float width);
    // The "Players (N)" button of a question or reveal and its popup: each player, answered or not, and Kick.
    void drawPlayersButton(LiveControls& live, const LiveGame& game);
    // The "kick" confirmation popup for m_kickCandidate (opened by the lobby's names or the players popup).
    void drawKickPopup(LiveControls& live, const LiveGame& game);

    // Setup fields.
    int m_bankIndex = 0;             // 0 = every bank, else library bank index + 1
    std::string m_tags;              // comma-separated; empty = all questions
    int m_count = 10;                // questions
    int m_seconds = 20;              // per question, seconds
    bool m_teamMode = false;
    std::string m_teams = "Red, Blue";  // team names, comma-separated
    int m_cap = kLiveDefaultPlayerCap;
    int m_port = 8080;
    bool m_thisMachineOnly = false;
    std::string m_className;                  // "" = no class list
    std::vector<ClassListSummary> m_classes;  // the stored classes, read when the choice opens
    bool m_classesLoaded = false;
    ClassListPanel m_classPanel;              // import or paste a class list without leaving the setup
    bool m_selfPaced = false;        // "Self-paced paper" chosen instead of "Live game"
    int m_timeLimitMinutes = 20;     // self-paced: per paper, minutes; 0 = none
    std::string m_error;
    int m_kickCandidate = -1;        // the player whose "Kick?" confirmation is open, or -1
};

}  // namespace retain::ui
