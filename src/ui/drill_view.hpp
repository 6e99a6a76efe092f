// Drill: a projector quiz on core's DrillGame. Setup (bank or tags, number of questions, per-question
// timer off or 10–120 s, players one per line, turns or rounds), then each question in big text with a
// countdown bar (+10 s and timer-off for the player who needs it), the answer widgets of AnswerInput
// (choices as big buttons, keys 1–9; typed answers with Enter), the live leaderboard after every answer
// and the podium at the end. Points, turns and time all come from DrillGame; grading from gradeAnswer.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/classroom/drill_game.hpp"
#include "core/clock.hpp"
#include "ui/answer_input.hpp"
#include "ui/view.hpp"

namespace retain::ui {

class DrillView final : public View {
public:
    // What the room sees now.
    enum class Stage { Setup, Question, Standings, Podium };

    const char* title() const override { return "Drill"; }
    void drawContent(UiContext& context) override;

    // Starts a drill from the setup fields (players, questions, timer, mode). Returns false with error()
    // set when the players are not valid or no question matches.
    bool start(UiContext& context);

    // For tests: the stage, the running game (or null), the setup fields, the last message.
    Stage stage() const { return m_stage; }
    int screenKey() const override { return static_cast<int>(m_stage); }
    DrillGame* game() { return m_game.get(); }
    const std::string& error() const { return m_error; }
    std::string& playersText() { return m_players; }
    int& questionCount() { return m_count; }
    int& timerSeconds() { return m_timerSeconds; }
    bool& timerOn() { return m_timerOn; }
    DrillMode& mode() { return m_mode; }

private:
    const Clock& clock(const UiContext& context) const;
    void drawSetup(UiContext& context);
    void drawQuestion(UiContext& context);
    void drawTimer(UiContext& context);
    void drawStandings(UiContext& context);
    void drawPodium();
    void drawLeaderboard(int highlightPlayer);
    void presentTurn(UiContext& context);
    void recordTurn(const DrillAnswer& answer, std::string verdict);

    Stage m_stage = Stage::Setup;
    SystemClock m_systemClock;                // used when the app has no study backend
    // Setup fields.
    int m_bankIndex = 0;                      // 0 = every bank, else library bank index + 1
    std::string m_tags;                       // comma-separated; empty = all questions
    int m_count = 10;                         // questions
    bool m_timerOn = true;
    int m_timerSeconds = 20;                  // per question, seconds (10..120)
    std::string m_players = "Team 1\nTeam 2\nTeam 3";  // one name per line
    DrillMode m_mode = DrillMode::Rounds;
    // The running drill.
    std::unique_ptr<DrillGame> m_game;
    AnswerInput m_input;
    std::optional<DrillAnswer> m_last;        // the turn just recorded, shown with the standings
    std::vector<std::string> m_verdicts;      // per recorded turn, in playing order: "✓ Correct", "Skipped"...
    std::string m_error;                      // setup problem or the grader's refusal
    bool m_keysEnabled = false;               // false on the frame a screen appears (its key belonged to the last one)
};

}  // namespace retain::ui
