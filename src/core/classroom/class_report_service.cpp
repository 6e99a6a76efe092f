#include "core/classroom/class_report_service.hpp"

#include "core/classroom/exam_repository.hpp"

namespace retain {

std::vector<ClassResultRow> loadClassResults(StudyBackend& study, const std::string& bankId) {
    return loadExamResults(study.db(), bankId);
}

}  // namespace retain
