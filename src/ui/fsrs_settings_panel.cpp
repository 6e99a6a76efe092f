#include "ui/fsrs_settings_panel.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "core/session/study_backend.hpp"
#include "core/storage/sqlite_db.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

// Returns printf-style text of doubles.
template <typename... Numbers>
std::string format(const char* pattern, Numbers... numbers) {
    char text[160];
    std::snprintf(text, sizeof text, pattern, static_cast<double>(numbers)...);
    return text;
}

}  // namespace

void FsrsSettingsPanel::drawRetentionChart(StudyBackend& study, double desiredRetention) {
    const bool stale = study.revision() != m_simulatedRevision || study.profile().name != m_simulatedProfile;
    if (stale && !m_simulate) {
        try {
            std::vector<ReplayReview> reviews = loadProfileReviews(study);
            m_simulatedRevision = study.revision();
            m_simulatedProfile = study.profile().name;
            m_points.clear();
            if (reviews.empty()) {
                m_simulationNote = "The chart appears once this profile has reviews.";
            } else {
                m_simulationNote.clear();
                const StudySettings& s = study.studySettings();
                m_simulate = std::make_unique<SimulateTask>(std::move(reviews), s.fsrsWeights.value_or(FsrsWeights{}), 0,
                                                            s.newPerDay, s.reviewsPerDay);
            }
        } catch (const sql::StorageError& failure) {
            m_simulationNote = std::string("Could not read the reviews: ") + failure.what();
        }
    }
    if (m_simulate && m_simulate->poll()) {
        m_points = *m_simulate->poll();
        m_simulate.reset();
    }
    ImGui::BeginGroup();
    if (m_points.empty()) {
        noteText(m_simulate ? "Simulating the next year for retention 70 % to 97 %\u2026" : m_simulationNote);
        ImGui::EndGroup();
        return;
    }
    std::vector<float> reviews, known;
    float most = 1.0f;
    for (const fsrs::SimulationPoint& p : m_points) {
        reviews.push_back(static_cast<float>(p.reviewsPerDay));
        known.push_back(static_cast<float>(100.0 * p.knownShareMean));
        most = std::max(most, reviews.back());
    }
    // The point nearest the slider.
    const auto nearest = std::min_element(m_points.begin(), m_points.end(), [&](const auto& a, const auto& b) {
        return std::abs(a.desiredRetention - desiredRetention) < std::abs(b.desiredRetention - desiredRetention);
    });
    const ImVec2 size(ImGui::GetFontSize() * 24.0f, ImGui::GetFontSize() * 3.2f);
    const std::string reviewsTitle = format("reviews per day: %.0f at 70 %% to %.0f at 97 %%", reviews.front(), reviews.back());
    const std::string knownTitle = format("known on average: %.0f %% to %.0f %%", known.front(), known.back());
    ImGui::PlotLines("##reviews", reviews.data(), static_cast<int>(reviews.size()), 0, reviewsTitle.c_str(), 0.0f,
                     most * 1.1f, size);
    ImGui::PlotLines("##known", known.data(), static_cast<int>(known.size()), 0, knownTitle.c_str(),
                     std::max(0.0f, known.front() - 5.0f), 100.0f, size);
    noteText("Retention 70 % (left) to 97 % (right), next 365 days, this profile's cards.");
    wrappedText(format("At %.0f %%: %.0f reviews a day, %.0f %% known on average.", 100.0 * nearest->desiredRetention,
                       nearest->reviewsPerDay, 100.0 * nearest->knownShareMean));
    ImGui::EndGroup();
}

bool FsrsSettingsPanel::drawOptimise(StudyBackend& study, StudySettings& settings) {
    sectionTitle("FSRS weights");
    bool kept = false;
    // A finished optimisation is taken first, so this frame already shows its outcome.
    if (m_optimise && study.profile().id != m_optimisedProfile) {
        // The learner switched profile while it ran: its weights belong to the other profile, never this one.
        m_optimise->cancel();
        m_optimise.reset();
        m_summary = "Optimising stopped: the profile changed.";
    }
    if (m_optimise) {
        if (const std::optional<ProfileOptimisation>& outcome = m_optimise->poll()) {
            m_summary = outcome->summary;
            if (outcome->keep) {
                settings.fsrsWeights = outcome->result.weights;
                kept = true;
            }
            m_optimise.reset();
        }
    }
    noteText(settings.fsrsWeights ? "This profile uses its own optimised weights."
                                  : "This profile uses the FSRS-6 default weights.");
    if (m_optimise) {
        ImGui::ProgressBar(m_optimise->progress(), ImVec2(ImGui::GetFontSize() * 18.0f, 0.0f));
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) m_optimise->cancel();
    } else {
        if (ImGui::Button("Optimise")) {
            try {
                m_optimise = std::make_unique<OptimiseTask>(loadProfileReviews(study), settings.fsrsWeights.value_or(FsrsWeights{}));
                m_optimisedProfile = study.profile().id;
                m_summary.clear();
            } catch (const sql::StorageError& failure) {
                m_summary = std::string("Could not read the reviews: ") + failure.what();
            }
        }
        if (settings.fsrsWeights) {
            ImGui::SameLine();
            if (ImGui::Button("Use the default weights")) {
                settings.fsrsWeights.reset();
                m_summary = "Back to the FSRS-6 default weights.";
                kept = true;
            }
        }
        noteText("Fits the 21 weights to this profile's own reviews; kept only when they predict recall better.");
    }
    if (!m_summary.empty()) wrappedText(m_summary);
    return kept;
}

}  // namespace retain::ui
