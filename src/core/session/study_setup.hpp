// The one study setup: everything that decides how a profile is scheduled and quizzed, built from the
// profile's own stored settings (profile.study) by one function. The window's StudyBackend, `retain study
// --terminal` and `retain stats` all build it here, so a learner is scheduled the same way everywhere.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/scheduler/scheduler.hpp"
#include "core/session/study_session.hpp"
#include "core/storage/records.hpp"

namespace retain {

// One run's exceptions to the profile's settings (command-line flags); nothing is stored.
struct StudyOverrides {
    std::optional<int> newPerDay;      // new questions per day
    std::optional<int> reviewsPerDay;  // review questions per day
    std::optional<int> rolloverHour;   // hours after UTC midnight at which a day starts, 0..23
    std::optional<NewCardOrder> newOrder;  // the order of new questions
};

struct StudySetup {
    Profile profile;
    SchedulerConfig schedulerConfig;             // desired retention and FSRS-6 weights from the profile
    SessionConfig sessionConfig;                 // daily limits, answer-time thresholds, session kind
    std::shared_ptr<const Scheduler> scheduler;  // the profile's scheduler over schedulerConfig
};

// Builds the setup of profile from profile.study: its scheduler with its desired retention and FSRS-6
// weights (the defaults when it has none), its daily limits and answer-time thresholds, then overrides.
// kind is the study_sessions.kind of sessions started with it ("window" | "terminal").
StudySetup makeStudySetup(const Profile& profile, const std::string& kind, const StudyOverrides& overrides = {});

}  // namespace retain
