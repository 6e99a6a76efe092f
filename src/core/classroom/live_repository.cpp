// Finished live games (SQL in classroom_sql.hpp).
#include "core/classroom/live_repository.hpp"

#include "core/classroom/classroom_sql.hpp"
#include "core/classroom/result_rows.hpp"

namespace retain {

LiveGameId saveLiveGame(sql::Database& db, const LiveGame& game, UnixMs endedMs) {
    sql::Transaction transaction(db);
    sql::Statement insertGame(db, classroom_sql::kInsertLiveGame);
    insertGame.bind(1, std::string_view(game.pin())).bind(2, static_cast<std::int64_t>(game.settings().questionSeconds))
        .bind(3, static_cast<std::int64_t>(game.questions().size()))
        .bind(4, static_cast<std::int64_t>(game.leaderboard().size())).bind(5, static_cast<std::int64_t>(endedMs));
    insertGame.run();
    const LiveGameId id = db.lastInsertId();
    sql::Statement insert(db, classroom_sql::kInsertLiveAnswer);
    for (const LiveAnswer& answer : game.answers()) {
        const LivePlayer& player = game.players().at(static_cast<std::size_t>(answer.playerId));
        if (player.kicked) continue;
        const std::string team = player.team >= 0 ? game.settings().teams.at(static_cast<std::size_t>(player.team)) : "";
        const CardKey& key = game.questions().at(static_cast<std::size_t>(answer.questionIndex)).key;
        insert.reset();
        insert.bind(1, id).bind(2, static_cast<std::int64_t>(answer.questionIndex)).bind(3, std::string_view(player.name))
            .bind(4, std::string_view(team)).bind(5, std::string_view(key.bankId)).bind(6, std::string_view(key.questionId))
            .bind(7, std::string_view(answer.answerText)).bind(8, answer.fraction)
            .bind(9, static_cast<std::int64_t>(answer.points.total())).bind(10, static_cast<double>(answer.timeMs) / 1000.0)
            .bind(11, static_cast<std::int64_t>(answer.receivedMs));
        insert.run();
    }
    // A player named like a student profile is linked to it, so results land on that student.
    sql::Statement link(db, classroom_sql::kLinkLivePlayers);
    link.bind(1, id);
    link.run();
    transaction.commit();
    return id;
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
