// The live classroom game: every student answers from their own device, Kahoot-style. A pure state machine
// (no sockets, no threads): lobby -> question open -> reveal -> ... -> podium. Time comes in as Unix ms
// from the caller's Clock; randomness (tokens, the PIN) from an injected source. The net layer turns
// phone messages into calls here and the events it queues into replies. Rules in docs/classroom.md.
//
// [SECTION] Vocabulary (phases, refusals, settings)
// [SECTION] Players, answers, standings, reveal
// [SECTION] LiveGame
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/classroom/class_result.hpp"
#include "core/classroom/classroom_question.hpp"
#include "core/classroom/drill_scoring.hpp"
#include "core/grading/grader.hpp"
#include "core/session/shown_order.hpp"
#include "core/types.hpp"

namespace retain {

// [SECTION] Vocabulary (phases, refusals, settings)

enum class LivePhase { Lobby, Question, Reveal, Podium };

// Returns "lobby", "question", "reveal" or "podium".
const char* livePhaseName(LivePhase phase);

// Why a join, rejoin or answer was refused. None = accepted.
enum class LiveRefusal {
    None, WrongPin, LobbyLocked, GameFull, BadName, NameTaken, UnknownToken, Kicked, GameOver,
    NotOpen, WrongQuestion, TooLate, AlreadyAnswered, Paused, BadAnswer, NotOnClassList
};

// Returns the wire code, e.g. "wrong_pin", "game_full", "too_late" ("ok" for None).
const char* liveRefusalCode(LiveRefusal refusal);
// Returns one polite sentence for the player, e.g. "This game is full." ("" for None).
std::string liveRefusalMessage(LiveRefusal refusal);

constexpr int kLiveDefaultPlayerCap = 200;   // players a game takes by default
constexpr int kLiveQuestionMinSeconds = 5;   // shortest question timer
constexpr int kLiveQuestionMaxSeconds = 240; // longest question timer
constexpr int kLiveTopCount = 5;             // players on the reveal's leaderboard
constexpr int kLiveTypedSpreadMax = 10;      // distinct typed answers listed in a reveal

struct LiveSettings {
    std::string pin;             // 6 digits; "" = drawn from the random source
    int questionSeconds = 20;    // timer per question, seconds; clamped to 5..240
    int revealSeconds = 0;       // 0: the host moves on from a reveal; > 0: it moves on by itself after this
    int playerCap = kLiveDefaultPlayerCap;  // more joins are refused politely (values < 1 count as 1)
    std::vector<std::string> teams;         // team mode when not empty: team names, index = team id
    std::uint64_t shuffleSeed = 0;          // fixes the shown order of each question's options
    std::vector<std::string> classList;     // when not empty, players join only as one of these names (parseClassList's)
};

// One name of the class list as the join page shows it.
struct LiveRosterEntry {
    std::string name;
    bool taken = false;  // a player (not kicked) already joined under it
};

// A source of 64 random bits per call (tokens, the PIN). Hosts pass osRandom64 (the kernel's CSPRNG,
// core/security/token_security.hpp): a token must not be predictable from others. Tests pass a seeded
// SplitMix64.
using LiveRandom = std::function<std::uint64_t()>;

// [SECTION] Players, answers, standings, reveal

struct LivePlayer {
    int id = 0;              // index into players(); stable for the game
    std::string name;        // checked by checkNickname, unique (ASCII case folded)
    std::string token;       // 32 hex digits (128 random bits); a rejoin with it keeps the score
    int team = -1;           // index into LiveSettings::teams; -1 without teams
    bool connected = true;   // false after disconnect() until a rejoin
    bool kicked = false;     // kicked players are off the board and their token is dead
    int points = 0;          // speed points plus streak bonuses
    int streak = 0;          // current run of fully correct answers
    int correct = 0;         // fully correct answers
    std::int64_t totalMs = 0;  // time over all closed questions, ms (a missed question counts its limit)
};

// One accepted answer.
struct LiveAnswer {
    int playerId = 0;
    int questionIndex = 0;
    LearnerAnswer answer;      // in the question's own order (the net layer maps shown indices back)
    std::string answerText;    // in the bank's terms (answerInBankTerms)
    double fraction = 0.0;     // the grader's score 0..1
    Verdict verdict = Verdict::Wrong;
    UnixMs receivedMs = 0;     // when the server received it, Unix ms
    std::int64_t timeMs = 0;   // from the question opening to receipt, pauses excluded, ms
    std::int64_t limitMs = 0;  // the question's limit including added time, ms
    DrillPoints points;
};

struct LiveStanding {
    int playerId = 0;
    std::string name;
    int team = -1;
    int rank = 0;    // 1-based, no shared places
    int points = 0;
    int streak = 0;
    int correct = 0;
    std::int64_t totalMs = 0;  // tie-break, ms
};

struct LiveTeamStanding {
    int team = 0;
    std::string name;
    int members = 0;        // players not kicked
    double points = 0.0;    // average points of the members (0 for an empty team)
    int rank = 0;
};

// What one player sees after a question closes.
struct LivePlayerResult {
    bool answered = false;
    Verdict verdict = Verdict::Wrong;  // Wrong when not answered
    DrillPoints points;
    int total = 0;   // the player's points after this question
    int rank = 0;    // on the current leaderboard
    int players = 0; // on the board
};

struct LiveChoiceCount {
    std::string text;
    int count = 0;
    bool right = false;
};

struct LiveTypedCount {
    std::string text;  // in the bank's terms
    int count = 0;
    bool correct = false;  // graded fully correct
};

// The projector's view of a closed question.
struct LiveReveal {
    int questionIndex = 0;
    QuestionType type = QuestionType::Choice;
    std::vector<LiveChoiceCount> choices;  // choice/multi as shown, true_false as True, False
    std::vector<LiveTypedCount> typed;     // other types: distinct answers, most given first
    int otherAnswers = 0;                  // answers beyond the kLiveTypedSpreadMax listed
    int answered = 0;
    int correct = 0;
    int players = 0;
    std::string rightAnswer;  // expectedAnswerText
    std::string explanation;
    std::string citation;     // "Paragraph N: “evidence”", "" without a source
    std::vector<LiveStanding> top;  // first kLiveTopCount of the leaderboard
};

enum class LiveEventType {
    PlayerJoined, PlayerRejoined, PlayerLeft, PlayerKicked, QuestionOpened, AnswerAccepted,
    QuestionClosed, Paused, Resumed, TimeAdded, GameOver
};

// Returns "player_joined", "player_rejoined", "player_left", "player_kicked", "question_opened", "answer",
// "question_closed", "paused", "resumed", "time_added" or "game_over".
const char* liveEventName(LiveEventType type);

// Something that happened, for the host loop to broadcast and log.
struct LiveEvent {
    LiveEventType type = LiveEventType::PlayerJoined;
    int playerId = -1;       // the player concerned, or -1
    int questionIndex = -1;  // the question concerned, or -1
    UnixMs atMs = 0;
};

// [SECTION] LiveGame

class LiveGame {
public:
    // Starts a lobby over questions (kept alive by the caller). random must not be empty.
    LiveGame(std::vector<ClassroomQuestion> questions, LiveSettings settings, LiveRandom random);

