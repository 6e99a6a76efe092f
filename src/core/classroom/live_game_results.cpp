// What the live game shows after questions: the leaderboard, the team board, a question's reveal, one
// player's result, and the class report rows (see live_game.hpp and docs/classroom.md).
#include <algorithm>
#include <map>

#include "core/bank/citation.hpp"
#include "core/classroom/live_game.hpp"

namespace retain {

namespace {

// Returns true when a stands above b on the leaderboard: more points, then less total time, then name.
bool standsAbove(const LivePlayer& a, const LivePlayer& b) {
    if (a.points != b.points) return a.points > b.points;
    if (a.totalMs != b.totalMs) return a.totalMs < b.totalMs;
    return a.name < b.name;
}

}  // namespace

std::vector<LiveStanding> LiveGame::leaderboard(std::size_t limit) const {
    // Player indices are sorted, not standings: only the lines returned copy a name.
    std::vector<int> order;
    order.reserve(m_players.size());
    for (const LivePlayer& player : m_players)
        if (!player.kicked) order.push_back(player.id);
    const auto above = [&](int a, int b) { return standsAbove(m_players[static_cast<std::size_t>(a)], m_players[static_cast<std::size_t>(b)]); };
    const std::size_t shown = std::min(limit, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shown), order.end(), above);
    std::vector<LiveStanding> board;
    board.reserve(shown);
    for (std::size_t i = 0; i < shown; ++i) {
        const LivePlayer& player = m_players[static_cast<std::size_t>(order[i])];
        board.push_back(LiveStanding{player.id, player.name, player.team, static_cast<int>(i) + 1, player.points, player.streak,
                                     player.correct, player.totalMs});
    }
    return board;
}

std::vector<LiveTeamStanding> LiveGame::teamBoard() const {
    std::vector<LiveTeamStanding> board;
    for (std::size_t team = 0; team < m_settings.teams.size(); ++team) {
        LiveTeamStanding line;
        line.team = static_cast<int>(team);
        line.name = m_settings.teams[team];
        long long sum = 0;
        for (const LivePlayer& player : m_players) {
            if (player.kicked || player.team != line.team) continue;
            ++line.members;
            sum += player.points;
        }
        // Kahoot's rule for teams on personal devices: the average, so a big team has no head start.
        line.points = line.members > 0 ? static_cast<double>(sum) / line.members : 0.0;
        board.push_back(line);
    }
    std::sort(board.begin(), board.end(), [](const LiveTeamStanding& a, const LiveTeamStanding& b) {
        if (a.points != b.points) return a.points > b.points;
        return a.name < b.name;
    });
    for (std::size_t i = 0; i < board.size(); ++i) board[i].rank = static_cast<int>(i) + 1;
    return board;
}

std::vector<std::string> LiveGame::shownOptions(int index) const {
    const Question& question = *m_questions.at(static_cast<std::size_t>(index)).question;
    const ShownOrder& order = shownOrder(index);
    std::vector<std::string> options;
    auto inShownOrder = [&](const std::vector<std::string>& texts) {
        for (int shown : order.choices) options.push_back(texts.at(static_cast<std::size_t>(shown)));
    };
    if (const auto* choice = std::get_if<ChoiceAnswer>(&question.answer)) inShownOrder(choice->choices);
    else if (const auto* multi = std::get_if<MultiAnswer>(&question.answer)) inShownOrder(multi->choices);
    else if (std::holds_alternative<TrueFalseAnswer>(question.answer)) options = {"True", "False"};
    return options;
}

