#include "core/session/fsrs_profile_tasks.hpp"

#include <chrono>
#include <cstdio>

#include "core/session/study_backend.hpp"
#include "core/storage/fsrs_review_rows.hpp"

namespace retain {

namespace {

std::string fixed4(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", value);
    return text;
}

template <typename T>
bool ready(std::future<T>& future) {
    return future.valid() && future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

}  // namespace

std::vector<ReplayReview> loadProfileReviews(StudyBackend& backend) {
    return loadFsrsReviewRows(backend.db(), backend.profile().id);
}

ProfileOptimisation optimiseProfileWeights(const std::vector<ReplayReview>& reviews, const FsrsWeights& current,
                                           const fsrs::OptimizerOptions& options) {
    ProfileOptimisation outcome;
    const std::vector<fsrs::TrainingItem> items = fsrs::buildTrainingItems(reviews);
    const fsrs::TrainingSet set = fsrs::prepareTrainingSet(items);
    outcome.result = fsrs::optimizeWeights(set, FsrsWeights{}, options);
    outcome.result.builtItems = items.size();
    outcome.current = fsrs::evaluateItems(current, set.items);
    const fsrs::OptimizerOutcome how = outcome.result.outcome;
    const bool fitted = how == fsrs::OptimizerOutcome::Optimised || how == fsrs::OptimizerOutcome::InitialOnly;
    outcome.keep = fitted && outcome.result.after.rmseBins < outcome.current.rmseBins;
    if (!fitted) {
        outcome.summary = outcome.result.message;
    } else {
        outcome.summary = "On " + std::to_string(set.items.size()) + " reviews: log loss " + fixed4(outcome.current.logLoss) +
                          " -> " + fixed4(outcome.result.after.logLoss) + ", RMSE(bins) " + fixed4(outcome.current.rmseBins) +
                          " -> " + fixed4(outcome.result.after.rmseBins) + ". " +
                          (outcome.keep ? "The new weights are kept." : "RMSE(bins) did not improve: the current weights stay.");
        if (how == fsrs::OptimizerOutcome::InitialOnly) outcome.summary += " " + outcome.result.message;
    }
    return outcome;
}

OptimiseTask::OptimiseTask(std::vector<ReplayReview> reviews, FsrsWeights current) {
    std::shared_ptr<Shared> shared = m_shared;
    m_future = std::async(std::launch::async, [shared, reviews = std::move(reviews), current]() {
        fsrs::OptimizerOptions options;
        options.progress = [shared](int done, int total) {
            shared->done = done;
            shared->total = std::max(total, 1);
            return !shared->cancel.load();
        };
        return optimiseProfileWeights(reviews, current, options);
    });
}

float OptimiseTask::progress() const {
    if (m_outcome) return 1.0f;
    return static_cast<float>(m_shared->done.load()) / static_cast<float>(std::max(m_shared->total.load(), 1));
}

const std::optional<ProfileOptimisation>& OptimiseTask::poll() {
    if (!m_outcome && ready(m_future)) m_outcome = m_future.get();
    return m_outcome;
}

std::vector<fsrs::SimulationPoint> simulateProfile(const std::vector<ReplayReview>& reviews, const FsrsWeights& weights,
                                                   int newCards, int newPerDay, int reviewsPerDay) {
    fsrs::SimulationInput input = fsrs::simulationInputFromLog(reviews, weights);
    input.cards.resize(input.cards.size() + static_cast<std::size_t>(std::max(newCards, 0)));
    fsrs::SimulationSettings settings;
    settings.weights = weights;
    settings.newPerDay = newPerDay;
    settings.reviewsPerDay = reviewsPerDay;
    settings.firstRatingShares = input.firstRatingShares;
    settings.recallRatingShares = input.recallRatingShares;
    return fsrs::simulateRetentions(input.cards, settings, fsrs::retentionGrid(0.01));
}

SimulateTask::SimulateTask(std::vector<ReplayReview> reviews, FsrsWeights weights, int newCards, int newPerDay,
                           int reviewsPerDay) {
    m_future = std::async(std::launch::async, [reviews = std::move(reviews), weights, newCards, newPerDay, reviewsPerDay]() {
        return simulateProfile(reviews, weights, newCards, newPerDay, reviewsPerDay);
    });
}

const std::optional<std::vector<fsrs::SimulationPoint>>& SimulateTask::poll() {
    if (!m_points && ready(m_future)) m_points = m_future.get();
    return m_points;
}

}  // namespace retain
