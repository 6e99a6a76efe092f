// Finished live games (SQL in classroom_sql.hpp).
#include "core/classroom/live_repository.hpp"

#include "core/classroom/classroom_sql.hpp"
#include "core/classroom/result_rows.hpp"

namespace retain {

LiveGameId saveLiveRows(sql::Database& db, const LiveGameHeader& header, const std::vector<LiveAnswerRow>& rows) {
    sql::Transaction transaction(db);
    sql::Statement insertGame(db, classroom_sql::kInsertLiveGame);
    insertGame.bind(1, std::string_view(header.pin)).bind(2, static_cast<std::int64_t>(header.questionSeconds))
        .bind(3, static_cast<std::int64_t>(header.questions))
        .bind(4, static_cast<std::int64_t>(header.players)).bind(5, static_cast<std::int64_t>(header.endedMs));
    insertGame.run();
    const LiveGameId id = db.lastInsertId();
    sql::Statement insert(db, classroom_sql::kInsertLiveAnswer);
    for (const LiveAnswerRow& row : rows) {
        insert.reset();
        insert.bind(1, id).bind(2, static_cast<std::int64_t>(row.position)).bind(3, std::string_view(row.player))
            .bind(4, std::string_view(row.team)).bind(5, std::string_view(row.key.bankId)).bind(6, std::string_view(row.key.questionId))
            .bind(7, std::string_view(row.answer)).bind(8, row.score)
            .bind(9, static_cast<std::int64_t>(row.points)).bind(10, row.timeSeconds)
            .bind(11, static_cast<std::int64_t>(row.receivedMs));
        insert.run();
    }
    // A player named like a student profile is linked to it, so results land on that student.
    sql::Statement link(db, classroom_sql::kLinkLivePlayers);
    link.bind(1, id);
    link.run();
    transaction.commit();
    return id;
}

LiveGameId saveLiveGame(sql::Database& db, const LiveGame& game, UnixMs endedMs) {
    const LiveGameHeader header{game.pin(), game.settings().questionSeconds, static_cast<int>(game.questions().size()),
                                static_cast<int>(game.leaderboard().size()), endedMs};
    std::vector<LiveAnswerRow> rows;
    rows.reserve(game.answers().size());
    for (const LiveAnswer& answer : game.answers()) {
        const LivePlayer& player = game.players().at(static_cast<std::size_t>(answer.playerId));
        if (player.kicked) continue;
        const std::string team = player.team >= 0 ? game.settings().teams.at(static_cast<std::size_t>(player.team)) : "";
        rows.push_back(LiveAnswerRow{answer.questionIndex, player.name, team,
                                     game.questions().at(static_cast<std::size_t>(answer.questionIndex)).key, answer.answerText,
                                     answer.fraction, answer.points.total(), static_cast<double>(answer.timeMs) / 1000.0,
                                     answer.receivedMs});
    }
    return saveLiveRows(db, header, rows);
}

std::vector<ClassResultRow> loadLiveResults(sql::Database& db, const std::string& bankId) {
    return selectResultRows(db, classroom_sql::kSelectLiveResults, bankId);
}

std::optional<ProfileId> linkedProfile(sql::Database& db, LiveGameId game, const std::string& player) {
    sql::Statement select(db, classroom_sql::kSelectLinkedProfile);
    select.bind(1, game).bind(2, std::string_view(player));
    if (!select.step()) return std::nullopt;
    return select.columnInt(0);
}

int countLiveGames(sql::Database& db) { return static_cast<int>(db.queryInt(classroom_sql::kCountLiveGames).value_or(0)); }

int countLiveAnswers(sql::Database& db) { return static_cast<int>(db.queryInt(classroom_sql::kCountLiveAnswers).value_or(0)); }

}  // namespace retain