LiveReveal LiveGame::reveal(int index) const {
    LiveReveal reveal;
    const ClassroomQuestion& item = m_questions.at(static_cast<std::size_t>(index));
    const Question& question = *item.question;
    const ShownOrder& order = shownOrder(index);
    reveal.questionIndex = index;
    reveal.type = question.type();
    reveal.rightAnswer = expectedAnswerText(question);
    reveal.explanation = question.explanation;
    reveal.citation = sourceRefText(question.source);
    const std::vector<LiveStanding> board = leaderboard();
    reveal.players = static_cast<int>(board.size());
    reveal.top.assign(board.begin(), board.begin() + std::min<std::ptrdiff_t>(kLiveTopCount, static_cast<std::ptrdiff_t>(board.size())));

    std::vector<const LiveAnswer*> given;
    for (const LiveAnswer& answer : m_answers) {
        if (answer.questionIndex != index || m_players[static_cast<std::size_t>(answer.playerId)].kicked) continue;
        given.push_back(&answer);
        ++reveal.answered;
        if (answer.fraction >= 1.0) ++reveal.correct;
    }
    auto countSelected = [&](int choiceIndex) {
        return static_cast<int>(std::count_if(given.begin(), given.end(), [&](const LiveAnswer* a) {
            return std::find(a->answer.selected.begin(), a->answer.selected.end(), choiceIndex) != a->answer.selected.end();
        }));
    };
    if (const auto* choice = std::get_if<ChoiceAnswer>(&question.answer)) {
        for (int shown : order.choices)
            reveal.choices.push_back({choice->choices[static_cast<std::size_t>(shown)], countSelected(shown), shown == choice->correct});
        return reveal;
    }
    if (const auto* multi = std::get_if<MultiAnswer>(&question.answer)) {
        for (int shown : order.choices) {
            const bool right = std::find(multi->correct.begin(), multi->correct.end(), shown) != multi->correct.end();
            reveal.choices.push_back({multi->choices[static_cast<std::size_t>(shown)], countSelected(shown), right});
        }
        return reveal;
    }
    if (const auto* truth = std::get_if<TrueFalseAnswer>(&question.answer)) {
        // The answer's text was "true" or "false" as the wire sent it; the grader's verdict says which it was.
        int saidTrue = 0;
        for (const LiveAnswer* a : given)
            if ((a->fraction >= 1.0) == truth->value) ++saidTrue;
        reveal.choices.push_back({"True", saidTrue, truth->value});
        reveal.choices.push_back({"False", reveal.answered - saidTrue, !truth->value});
        return reveal;
    }
    std::map<std::string, LiveTypedCount> spread;
    for (const LiveAnswer* a : given) {
        LiveTypedCount& line = spread[a->answerText];
        line.text = a->answerText;
        ++line.count;
        line.correct = a->fraction >= 1.0;
    }
    for (auto& entry : spread) reveal.typed.push_back(entry.second);
    std::stable_sort(reveal.typed.begin(), reveal.typed.end(),
                     [](const LiveTypedCount& a, const LiveTypedCount& b) { return a.count > b.count; });
    if (reveal.typed.size() > static_cast<std::size_t>(kLiveTypedSpreadMax)) {
        for (std::size_t i = kLiveTypedSpreadMax; i < reveal.typed.size(); ++i) reveal.otherAnswers += reveal.typed[i].count;
        reveal.typed.resize(kLiveTypedSpreadMax);
    }
    return reveal;
}

LivePlayerResult LiveGame::playerResult(int playerId, int index) const {
    LivePlayerResult result;
    if (const LiveAnswer* answer = answerOf(playerId, index)) {
        result.answered = true;
        result.verdict = answer->verdict;
        result.points = answer->points;
    }
    // The rank is counted, not looked up in a sorted board: each of a class's result messages asks for it,
    // and a board per player made closing a question quadratic in players with a sort each (~10 ms at 200).
    if (playerId < 0 || playerId >= static_cast<int>(m_players.size())) return result;
    const LivePlayer& me = m_players[static_cast<std::size_t>(playerId)];
    for (const LivePlayer& other : m_players) {
        if (other.kicked) continue;
        ++result.players;
        if (other.id != playerId && standsAbove(other, me)) ++result.rank;
    }
    if (!me.kicked) {
        ++result.rank;  // 1-based, below everyone counted above
        result.total = me.points;
    } else {
        result.rank = 0;
    }
    return result;
}

std::vector<ClassResultRow> LiveGame::resultRows() const {
    std::vector<ClassResultRow> rows;
    for (const LiveAnswer& answer : m_answers) {
        if (m_players[static_cast<std::size_t>(answer.playerId)].kicked) continue;  // the teacher removed them
        ClassResultRow row;
        row.student = m_players[static_cast<std::size_t>(answer.playerId)].name;
        row.key = m_questions[static_cast<std::size_t>(answer.questionIndex)].key;
        row.answer = answer.answerText;
        row.score = answer.fraction;
        row.timeSeconds = static_cast<double>(answer.timeMs) / 1000.0;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace retain
