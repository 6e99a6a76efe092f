// The live classroom's self-paced mode (homework, exams, retention checks for the whole class): every
// student answers their own shuffled paper (the exam code, exam.hpp) from their own device, with a time
// limit and no feedback until they hand it in; the host sees each student's progress. A pure state
// machine (no sockets, no threads): lobby -> running -> over. The lobby is a LiveGame that is never
// started, so joining, PINs, names, the class list, tokens, rejoin and kick follow exactly the live game's
// rules. Time comes in as Unix ms from the caller's Clock. Rules in docs/classroom.md, "Self-paced paper".
//
// [SECTION] Vocabulary (phases, refusals, settings, events)
// [SECTION] Progress and results
// [SECTION] SelfPacedGame
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/classroom/exam.hpp"
#include "core/classroom/live_game.hpp"

namespace retain {

// [SECTION] Vocabulary (phases, refusals, settings, events)

enum class SelfPacedPhase { Lobby, Running, Over };

// Returns "lobby", "running" or "over".
const char* selfPacedPhaseName(SelfPacedPhase phase);

// Why saving an answer, opening a question or handing in was refused. None = accepted.
enum class PaperRefusal { None, NotStarted, NoPaper, Submitted, TimeUp, BadPosition, BadAnswer, GameOver };

// Returns the wire code, e.g. "not_started", "submitted", "time_up" ("ok" for None).
const char* paperRefusalCode(PaperRefusal refusal);
// Returns one polite sentence for the student ("" for None).
std::string paperRefusalMessage(PaperRefusal refusal);

constexpr int kSelfPacedMaxTimeLimitSeconds = 6 * 3600;  // longest time limit, seconds (a school day)

struct SelfPacedSettings {
    LiveSettings lobby;         // PIN, player cap, class list (questionSeconds, teams, revealSeconds unused)
    std::string title;          // stored with the results, e.g. "Week 3 check"
    int timeLimitSeconds = 0;   // per paper from when it is handed out, seconds; 0 = none; clamped to 0..6 h
    std::uint64_t seed = 0;     // the exam seed: each paper's orders derive from it and the student's name
};

enum class SelfPacedEventType { PaperStarted, AnswerSaved, PaperSubmitted, GameOver };

// Returns "paper_started", "answer_saved", "paper_submitted" or "game_over".
const char* selfPacedEventName(SelfPacedEventType type);

// Something that happened on a paper, for the host loop to answer and log. Lobby events (joins, leaves,
// kicks) come from lobby().takeEvents().
struct SelfPacedEvent {
    SelfPacedEventType type = SelfPacedEventType::AnswerSaved;
    int playerId = -1;   // -1 for GameOver
    int position = -1;   // AnswerSaved: the shown position saved
    bool automatic = false;  // PaperSubmitted: handed in by the deadline or the host's end, not the student
    UnixMs atMs = 0;
};

// [SECTION] Progress and results

// One line of the host's progress table.
struct PaperProgress {
    int playerId = 0;
    std::string name;
    bool connected = true;
    bool hasPaper = false;      // false in the lobby
    int answered = 0;           // questions with a saved answer
    int total = 0;              // questions on the paper
    bool submitted = false;
    std::optional<std::int64_t> remainingMs;  // time left, ms; nothing without a limit or once submitted
    std::optional<double> score;              // sum of the grader's scores 0..total, after submit only
};

// One question of a handed-in paper, as its student sees it afterwards.
struct PaperItemResult {
    int position = 0;          // shown position, 0-based
    std::string prompt;
    std::string answer;        // in the bank's terms; "" = left blank
    bool answered = false;
    Verdict verdict = Verdict::Wrong;  // Wrong when blank
    double score = 0.0;        // the grader's score 0..1
    std::string rightAnswer;   // expectedAnswerText
};

// A handed-in paper's result.
struct PaperResult {
    double score = 0.0;  // sum of scores, 0..items.size()
    int correct = 0;     // fully correct questions
    std::vector<PaperItemResult> items;  // in shown order
};

// [SECTION] SelfPacedGame

class SelfPacedGame {
public:
    // Starts a lobby over questions (their banks kept alive by the caller). random must not be empty.
    SelfPacedGame(std::vector<ClassroomQuestion> questions, SelfPacedSettings settings, LiveRandom random);

