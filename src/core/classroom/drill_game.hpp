// A projector drill: players answer questions on one machine, by turns or in rounds, against a per-question
// timer, earning Kahoot-style points (drill_scoring.hpp); a live leaderboard and a podium. Time comes in as
// Unix ms from the caller's Clock. Rules in docs/classroom.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/classroom/class_result.hpp"
#include "core/classroom/classroom_question.hpp"
#include "core/classroom/drill_scoring.hpp"
#include "core/types.hpp"

namespace retain {

// Turns: each question goes to the next player in turn. Rounds: every player answers each question, one
// after another, in player order.
enum class DrillMode { Turns, Rounds };

// Returns "turns" or "rounds".
const char* drillModeName(DrillMode mode);

constexpr int kDrillTimerMinSeconds = 10;   // shortest per-question timer when on
constexpr int kDrillTimerMaxSeconds = 120;  // longest per-question timer

// Extra time for a player who needs it. Points scale to the player's own limit (see docs/classroom.md).
struct DrillAccommodation {
    double timeMultiplier = 1.0;  // the timer is multiplied by this (values below 1 count as 1)
    int extraSeconds = 0;         // seconds added after the multiplier (negative counts as 0)
    bool noLimit = false;         // no timer for this player: never times out, full speed points
    bool operator==(const DrillAccommodation&) const = default;
};

struct DrillPlayer {
    std::string name;  // shown on the leaderboard; unique, not blank
    DrillAccommodation accommodation;
};

struct DrillSettings {
    DrillMode mode = DrillMode::Rounds;
    int timerSeconds = 20;  // per question, seconds; 0 = off; otherwise clamped to 10..120
};

// Who answers what now.
struct DrillTurn {
    int questionIndex = 0;  // into questions()
    int playerIndex = 0;    // into players()
    bool operator==(const DrillTurn&) const = default;
};

// One recorded turn.
struct DrillAnswer {
    DrillTurn turn;
    bool answered = false;     // false: time ran out or the turn was skipped
    std::string answerText;    // as given, in the bank's terms; "" when not answered
    double fraction = 0.0;     // the grader's score 0..1 (0 when not answered)
    std::int64_t timeMs = 0;   // time taken, ms, clamped to limitMs when there is a limit
    std::int64_t limitMs = 0;  // the player's limit for this turn, ms; 0 = none
    DrillPoints points;
};

// A player's line on the leaderboard.
struct DrillStanding {
    int playerIndex = 0;
    std::string name;
    int rank = 0;               // 1-based position on the board
    int points = 0;             // speed points plus streak bonuses
    std::int64_t totalMs = 0;   // time taken over all the player's turns, ms (the tie-break)
    int correct = 0;            // fully correct answers
    int turns = 0;              // turns taken
    int streak = 0;             // current run of fully correct answers
};

class DrillGame {
public:
    // Returns "" when players can play, else why not (none, a blank name, a repeated name).
    static std::string checkPlayers(const std::vector<DrillPlayer>& players);

    // Starts a game over questions (e.g. from pickQuestions). Throws std::invalid_argument when
    // checkPlayers fails. With no questions the game is finished at once.
    DrillGame(std::vector<DrillPlayer> players, std::vector<ClassroomQuestion> questions, DrillSettings settings);

    const std::vector<DrillPlayer>& players() const { return m_players; }
    const std::vector<ClassroomQuestion>& questions() const { return m_questions; }
    const DrillSettings& settings() const { return m_settings; }
    const std::vector<DrillAnswer>& answers() const { return m_answers; }

    // Returns how many turns the game has (questions, or questions x players in rounds).
    int turnCount() const;
    // Returns how many turns are done (the 0-based number of the current turn).
    int turnsDone() const { return static_cast<int>(m_answers.size()); }
    // Returns true when every turn is recorded.
    bool finished() const { return turnsDone() >= turnCount(); }
    // Returns the turn to play, or nothing when finished.
    std::optional<DrillTurn> current() const;
    // Returns the recorded turns of the last question played whose verdicts may be shown now: every
    // player's turn at it once the last of them has answered (rounds), the one turn (turns); empty while
    // a player still has to answer that question, so the projector leaks no answer before their turn.
    std::vector<DrillAnswer> revealableAnswers() const;

    // Changes a player's accommodation; it applies from the current turn on.
    void setAccommodation(int playerIndex, DrillAccommodation accommodation);
    // Returns player's per-question limit, ms; 0 = no limit (timer off, or the player's noLimit).
    std::int64_t limitMs(int playerIndex) const;

    // Starts the current turn's clock at nowMs (Unix ms): call when the question is shown.
    void startTurn(UnixMs nowMs);
    // Returns the current turn's time left at nowMs, ms (>= 0), or nothing when it has no limit.
    std::optional<std::int64_t> remainingMs(UnixMs nowMs) const;
    // Returns true when the current turn has a limit and it has run out at nowMs.
    bool timeUp(UnixMs nowMs) const;

    // Records the current player's answer at nowMs with the grader's score (0..1) and moves to the next
    // turn; the answer time is nowMs minus startTurn's time (0 if startTurn was not called). Throws
    // std::logic_error when finished.
    const DrillAnswer& submit(std::string answerText, double fraction, UnixMs nowMs);
    // Records no answer for the current turn (time ran out or skipped) and moves on. Throws
    // std::logic_error when finished.
    const DrillAnswer& noAnswer(UnixMs nowMs);

    // Returns every player, best first: points descending, then total time ascending, then name.
    std::vector<DrillStanding> leaderboard() const;
    // Returns the first three of the leaderboard (fewer when fewer play).
    std::vector<DrillStanding> podium() const;

    // Returns the recorded turns as class report rows (time in seconds), in playing order.
    std::vector<ClassResultRow> resultRows() const;

private:
    const DrillAnswer& record(bool answered, std::string answerText, double fraction, UnixMs nowMs);

    std::vector<DrillPlayer> m_players;
    std::vector<ClassroomQuestion> m_questions;
    DrillSettings m_settings;
    std::vector<DrillAnswer> m_answers;  // in playing order
    std::vector<int> m_streaks;          // per player: current run of fully correct answers
    std::optional<UnixMs> m_turnStartMs; // when the current turn's question was shown, Unix ms
};

}  // namespace retain
