#include "core/stats/check_service.hpp"

#include "core/stats/check_repository.hpp"

namespace retain {

std::int64_t storeCheck(StudyBackend& study, const CheckRecord& record) {
    const std::int64_t id = saveCheck(study.db(), record, study.scheduler());
    if (record.countedAsReviews) study.markChanged();
    return id;
}

std::vector<CheckRecord> checkHistory(StudyBackend& study) { return loadChecks(study.db(), study.profile().id); }

}  // namespace retain
