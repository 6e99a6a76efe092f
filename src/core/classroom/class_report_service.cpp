#include "core/classroom/class_report_service.hpp"

#include "core/classroom/exam_repository.hpp"
#include "core/classroom/live_repository.hpp"

namespace retain {

std::vector<ClassResultRow> loadClassResults(sql::Database& db, const std::string& bankId) {
    std::vector<ClassResultRow> rows = loadExamResults(db, bankId);
    std::vector<ClassResultRow> live = loadLiveResults(db, bankId);
    rows.insert(rows.end(), std::make_move_iterator(live.begin()), std::make_move_iterator(live.end()));
    return rows;
}

std::vector<ClassResultRow> loadClassResults(StudyBackend& study, const std::string& bankId) {
    return loadClassResults(study.db(), bankId);
}

}  // namespace retain
