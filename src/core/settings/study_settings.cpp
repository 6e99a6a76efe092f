#include "core/settings/study_settings.hpp"

#include <algorithm>

namespace retain {

std::string_view newCardOrderName(NewCardOrder order) { return order == NewCardOrder::Bank ? "bank" : "random"; }

std::optional<NewCardOrder> parseNewCardOrder(std::string_view name) {
    if (name == "random") return NewCardOrder::Random;
    if (name == "bank") return NewCardOrder::Bank;
    return std::nullopt;
}

StudySettings clampStudySettings(StudySettings settings) {
    settings.desiredRetention = std::clamp(settings.desiredRetention, kMinDesiredRetention, kMaxDesiredRetention);
    settings.newPerDay = std::clamp(settings.newPerDay, 0, kMaxNewPerDay);
    settings.reviewsPerDay = std::clamp(settings.reviewsPerDay, 0, kMaxReviewsPerDay);
    settings.hardAfterSeconds = std::clamp(settings.hardAfterSeconds, kMinHardAfterSeconds, kMaxHardAfterSeconds);
    settings.easyWithinSeconds = std::clamp(settings.easyWithinSeconds, 0.0, settings.hardAfterSeconds);
    return settings;
}

}  // namespace retain