    SelfPacedPhase phase() const { return m_phase; }
    const SelfPacedSettings& settings() const { return m_settings; }
    const std::vector<ClassroomQuestion>& questions() const { return m_spec.questions; }
    const std::string& pin() const { return m_lobby.pin(); }
    // Returns the lobby: players, tokens, roster, lock. Joins made on it directly get their paper from
    // attach(); kicks should go through kick() (a kick made on it is honoured too: the paper is dropped).
    LiveGame& lobby() { return m_lobby; }
    const LiveGame& lobby() const { return m_lobby; }

    // Joins as LiveGame::join does, refused with GameOver once over; while running the player gets a
    // paper at once (its time limit counting from nowMs).
    LiveGame::JoinResult join(std::string_view pin, std::string_view name, int team, UnixMs nowMs);
    // Rejoins as LiveGame::rejoin does: the paper and its saved answers are kept.
    LiveGame::JoinResult rejoin(std::string_view token, UnixMs nowMs);
    // Gives playerId (joined through lobby()) a paper when running and they have none; no-op otherwise.
    void attach(int playerId, UnixMs nowMs);
    // Kicks a player (LiveGame::kick): their paper is never stored. Returns false for unknown or kicked.
    bool kick(int playerId, UnixMs nowMs);

    // Lobby -> running: every player present gets a paper. Returns false outside the lobby.
    bool start(UnixMs nowMs);
    // Returns playerId's paper, or nullptr (lobby, kicked, unknown).
    const ExamAttempt* paperOf(int playerId) const;
    // Opens the question at shown position for playerId (time is charged to the open question).
    PaperRefusal open(int playerId, int position, UnixMs nowMs);
    // Grades answer (in the question's own order) and saves it at position, replacing an earlier one; the
    // verdict stays hidden until submit. Refuses outside running, no paper, handed in, time up, a bad
    // position, an answer the grader refuses.
    PaperRefusal save(int playerId, int position, const LearnerAnswer& answer, UnixMs nowMs);
    // Hands playerId's paper in (blank questions count 0; the page asks for confirmation first).
    PaperRefusal submit(int playerId, UnixMs nowMs);
    // Hands in every paper not yet handed in and ends the game (the host's "end now").
    void end(UnixMs nowMs);
    // Applies what is due at nowMs: papers whose time is up are handed in with what was answered; the game
    // is over once every player (at least one) has handed in.
    void tick(UnixMs nowMs);
    // Returns the earliest deadline of a paper still out, Unix ms; nothing when none has one.
    std::optional<UnixMs> nextDeadlineMs() const;

    // Returns the host's progress table: one line per player not kicked, in joining order.
    std::vector<PaperProgress> progress(UnixMs nowMs) const;
    // Returns playerId's result once handed in, nothing before.
    std::optional<PaperResult> resultOf(int playerId) const;
    // Returns the records of every handed-in paper of players not kicked (one row per question in the
    // exam's canonical order, blanks as "" scoring 0), in joining order: what saveSelfPacedGame stores.
    std::vector<ExamRecord> records() const;

    // Returns and clears the paper events since the last call, oldest first.
    std::vector<SelfPacedEvent> takeEvents();

private:
    // One player's paper with the verdicts kept hidden until submit.
    struct Paper {
        std::unique_ptr<ExamAttempt> attempt;  // nullptr until handed out
        std::vector<Verdict> verdicts;         // by shown position
    };
    Paper* paperFor(int playerId);
    bool kicked(int playerId) const;
    PaperRefusal accepting(int playerId, UnixMs nowMs);
    void handIn(int playerId, bool automatic, UnixMs nowMs);
    void emit(SelfPacedEventType type, int playerId, int position, bool automatic, UnixMs nowMs);
    void endIfAllIn(UnixMs nowMs);

    ExamSpec m_spec;
    SelfPacedSettings m_settings;
    LiveGame m_lobby;
    SelfPacedPhase m_phase = SelfPacedPhase::Lobby;
    std::vector<Paper> m_papers;  // by player id
    std::vector<SelfPacedEvent> m_events;
};

}  // namespace retain
