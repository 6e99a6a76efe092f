#include "core/session/study_backend.hpp"

#include "core/storage/card_repository.hpp"
#include "core/storage/profile_repository.hpp"

namespace retain {

StudyBackend::StudyBackend(std::unique_ptr<Store> store, const Clock& clock, const std::string& profileName)
    : m_store(std::move(store)), m_clock(clock) {
    switchProfile(profileName);
}

void StudyBackend::switchProfile(const std::string& name) {
    const Profile profile = ensureProfile(m_store->db(), name, StudySettings{}.scheduler, m_clock.nowMs());
    m_setup = makeStudySetup(profile, "window");
    markChanged();
}

void StudyBackend::saveStudySettings(const StudySettings& settings) {
    retain::saveStudySettings(m_store->db(), m_setup.profile.id, settings);
    Profile profile = m_setup.profile;
    profile.study = clampStudySettings(settings);
    m_setup = makeStudySetup(profile, "window");
    markChanged();
}

StudyRun StudyBackend::startSession(std::vector<const Bank*> banks) {
    StudyRun run;
    run.scheduler = m_setup.scheduler;
    run.session = std::make_unique<StudySession>(m_store->db(), m_setup.profile, std::move(banks), *run.scheduler, m_clock,
                                                 m_setup.sessionConfig);
    return run;
}

const std::map<CardKey, StoredCard>& StudyBackend::cards() {
    if (!m_cardsLoaded) {
        m_cards = loadCards(m_store->db(), m_setup.profile.id);
        m_cardsLoaded = true;
    }
    return m_cards;
}

void StudyBackend::markChanged() {
    m_cardsLoaded = false;
    ++m_revision;
}

}  // namespace retain
