#include "core/session/study_setup.hpp"

#include <algorithm>

namespace retain {

StudySetup makeStudySetup(const Profile& profile, const std::string& kind, const StudyOverrides& overrides) {
    const StudySettings settings = clampStudySettings(profile.study);
    StudySetup setup;
    setup.profile = profile;
    setup.profile.study = settings;
    setup.schedulerConfig.desiredRetention = settings.desiredRetention;
    if (settings.fsrsWeights) setup.schedulerConfig.fsrsWeights = *settings.fsrsWeights;
    if (overrides.rolloverHour) setup.schedulerConfig.dayRolloverHour = std::clamp(*overrides.rolloverHour, 0, 23);
    setup.scheduler = makeScheduler(settings.scheduler, setup.schedulerConfig);

    SessionConfig& session = setup.sessionConfig;
    session.newPerDay = std::clamp(overrides.newPerDay.value_or(settings.newPerDay), 0, kMaxNewPerDay);
    session.reviewsPerDay = std::clamp(overrides.reviewsPerDay.value_or(settings.reviewsPerDay), 0, kMaxReviewsPerDay);
    session.rolloverHour = setup.schedulerConfig.dayRolloverHour;
    session.newOrder = overrides.newOrder.value_or(settings.newOrder);
    session.kind = kind;
    session.grading.hardAfterSeconds = settings.hardAfterSeconds;
    session.grading.easyWithinSeconds = settings.easyWithinSeconds;
    return setup;
}

}  // namespace retain
