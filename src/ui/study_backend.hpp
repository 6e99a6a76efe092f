// What the study screens need from the data folder: the open database, the current profile, the clock,
// and a scheduler and session settings built from the app settings. The app builds it from an opened
// Store (tests build it over a temporary folder); views start sessions and read card states through it
// and never open files themselves.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

#include "core/clock.hpp"
#include "core/session/study_session.hpp"
#include "core/settings/app_settings.hpp"
#include "core/storage/store.hpp"

namespace retain::ui {

// A running session together with the scheduler it uses (kept alive even if the settings replace the
// backend's scheduler mid-session).
struct StudyRun {
    std::shared_ptr<const Scheduler> scheduler;
    std::unique_ptr<StudySession> session;
};

class StudyBackend {
public:
    // Takes over store; picks (creating when missing) settings.profile. Throws sql::StorageError when the
    // profile cannot be read or created.
    StudyBackend(std::unique_ptr<Store> store, const Clock& clock, const AppSettings& settings);

    // Re-reads the study settings (scheduler, desired retention, new cards per day, answer-time
    // thresholds); sessions started afterwards use them. Switches profile when settings.profile changed.
    void applySettings(const AppSettings& settings);
    // Starts a session over banks (which must outlive it). Throws sql::StorageError on database failure.
    StudyRun startSession(std::vector<const Bank*> banks);

    // Returns the current profile's stored cards, re-read after markChanged().
    const std::map<CardKey, StoredCard>& cards();
    // Notes that card states changed (a rating, an undo, a bury), so cards() and revision() move on.
    void markChanged();
    // Returns a number that grows whenever card states change (views cache what they derive from it).
    std::uint64_t revision() const { return m_revision; }

    sql::Database& db() { return m_store->db(); }
    const Store& store() const { return *m_store; }
    const Profile& profile() const { return m_profile; }
    const Clock& clock() const { return m_clock; }
    const Scheduler& scheduler() const { return *m_scheduler; }
    const SessionConfig& sessionConfig() const { return m_sessionConfig; }
    const SchedulerConfig& schedulerConfig() const { return m_schedulerConfig; }

private:
    std::unique_ptr<Store> m_store;
    const Clock& m_clock;
    Profile m_profile;
    SchedulerConfig m_schedulerConfig;
    SessionConfig m_sessionConfig;
    std::shared_ptr<const Scheduler> m_scheduler;
    std::map<CardKey, StoredCard> m_cards;
    bool m_cardsLoaded = false;
    std::uint64_t m_revision = 1;
};

}  // namespace retain::ui