    // The outcome of join/rejoin.
    struct JoinResult {
        LiveRefusal refusal = LiveRefusal::None;
        int playerId = -1;
        std::string detail;  // for BadName: checkNickname's sentence
    };

    const std::string& pin() const { return m_pin; }
    LivePhase phase() const { return m_phase; }
    const LiveSettings& settings() const { return m_settings; }
    const std::vector<ClassroomQuestion>& questions() const { return m_questions; }
    const std::vector<LivePlayer>& players() const { return m_players; }
    const std::vector<LiveAnswer>& answers() const { return m_answers; }
    // Returns the open or revealed question's index; -1 in the lobby.
    int questionIndex() const { return m_questionIndex; }
    // Returns the shown order of question index's options (the same for every phone and the projector).
    const ShownOrder& shownOrder(int index) const { return m_shownOrders.at(static_cast<std::size_t>(index)); }
    // Returns the question limit of the open question, ms, with added time.
    std::int64_t limitMs() const { return m_limitMs; }

    // Joins a player in any phase but the podium. Refuses a wrong PIN, a locked lobby, a full game, a bad
    // or taken name, and with a class list a name not on it (matched by nicknameKey; the player gets the
    // list's spelling). team = -1 picks the smallest team; ignored without teams.
    JoinResult join(std::string_view pin, std::string_view name, int team, UnixMs nowMs);
    // Returns the class list with each name marked taken or free, in list order; empty without a class list.
    std::vector<LiveRosterEntry> roster() const;
    // Reconnects the player holding token (score kept). Refuses unknown (or another game's) tokens and
    // kicked players.
    JoinResult rejoin(std::string_view token, UnixMs nowMs);
    // Marks the player disconnected (their phone went away); they may rejoin.
    void disconnect(int playerId, UnixMs nowMs);
    // Kicks a player in any phase but the podium: off the board and out of the counts, reveal and result rows
    // (answers already given included), token dead; an open question no longer waits for them. Returns
    // false for an unknown or already kicked one, or at the podium (the final board stays as shown).
    bool kick(int playerId, UnixMs nowMs);
    // Locks or unlocks the game to new joins (rejoins still work).
    void setLocked(bool locked) { m_locked = locked; }
    bool locked() const { return m_locked; }
    // Returns the player holding token, or nullptr.
    const LivePlayer* playerByToken(std::string_view token) const;
    // Returns players not kicked and currently connected.
    int connectedCount() const;

