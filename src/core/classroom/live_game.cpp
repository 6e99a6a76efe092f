// The live classroom state machine (see live_game.hpp and docs/classroom.md). The boards and the reveal
// are in live_game_results.cpp.
//
// [SECTION] Names of phases, refusals and events
// [SECTION] Construction, tokens
// [SECTION] Players: join, rejoin, disconnect, kick
// [SECTION] The question cycle
// [SECTION] Answers
#include "core/classroom/live_game.hpp"

#include "core/classroom/class_list.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/classroom/answer_text.hpp"
#include "core/classroom/class_list.hpp"
#include "core/classroom/live_nickname.hpp"
#include "core/security/token_security.hpp"

namespace retain {

// [SECTION] Names of phases, refusals and events

const char* livePhaseName(LivePhase phase) {
    switch (phase) {
    case LivePhase::Lobby: return "lobby";
    case LivePhase::Question: return "question";
    case LivePhase::Reveal: return "reveal";
    case LivePhase::Podium: return "podium";
    }
    return "lobby";
}

const char* liveRefusalCode(LiveRefusal refusal) {
    switch (refusal) {
    case LiveRefusal::None: return "ok";
    case LiveRefusal::WrongPin: return "wrong_pin";
    case LiveRefusal::LobbyLocked: return "locked";
    case LiveRefusal::GameFull: return "game_full";
    case LiveRefusal::BadName: return "bad_name";
    case LiveRefusal::NameTaken: return "name_taken";
    case LiveRefusal::UnknownToken: return "unknown_token";
    case LiveRefusal::Kicked: return "kicked";
    case LiveRefusal::GameOver: return "game_over";
    case LiveRefusal::NotOpen: return "not_open";
    case LiveRefusal::WrongQuestion: return "wrong_question";
    case LiveRefusal::TooLate: return "too_late";
    case LiveRefusal::AlreadyAnswered: return "already_answered";
    case LiveRefusal::Paused: return "paused";
    case LiveRefusal::BadAnswer: return "bad_answer";
    case LiveRefusal::NotOnClassList: return "not_on_class_list";
    }
    return "bad_answer";
}

std::string liveRefusalMessage(LiveRefusal refusal) {
    switch (refusal) {
    case LiveRefusal::None: return "";
    case LiveRefusal::WrongPin: return "That PIN does not match this game.";
    case LiveRefusal::LobbyLocked: return "The teacher has locked this game.";
    case LiveRefusal::GameFull: return "Sorry, this game is full.";
    case LiveRefusal::BadName: return "Please choose another name.";
    case LiveRefusal::NameTaken: return "Someone already uses that name; please pick another.";
    case LiveRefusal::UnknownToken: return "This device is not in this game; please join again.";
    case LiveRefusal::Kicked: return "The teacher removed you from this game.";
    case LiveRefusal::GameOver: return "This game is over.";
    case LiveRefusal::NotOpen: return "This question is closed.";
    case LiveRefusal::WrongQuestion: return "That answer is for another question.";
    case LiveRefusal::TooLate: return "Time was up: the answer came too late.";
    case LiveRefusal::AlreadyAnswered: return "You have already answered this question.";
    case LiveRefusal::Paused: return "The game is paused; answer when it resumes.";
    case LiveRefusal::BadAnswer: return "That answer could not be read.";
    case LiveRefusal::NotOnClassList: return "Please pick your name from the class list.";
    }
    return "";
}

const char* liveEventName(LiveEventType type) {
    switch (type) {
    case LiveEventType::PlayerJoined: return "player_joined";
    case LiveEventType::PlayerRejoined: return "player_rejoined";
    case LiveEventType::PlayerLeft: return "player_left";
    case LiveEventType::PlayerKicked: return "player_kicked";
    case LiveEventType::QuestionOpened: return "question_opened";
    case LiveEventType::AnswerAccepted: return "answer";
    case LiveEventType::QuestionClosed: return "question_closed";
    case LiveEventType::Paused: return "paused";
    case LiveEventType::Resumed: return "resumed";
    case LiveEventType::TimeAdded: return "time_added";
    case LiveEventType::GameOver: return "game_over";
    }
    return "answer";
}

// [SECTION] Construction, tokens

LiveGame::LiveGame(std::vector<ClassroomQuestion> questions, LiveSettings settings, LiveRandom random)
    : m_questions(std::move(questions)), m_settings(std::move(settings)), m_random(std::move(random)) {
    if (!m_random) throw std::invalid_argument("LiveGame needs a random source");
    m_settings.questionSeconds = std::clamp(m_settings.questionSeconds, kLiveQuestionMinSeconds, kLiveQuestionMaxSeconds);
    m_settings.revealSeconds = std::max(m_settings.revealSeconds, 0);
    m_settings.playerCap = std::max(m_settings.playerCap, 1);
    m_pin = m_settings.pin;
    const bool pinOk = m_pin.size() == 6 && std::all_of(m_pin.begin(), m_pin.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!pinOk) m_pin = std::to_string(100000 + m_random() % 900000);
    for (const ClassroomQuestion& question : m_questions) {
        const std::string key = question.key.bankId + "/" + question.key.questionId;
        m_shownOrders.push_back(makeShownOrder(*question.question, mixSeed(m_settings.shuffleSeed, key)));
    }
}

std::string LiveGame::newToken() {
    static const char* const kHex = "0123456789abcdef";
    for (;;) {
        std::string token;
        for (int word = 0; word < 2; ++word) {
            std::uint64_t bits = m_random();
            for (int digit = 0; digit < 16; ++digit, bits >>= 4) token += kHex[bits & 0xF];
        }
        if (playerByToken(token) == nullptr) return token;
    }
}

void LiveGame::emit(LiveEventType type, int playerId, int index, UnixMs nowMs) {
    m_events.push_back(LiveEvent{type, playerId, index, nowMs});
}

std::vector<LiveEvent> LiveGame::takeEvents() {
    std::vector<LiveEvent> events;
    events.swap(m_events);
    return events;
}

// [SECTION] Players: join, rejoin, disconnect, kick

LiveGame::JoinResult LiveGame::join(std::string_view pin, std::string_view name, int team, UnixMs nowMs) {
    JoinResult result;
    if (!constantTimeEquals(pin, m_pin)) {
        result.refusal = LiveRefusal::WrongPin;
        return result;
    }
    if (m_phase == LivePhase::Podium) {
        result.refusal = LiveRefusal::GameOver;
        return result;
    }
    if (m_locked) {
        result.refusal = LiveRefusal::LobbyLocked;
        return result;
    }
    const auto active = std::count_if(m_players.begin(), m_players.end(), [](const LivePlayer& p) { return !p.kicked; });
    if (active >= m_settings.playerCap) {
        result.refusal = LiveRefusal::GameFull;
        return result;
    }
    const NicknameCheck check = checkNickname(name);
    if (!check.ok()) {
        result.refusal = LiveRefusal::BadName;
        result.detail = check.error;
        return result;
    }
    std::string chosen = check.name;
    if (!m_settings.classList.empty()) {
        const int onList = findClassListName(m_settings.classList, chosen);
        if (onList < 0) {
            result.refusal = LiveRefusal::NotOnClassList;
            return result;
        }
        chosen = m_settings.classList[static_cast<std::size_t>(onList)];
    }
    const std::string key = nicknameKey(chosen);
    for (const LivePlayer& other : m_players) {
        if (!other.kicked && nicknameKey(other.name) == key) {
            result.refusal = LiveRefusal::NameTaken;
            return result;
        }
    }
    LivePlayer player;
    player.id = static_cast<int>(m_players.size());
    player.name = chosen;
    player.token = newToken();
    const int teams = static_cast<int>(m_settings.teams.size());
    if (teams > 0) {
        if (team < 0 || team >= teams) {
            std::vector<int> members(static_cast<std::size_t>(teams), 0);
            for (const LivePlayer& other : m_players)
                if (!other.kicked && other.team >= 0) ++members[static_cast<std::size_t>(other.team)];
            team = static_cast<int>(std::min_element(members.begin(), members.end()) - members.begin());
        }
        player.team = team;
    }
    m_players.push_back(player);
    m_answerAt.emplace_back(m_questions.size(), -1);
    result.playerId = player.id;
    emit(LiveEventType::PlayerJoined, player.id, -1, nowMs);
    return result;
}

std::vector<LiveRosterEntry> LiveGame::roster() const {
    std::vector<LiveRosterEntry> entries;
    for (const std::string& name : m_settings.classList) {
        const std::string key = nicknameKey(name);
        const bool taken = std::any_of(m_players.begin(), m_players.end(),
                                       [&](const LivePlayer& p) { return !p.kicked && nicknameKey(p.name) == key; });
        entries.push_back({name, taken});
    }
    return entries;
}

LiveGame::JoinResult LiveGame::rejoin(std::string_view token, UnixMs nowMs) {
    JoinResult result;
    const LivePlayer* found = playerByToken(token);
    if (found == nullptr) {
        result.refusal = LiveRefusal::UnknownToken;
        return result;
    }
    LivePlayer& player = m_players[static_cast<std::size_t>(found->id)];
    if (player.kicked) {
        result.refusal = LiveRefusal::Kicked;
        return result;
    }
    player.connected = true;
    result.playerId = player.id;
    emit(LiveEventType::PlayerRejoined, player.id, -1, nowMs);
    return result;
}

void LiveGame::disconnect(int playerId, UnixMs nowMs) {
    if (playerId < 0 || playerId >= static_cast<int>(m_players.size())) return;
    LivePlayer& player = m_players[static_cast<std::size_t>(playerId)];
    if (!player.connected || player.kicked) return;
    player.connected = false;
    emit(LiveEventType::PlayerLeft, playerId, -1, nowMs);
    // The others may all have answered already: the question need not wait for a phone that is gone.
    if (m_phase == LivePhase::Question && everyoneAnswered()) closeQuestion(nowMs);
}

bool LiveGame::kick(int playerId, UnixMs nowMs) {
    if (playerId < 0 || playerId >= static_cast<int>(m_players.size())) return false;
    LivePlayer& player = m_players[static_cast<std::size_t>(playerId)];
    // At the podium the results are final (and stored at once): a kick then would change a board already shown.
    if (player.kicked || m_phase == LivePhase::Podium) return false;
    player.kicked = true;
    player.connected = false;
    emit(LiveEventType::PlayerKicked, playerId, -1, nowMs);
    if (m_phase == LivePhase::Question && everyoneAnswered()) closeQuestion(nowMs);
    return true;
}

const LivePlayer* LiveGame::playerByToken(std::string_view token) const {
    if (token.empty()) return nullptr;
    // Every token is compared in full, in constant time: how long a rejoin takes says nothing about how
    // much of a guessed token was right.
    const LivePlayer* found = nullptr;
    for (const LivePlayer& player : m_players)
        if (constantTimeEquals(player.token, token)) found = &player;
    return found;
}

int LiveGame::connectedCount() const {
    return static_cast<int>(std::count_if(m_players.begin(), m_players.end(),
                                          [](const LivePlayer& p) { return p.connected && !p.kicked; }));
}

// [SECTION] The question cycle

bool LiveGame::start(UnixMs nowMs) {
    if (m_phase != LivePhase::Lobby) return false;
    if (m_questions.empty()) {
        m_phase = LivePhase::Podium;
        emit(LiveEventType::GameOver, -1, -1, nowMs);
        return true;
    }
    openQuestion(0, nowMs);
    return true;
}

void LiveGame::openQuestion(int index, UnixMs nowMs) {
    m_phase = LivePhase::Question;
    m_questionIndex = index;
    m_openedMs = nowMs;
    m_limitMs = static_cast<std::int64_t>(m_settings.questionSeconds) * kMsPerSecond;
    m_pausedTotalMs = 0;
    m_pausedAtMs.reset();
    emit(LiveEventType::QuestionOpened, -1, index, nowMs);
}

UnixMs LiveGame::deadlineMs() const { return m_openedMs + m_limitMs + m_pausedTotalMs; }

void LiveGame::closeQuestion(UnixMs nowMs) {
    if (m_phase != LivePhase::Question) return;
    if (m_pausedAtMs) resume(nowMs);
    // A player on the board who gave no answer loses their streak and is charged the full limit.
    for (LivePlayer& player : m_players) {
        if (player.kicked || answerOf(player.id, m_questionIndex) != nullptr) continue;
        player.streak = 0;
        player.totalMs += m_limitMs;
    }
    m_phase = LivePhase::Reveal;
    m_revealedMs = nowMs;
    emit(LiveEventType::QuestionClosed, -1, m_questionIndex, nowMs);
}

void LiveGame::pause(UnixMs nowMs) {
    if (m_phase != LivePhase::Question || m_pausedAtMs) return;
    m_pausedAtMs = nowMs;
    emit(LiveEventType::Paused, -1, m_questionIndex, nowMs);
}

void LiveGame::resume(UnixMs nowMs) {
    if (!m_pausedAtMs) return;
    m_pausedTotalMs += std::max<std::int64_t>(nowMs - *m_pausedAtMs, 0);
    m_pausedAtMs.reset();
    emit(LiveEventType::Resumed, -1, m_questionIndex, nowMs);
}

void LiveGame::addTime(std::int64_t ms, UnixMs nowMs) {
    if (m_phase != LivePhase::Question || ms <= 0) return;
    m_limitMs += ms;
    emit(LiveEventType::TimeAdded, -1, m_questionIndex, nowMs);
}

void LiveGame::skip(UnixMs nowMs) { closeQuestion(nowMs); }

void LiveGame::next(UnixMs nowMs) {
    if (m_phase != LivePhase::Reveal) return;
    if (m_questionIndex + 1 < static_cast<int>(m_questions.size())) {
        openQuestion(m_questionIndex + 1, nowMs);
        return;
    }
    m_phase = LivePhase::Podium;
    emit(LiveEventType::GameOver, -1, -1, nowMs);
}

void LiveGame::end(UnixMs nowMs) {
    if (m_phase == LivePhase::Podium) return;
    closeQuestion(nowMs);
    m_phase = LivePhase::Podium;
    emit(LiveEventType::GameOver, -1, -1, nowMs);
}

void LiveGame::tick(UnixMs nowMs) {
    if (m_phase == LivePhase::Question && !m_pausedAtMs && nowMs >= deadlineMs()) closeQuestion(nowMs);
    if (m_phase == LivePhase::Reveal && m_settings.revealSeconds > 0 &&
        nowMs >= m_revealedMs + static_cast<std::int64_t>(m_settings.revealSeconds) * kMsPerSecond) {
        next(nowMs);
    }
}

std::optional<UnixMs> LiveGame::nextDeadlineMs() const {
    if (m_phase == LivePhase::Question && !m_pausedAtMs) return deadlineMs();
    if (m_phase == LivePhase::Reveal && m_settings.revealSeconds > 0)
        return m_revealedMs + static_cast<std::int64_t>(m_settings.revealSeconds) * kMsPerSecond;
    return std::nullopt;
}

std::optional<std::int64_t> LiveGame::remainingMs(UnixMs nowMs) const {
    if (m_phase != LivePhase::Question) return std::nullopt;
    const UnixMs now = m_pausedAtMs ? *m_pausedAtMs : nowMs;
    return std::max<std::int64_t>(deadlineMs() - now, 0);
}

// [SECTION] Answers

int LiveGame::answeredCount() const {
    // A kicked player's answer no longer counts: "3 of 3 answered" must not become "4 of 3".
    return static_cast<int>(std::count_if(m_answers.begin(), m_answers.end(), [&](const LiveAnswer& a) {
        return a.questionIndex == m_questionIndex && !m_players[static_cast<std::size_t>(a.playerId)].kicked;
    }));
}

bool LiveGame::everyoneAnswered() const {
    int waiting = 0;
    for (const LivePlayer& player : m_players) {
        if (player.kicked) continue;
        const bool answered = answerOf(player.id, m_questionIndex) != nullptr;
        if (player.connected && !answered) ++waiting;
    }
    // With nobody connected the timer decides; otherwise close once no connected player is left to answer.
    return waiting == 0 && connectedCount() + answeredCount() > 0;
}

const LiveAnswer* LiveGame::answerOf(int playerId, int index) const {
    // An index, not a scan: every answer asks whether everyone has answered, which looks up each player
    // (a scan made a class of 200 quadratic in the answers: 30 ms a frame at the 10th question).
    if (playerId < 0 || playerId >= static_cast<int>(m_answerAt.size())) return nullptr;
    const std::vector<int>& row = m_answerAt[static_cast<std::size_t>(playerId)];
    if (index < 0 || index >= static_cast<int>(row.size()) || row[static_cast<std::size_t>(index)] < 0) return nullptr;
    return &m_answers[static_cast<std::size_t>(row[static_cast<std::size_t>(index)])];
}

LiveRefusal LiveGame::submit(int playerId, int index, LearnerAnswer answer, UnixMs receivedMs) {
    if (playerId < 0 || playerId >= static_cast<int>(m_players.size())) return LiveRefusal::UnknownToken;
    LivePlayer& player = m_players[static_cast<std::size_t>(playerId)];
    if (player.kicked) return LiveRefusal::Kicked;
    if (m_phase == LivePhase::Podium) return LiveRefusal::GameOver;
    if (index != m_questionIndex && m_phase == LivePhase::Question) return LiveRefusal::WrongQuestion;
    if (m_phase != LivePhase::Question || index != m_questionIndex) return LiveRefusal::NotOpen;
    if (answerOf(playerId, index) != nullptr) return LiveRefusal::AlreadyAnswered;
    if (m_pausedAtMs) return LiveRefusal::Paused;
    if (receivedMs > deadlineMs()) return LiveRefusal::TooLate;

    const Question& question = *m_questions[static_cast<std::size_t>(index)].question;
    LiveAnswer record;
    record.playerId = playerId;
    record.questionIndex = index;
    record.receivedMs = receivedMs;
    record.timeMs = std::clamp<std::int64_t>(receivedMs - m_openedMs - m_pausedTotalMs, 0, m_limitMs);
    record.limitMs = m_limitMs;
    const GradeResult grade = gradeAnswer(question, answer, static_cast<double>(record.timeMs) / 1000.0);
    // An unreadable typed answer (e.g. an ambiguous date) is not graded: the player may send another.
    if (grade.verdict == Verdict::Refused) return LiveRefusal::BadAnswer;
    record.answerText = answerInBankTerms(question, answer);
    record.answer = std::move(answer);
    record.fraction = grade.score;
    record.verdict = grade.verdict;
    record.points = scoreDrillAnswer(true, grade.score, record.timeMs, record.limitMs, player.streak);
    player.points += record.points.total();
    player.streak = record.points.streakAfter;
    player.totalMs += record.timeMs;
    if (grade.correct) ++player.correct;
    m_answerAt[static_cast<std::size_t>(playerId)][static_cast<std::size_t>(index)] = static_cast<int>(m_answers.size());
    m_answers.push_back(std::move(record));
    emit(LiveEventType::AnswerAccepted, playerId, index, receivedMs);
    if (everyoneAnswered()) closeQuestion(receivedMs);
    return LiveRefusal::None;
}

}  // namespace retain
