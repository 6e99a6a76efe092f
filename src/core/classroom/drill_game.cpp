// The projector drill (see drill_game.hpp and docs/classroom.md).
#include "core/text/trim.hpp"
#include "core/classroom/drill_game.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>


namespace retain {

const char* drillModeName(DrillMode mode) {
    return mode == DrillMode::Turns ? "turns" : "rounds";
}

std::string DrillGame::checkPlayers(const std::vector<DrillPlayer>& players) {
    if (players.empty()) return "a drill needs at least one player";
    std::set<std::string> seen;
    for (const DrillPlayer& player : players) {
        if (trimmedCopy(player.name).empty()) return "a player has no name";
        if (!seen.insert(player.name).second) return "two players are called \"" + player.name + "\"";
    }
    return {};
}

DrillGame::DrillGame(std::vector<DrillPlayer> players, std::vector<ClassroomQuestion> questions, DrillSettings settings)
    : m_players(std::move(players)), m_questions(std::move(questions)), m_settings(settings) {
    if (const std::string problem = checkPlayers(m_players); !problem.empty()) throw std::invalid_argument(problem);
    if (m_settings.timerSeconds < 0) m_settings.timerSeconds = 0;
    if (m_settings.timerSeconds > 0) {
        m_settings.timerSeconds = std::clamp(m_settings.timerSeconds, kDrillTimerMinSeconds, kDrillTimerMaxSeconds);
    }
    m_streaks.assign(m_players.size(), 0);
}

int DrillGame::turnCount() const {
    const int questions = static_cast<int>(m_questions.size());
    return m_settings.mode == DrillMode::Rounds ? questions * static_cast<int>(m_players.size()) : questions;
}

std::optional<DrillTurn> DrillGame::current() const {
    if (finished()) return std::nullopt;
    const int done = turnsDone();
    const int players = static_cast<int>(m_players.size());
    if (m_settings.mode == DrillMode::Rounds) return DrillTurn{done / players, done % players};
    return DrillTurn{done, done % players};
}

std::vector<DrillAnswer> DrillGame::revealableAnswers() const {
    if (m_answers.empty()) return {};
    const int question = m_answers.back().turn.questionIndex;
    if (const auto next = current(); next && next->questionIndex == question) return {};
    std::vector<DrillAnswer> round;
    for (const DrillAnswer& answer : m_answers) {
        if (answer.turn.questionIndex == question) round.push_back(answer);
    }
    return round;
}

void DrillGame::setAccommodation(int playerIndex, DrillAccommodation accommodation) {
    m_players.at(static_cast<std::size_t>(playerIndex)).accommodation = accommodation;
}

std::int64_t DrillGame::limitMs(int playerIndex) const {
    const DrillAccommodation& help = m_players.at(static_cast<std::size_t>(playerIndex)).accommodation;
    if (m_settings.timerSeconds <= 0 || help.noLimit) return 0;
    const double multiplier = std::isfinite(help.timeMultiplier) ? std::max(help.timeMultiplier, 1.0) : 1.0;
    const double scaledMs = std::round(m_settings.timerSeconds * static_cast<double>(kMsPerSecond) * multiplier);
    return static_cast<std::int64_t>(scaledMs) + std::max(help.extraSeconds, 0) * kMsPerSecond;
}

void DrillGame::startTurn(UnixMs nowMs) {
    m_turnStartMs = nowMs;
}

std::optional<std::int64_t> DrillGame::remainingMs(UnixMs nowMs) const {
    const auto turn = current();
    if (!turn) return std::nullopt;
    const std::int64_t limit = limitMs(turn->playerIndex);
    if (limit <= 0) return std::nullopt;
    const std::int64_t elapsed = m_turnStartMs ? nowMs - *m_turnStartMs : 0;
    return std::clamp<std::int64_t>(limit - elapsed, 0, limit);
}

bool DrillGame::timeUp(UnixMs nowMs) const {
    const auto remaining = remainingMs(nowMs);
    return remaining && *remaining <= 0;
}

const DrillAnswer& DrillGame::submit(std::string answerText, double fraction, UnixMs nowMs) {
    return record(true, std::move(answerText), fraction, nowMs);
}

const DrillAnswer& DrillGame::noAnswer(UnixMs nowMs) {
    return record(false, {}, 0.0, nowMs);
}

const DrillAnswer& DrillGame::record(bool answered, std::string answerText, double fraction, UnixMs nowMs) {
    const auto turn = current();
    if (!turn) throw std::logic_error("the drill is finished");
    DrillAnswer answer;
    answer.turn = *turn;
    answer.answered = answered;
    answer.answerText = answered ? std::move(answerText) : std::string();
    answer.fraction = answered && std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
    answer.limitMs = limitMs(turn->playerIndex);
    const std::int64_t elapsed = m_turnStartMs ? std::max<std::int64_t>(nowMs - *m_turnStartMs, 0) : 0;
    answer.timeMs = answer.limitMs > 0 ? std::min(elapsed, answer.limitMs) : elapsed;
    int& streak = m_streaks[static_cast<std::size_t>(turn->playerIndex)];
    answer.points = scoreDrillAnswer(answered, answer.fraction, answer.timeMs, answer.limitMs, streak);
    streak = answer.points.streakAfter;
    m_answers.push_back(std::move(answer));
    m_turnStartMs.reset();
    return m_answers.back();
}

std::vector<DrillStanding> DrillGame::leaderboard() const {
    std::vector<DrillStanding> board(m_players.size());
    for (std::size_t i = 0; i < m_players.size(); ++i) {
        board[i].playerIndex = static_cast<int>(i);
        board[i].name = m_players[i].name;
        board[i].streak = m_streaks[i];
    }
    for (const DrillAnswer& answer : m_answers) {
        DrillStanding& line = board[static_cast<std::size_t>(answer.turn.playerIndex)];
        line.points += answer.points.total();
        line.totalMs += answer.timeMs;
        line.turns += 1;
        if (answer.answered && answer.fraction >= 1.0) line.correct += 1;
    }
    std::sort(board.begin(), board.end(), [](const DrillStanding& a, const DrillStanding& b) {
        if (a.points != b.points) return a.points > b.points;
        if (a.totalMs != b.totalMs) return a.totalMs < b.totalMs;
        return a.name < b.name;
    });
    for (std::size_t i = 0; i < board.size(); ++i) board[i].rank = static_cast<int>(i) + 1;
    return board;
}

std::vector<DrillStanding> DrillGame::podium() const {
    std::vector<DrillStanding> board = leaderboard();
    if (board.size() > 3) board.resize(3);
    return board;
}

std::vector<ClassResultRow> DrillGame::resultRows() const {
    std::vector<ClassResultRow> rows;
    rows.reserve(m_answers.size());
    for (const DrillAnswer& answer : m_answers) {
        rows.push_back(ClassResultRow{m_players[static_cast<std::size_t>(answer.turn.playerIndex)].name,
                                      m_questions[static_cast<std::size_t>(answer.turn.questionIndex)].key,
                                      answer.answerText, answer.fraction,
                                      static_cast<double>(answer.timeMs) / static_cast<double>(kMsPerSecond)});
    }
    return rows;
}

}  // namespace retain
