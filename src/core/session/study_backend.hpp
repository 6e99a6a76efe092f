// What the study screens need from the data folder: the open database, the current profile, the clock,
// and the profile's study setup (core/session/study_setup.hpp). The app builds it from an opened Store
// (tests build it over a temporary folder); views start sessions, read card states and change the
// profile's study settings through it, and never open files or run SQL themselves.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/session/study_setup.hpp"
#include "core/storage/store.hpp"

namespace retain {

// A running session together with the scheduler it uses (kept alive even if a settings change replaces
// the backend's scheduler mid-session).
struct StudyRun {
    std::shared_ptr<const Scheduler> scheduler;
    std::unique_ptr<StudySession> session;
};

class StudyBackend {
public:
    // Takes over store; opens (creating when missing) the profile called profileName. Throws
    // sql::StorageError when the profile cannot be read or created.
    StudyBackend(std::unique_ptr<Store> store, const Clock& clock, const std::string& profileName);

    // Switches to the profile called name (created when missing, with the default study settings);
    // sessions started afterwards use its setup. Throws sql::StorageError on database failure.
    void switchProfile(const std::string& name);
    // Stores settings as the current profile's study settings and rebuilds the setup from them; sessions
    // started afterwards use it. Throws sql::StorageError, changing nothing, when the write fails.
    void saveStudySettings(const StudySettings& settings);
    // Starts a session over banks (which must outlive it). Throws sql::StorageError on database failure.
    StudyRun startSession(std::vector<const Bank*> banks);

    // Returns the current profile's stored cards, re-read after markChanged().
    const std::map<CardKey, StoredCard>& cards();
    // Notes that card states or the setup changed (a rating, an undo, a bury, new settings), so cards()
    // and revision() move on.
    void markChanged();
    // Returns a number that grows whenever card states or the setup change (views cache what they derive).
    std::uint64_t revision() const { return m_revision; }

    // For core services (never views): the database the backend owns.
    sql::Database& db() { return m_store->db(); }
    const Store& store() const { return *m_store; }
    const StudySetup& setup() const { return m_setup; }
    const Profile& profile() const { return m_setup.profile; }
    const StudySettings& studySettings() const { return m_setup.profile.study; }
    const Clock& clock() const { return m_clock; }
    const Scheduler& scheduler() const { return *m_setup.scheduler; }
    const SessionConfig& sessionConfig() const { return m_setup.sessionConfig; }
    const SchedulerConfig& schedulerConfig() const { return m_setup.schedulerConfig; }

private:
    std::unique_ptr<Store> m_store;
    const Clock& m_clock;
    StudySetup m_setup;
    std::map<CardKey, StoredCard> m_cards;
    bool m_cardsLoaded = false;
    std::uint64_t m_revision = 1;
};

}  // namespace retain
