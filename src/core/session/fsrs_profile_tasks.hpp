// The app's FSRS tools for the current profile, run off the UI thread: "Optimise" (fit the weights to the
// profile's own reviews, kept only when RMSE(bins) improves, as Anki does) and "help me decide" (the
// simulator over the profile's cards). docs/scheduling.md describes both computations.
#pragma once

#include <atomic>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/scheduler/fsrs_optimizer.hpp"
#include "core/scheduler/fsrs_simulator.hpp"

namespace retain {

class StudyBackend;

// Returns the current profile's reviews as FSRS rows (card "bank/question", time, rating), in time order.
// Throws sql::StorageError on database failure.
std::vector<ReplayReview> loadProfileReviews(StudyBackend& backend);

// What an optimisation for a profile found, and whether its weights should replace the current ones.
struct ProfileOptimisation {
    fsrs::OptimizerResult result;
    fsrs::FsrsMetrics current;     // the profile's current weights on the same items
    bool keep = false;             // optimised and RMSE(bins) lower than the current weights'
    std::string summary;           // one or two sentences for the Settings view
};

// Optimises on reviews and scores current on the same items; keep when the fit lowers RMSE(bins).
ProfileOptimisation optimiseProfileWeights(const std::vector<ReplayReview>& reviews, const FsrsWeights& current,
                                           const fsrs::OptimizerOptions& options = {});

// Runs optimiseProfileWeights on a worker thread; the view polls it each frame.
class OptimiseTask {
public:
    // Starts on a copy of reviews.
    OptimiseTask(std::vector<ReplayReview> reviews, FsrsWeights current);
    // Cancels a running worker and waits for it (a closed window does not wait for a whole fit).
    ~OptimiseTask() { cancel(); }
    OptimiseTask(const OptimiseTask&) = delete;
    OptimiseTask& operator=(const OptimiseTask&) = delete;
    // Returns the share of the gradient steps done, 0..1.
    float progress() const;
    // Returns the gradient steps the worker has reported done, and the total it reported (1 before its first report).
    int stepsReported() const { return m_shared->done.load(); }
    int stepsTotal() const { return m_shared->total.load(); }
    // Asks the worker to stop after its current step (the result is then Cancelled).
    void cancel() { m_shared->cancel = true; }
    // Returns the outcome once the worker is done (then always the same), nullopt while it runs.
    const std::optional<ProfileOptimisation>& poll();

private:
    struct Shared {
        std::atomic<int> done{0};
        std::atomic<int> total{1};
        std::atomic<bool> cancel{false};
    };
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    std::future<ProfileOptimisation> m_future;
    std::optional<ProfileOptimisation> m_outcome;
};

// Simulates the profile's cards (from its reviews) plus newCards not yet studied over a year, for the
// retention grid 0.70..0.97 in steps of 0.01 (the slider's), with the profile's weights and daily limits.
std::vector<fsrs::SimulationPoint> simulateProfile(const std::vector<ReplayReview>& reviews, const FsrsWeights& weights,
                                                   int newCards, int newPerDay, int reviewsPerDay);

// Runs simulateProfile on a worker thread.
class SimulateTask {
public:
    SimulateTask(std::vector<ReplayReview> reviews, FsrsWeights weights, int newCards, int newPerDay, int reviewsPerDay);
    // Returns the points once the worker is done, nullopt while it runs.
    const std::optional<std::vector<fsrs::SimulationPoint>>& poll();

private:
    std::future<std::vector<fsrs::SimulationPoint>> m_future;
    std::optional<std::vector<fsrs::SimulationPoint>> m_points;
};

}  // namespace retain
