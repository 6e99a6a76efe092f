// The FSRS part of Settings for the current profile: the "help me decide" chart beside the desired
// retention slider (reviews per day and share known over the next year for 0.70..0.97, simulated from the
// profile's own cards and weights), and "Optimise" (fit the weights to the profile's reviews with a
// progress bar and Cancel; the new weights are kept only when RMSE(bins) improves, as Anki does).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/scheduler/fsrs_simulator.hpp"
#include "core/session/fsrs_profile_tasks.hpp"
#include "core/settings/study_settings.hpp"

namespace retain {
class StudyBackend;
}

namespace retain::ui {

class FsrsSettingsPanel {
public:
    // Draws the chart for study's profile at desiredRetention (0..1), simulating again whenever the
    // profile, its cards or its weights change.
    void drawRetentionChart(StudyBackend& study, double desiredRetention);
    // Draws the Optimise section; returns true when new weights were kept (set in settings, to be saved).
    bool drawOptimise(StudyBackend& study, StudySettings& settings);
    // True while a simulation or an optimisation runs (the view keeps redrawing to show its progress).
    bool busy() const { return m_optimise != nullptr || m_simulate != nullptr; }

private:
    std::unique_ptr<OptimiseTask> m_optimise;
    std::int64_t m_optimisedProfile = 0;         // the ProfileId m_optimise fits; its result is for that one only
    std::string m_summary;                       // the last optimisation's outcome, for the user
    std::unique_ptr<SimulateTask> m_simulate;
    std::vector<fsrs::SimulationPoint> m_points;  // the last simulation
    std::uint64_t m_simulatedRevision = 0;       // StudyBackend::revision() the points belong to
    std::string m_simulatedProfile;
    std::string m_simulationNote;                // why there is no chart yet
};

}  // namespace retain::ui
