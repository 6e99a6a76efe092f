// Finished self-paced papers (see self_paced_repository.hpp).
#include "core/classroom/self_paced_repository.hpp"

namespace retain {

LiveGameId saveSelfPacedGame(sql::Database& db, const SelfPacedGame& game, UnixMs endedMs) {
    const std::vector<ExamRecord> records = game.records();
    const LiveGameHeader header{game.pin(), game.settings().timeLimitSeconds, static_cast<int>(game.questions().size()),
                                static_cast<int>(records.size()), endedMs};
    std::vector<LiveAnswerRow> rows;
    for (const ExamRecord& record : records) {
        for (std::size_t index = 0; index < record.rows.size(); ++index) {
            const ClassResultRow& row = record.rows[index];
            rows.push_back(LiveAnswerRow{static_cast<int>(index), row.student, "", row.key, row.answer, row.score, 0,
                                         row.timeSeconds, record.submittedMs});
        }
    }
    return saveLiveRows(db, header, rows);
}

}  // namespace retain
