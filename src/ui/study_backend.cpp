#include "ui/study_backend.hpp"

#include "core/storage/card_repository.hpp"
#include "core/storage/profile_repository.hpp"

namespace retain::ui {

StudyBackend::StudyBackend(std::unique_ptr<Store> store, const Clock& clock, const AppSettings& settings)
    : m_store(std::move(store)), m_clock(clock) {
    applySettings(settings);
}

void StudyBackend::applySettings(const AppSettings& settings) {
    if (m_profile.id == 0 || m_profile.name != settings.profile) {
        m_profile = ensureProfile(m_store->db(), settings.profile, settings.scheduler, m_clock.nowMs());
        markChanged();
    }
    // Until profiles carry their own settings, the app settings choose the scheduler for every profile.
    m_profile.scheduler = settings.scheduler;
    m_schedulerConfig = SchedulerConfig{};
    m_schedulerConfig.desiredRetention = settings.desiredRetention;
    m_scheduler = makeScheduler(settings.scheduler, m_schedulerConfig);
    m_sessionConfig = SessionConfig{};
    m_sessionConfig.newPerDay = settings.newPerDay;
    m_sessionConfig.reviewsPerDay = settings.reviewsPerDay;
    m_sessionConfig.rolloverHour = m_schedulerConfig.dayRolloverHour;
    m_sessionConfig.kind = "window";
    m_sessionConfig.grading.hardAfterSeconds = settings.hardAfterSeconds;
    m_sessionConfig.grading.easyWithinSeconds = settings.easyWithinSeconds;
}

StudyRun StudyBackend::startSession(std::vector<const Bank*> banks) {
    StudyRun run;
    run.scheduler = m_scheduler;
    run.session = std::make_unique<StudySession>(m_store->db(), m_profile, std::move(banks), *run.scheduler, m_clock,
                                                 m_sessionConfig);
    return run;
}

const std::map<CardKey, StoredCard>& StudyBackend::cards() {
    if (!m_cardsLoaded) {
        m_cards = loadCards(m_store->db(), m_profile.id);
        m_cardsLoaded = true;
    }
    return m_cards;
}

void StudyBackend::markChanged() {
    m_cardsLoaded = false;
    ++m_revision;
}

}  // namespace retain::ui