    // Lobby -> first question (or the podium with no questions). Returns false outside the lobby.
    bool start(UnixMs nowMs);
    // Records playerId's answer to question index, stamped with the server's receive time receivedMs;
    // grades it with gradeAnswer. Refuses when the question is not open, another question, paused, after
    // the deadline, a second answer, a kicked player. May close the question (everyone answered).
    LiveRefusal submit(int playerId, int index, LearnerAnswer answer, UnixMs receivedMs);
    // Pauses the open question's timer (answers refused meanwhile) / resumes it.
    void pause(UnixMs nowMs);
    void resume(UnixMs nowMs);
    bool paused() const { return m_pausedAtMs.has_value(); }
    // Adds ms to the open question's time (the teacher's "+10 s").
    void addTime(std::int64_t ms, UnixMs nowMs);
    // Closes the open question now (answers so far count) and shows its reveal.
    void skip(UnixMs nowMs);
    // From a reveal: opens the next question, or the podium after the last.
    void next(UnixMs nowMs);
    // Ends the game at once: the open question closes, then the podium.
    void end(UnixMs nowMs);
    // Applies what is due at nowMs: a question whose deadline passed closes, a reveal with revealSeconds
    // moves on. Call when nextDeadlineMs() is reached (or at any time).
    void tick(UnixMs nowMs);
    // Returns when tick must next run (the deadline of the open, unpaused question or the end of an
    // auto-advancing reveal), Unix ms; nothing when only a host action moves the game.
    std::optional<UnixMs> nextDeadlineMs() const;
    // Returns the open question's time left at nowMs, ms (>= 0), or nothing when none is open.
    std::optional<std::int64_t> remainingMs(UnixMs nowMs) const;
    // Returns how many answers the current question has from players not kicked.
    int answeredCount() const;

    // Returns and clears the events since the last call, oldest first.
    std::vector<LiveEvent> takeEvents();

    // Returns playerId's answer to question index, or nullptr.
    const LiveAnswer* answerOf(int playerId, int index) const;
    // Returns question index's options as every phone shows them: choice and multi texts in the shown
    // order, "True", "False" for true_false; empty for typed types.
    std::vector<std::string> shownOptions(int index) const;
    // Returns the reveal of a closed question index (kicked players' answers left out).
    LiveReveal reveal(int index) const;
    // Returns what playerId sees after question index.
    LivePlayerResult playerResult(int playerId, int index) const;
    // Returns the players not kicked, best first: points, then total time, then name (bytes); only the
    // first limit of them when given (the podium, the top 5).
    std::vector<LiveStanding> leaderboard(std::size_t limit = SIZE_MAX) const;
    // Returns the teams best first by average points (then name); empty without teams.
    std::vector<LiveTeamStanding> teamBoard() const;
    // Returns every accepted answer of players not kicked as class report rows (time in seconds), in
    // receipt order.
    std::vector<ClassResultRow> resultRows() const;

private:
    void openQuestion(int index, UnixMs nowMs);
    void closeQuestion(UnixMs nowMs);
    void emit(LiveEventType type, int playerId, int index, UnixMs nowMs);
    std::string newToken();
    bool everyoneAnswered() const;
    UnixMs deadlineMs() const;

    std::vector<ClassroomQuestion> m_questions;
    LiveSettings m_settings;
    LiveRandom m_random;
    std::string m_pin;
    std::vector<ShownOrder> m_shownOrders;  // per question
    LivePhase m_phase = LivePhase::Lobby;
    bool m_locked = false;
    std::vector<LivePlayer> m_players;
    std::vector<LiveAnswer> m_answers;      // in receipt order
    std::vector<std::vector<int>> m_answerAt;  // [player][question] -> index into m_answers, -1 = none
    std::vector<LiveEvent> m_events;
    int m_questionIndex = -1;
    UnixMs m_openedMs = 0;                  // when the current question opened, Unix ms
    std::int64_t m_limitMs = 0;             // its limit with added time, ms
    std::int64_t m_pausedTotalMs = 0;       // time it spent paused, ms
    std::optional<UnixMs> m_pausedAtMs;     // set while paused
    UnixMs m_revealedMs = 0;                // when the current reveal began, Unix ms
};

}  // namespace retain
