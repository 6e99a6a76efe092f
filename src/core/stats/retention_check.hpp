// A retention check: the sampled questions are asked one after another with no feedback, then a report
// gives the score per tag, the facts forgotten, and how the result compares with the recall the scheduler
// predicted for those questions. Rules in docs/statistics.md; storing a check is check_repository.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/grading/grader.hpp"
#include "core/scheduler/scheduler.hpp"
#include "core/session/answer_timer.hpp"
#include "core/stats/check_sampler.hpp"
#include "core/stats/stats_log.hpp"

namespace retain {

// A question counts as recalled when the grader's score reaches this (the score at which the grader
// suggests Hard rather than Again, so "recalled" here and "pass" in true retention agree).
constexpr double kRecalledScore = 0.5;

// One answered question of a check.
struct CheckAnswer {
    CardKey key;
    std::string prompt;
    std::vector<std::string> tags;
    std::optional<double> predicted;   // the scheduler's recall probability 0..1 at the check's start; none when new
    std::optional<CardMemory> before;  // the card's state at the start; none when new (never studied)
    double score = 0.0;                // grader's score 0..1 (0 when skipped)
    bool recalled = false;             // score >= kRecalledScore
    std::string response;              // the answer as typed or chosen ("" when skipped)
    std::string expected;              // the canonical answer, for the report
    Rating suggested = Rating::Again;  // the grader's rating, used when the check counts as reviews
    UnixMs answeredMs = 0;             // Unix ms
    std::int64_t durationMs = 0;       // time spent answering, ms
};

// The score of one tag.
struct TagScore {
    std::string tag;
    int questions = 0;
    int recalled = 0;
    double meanScore = 0.0;  // mean grader score 0..1
};

// One row of the calibration table: the questions whose prediction fell in [from, to) ([from, 1] for the last).
struct CalibrationBin {
    double from = 0.0;
    double to = 1.0;
    int questions = 0;
    double meanPredicted = 0.0;  // NaN when empty
    double recalledShare = 0.0;  // actual share recalled; NaN when empty
};

// The edges of the calibration bins, recall probability.
inline constexpr std::array<double, 7> kCalibrationEdges{0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0};

struct CheckReport {
    int questions = 0;
    int recalled = 0;
    double meanScore = 0.0;          // mean grader score over every question, 0..1
    int predictedQuestions = 0;      // questions that had a prediction (studied before the check)
    double meanPredicted = 0.0;      // mean predicted recall of those, 0..1; NaN when none
    double predictedActual = 0.0;    // share of those actually recalled; NaN when none
    std::vector<TagScore> tags;      // every tag of the questions, by name; a question counts in each of its tags
    std::vector<CheckAnswer> forgotten;  // the questions not recalled, in the order asked
    std::vector<CalibrationBin> calibration;  // one row per kCalibrationEdges bin
};

// Returns the report of a finished check's answers.
CheckReport buildCheckReport(const std::vector<CheckAnswer>& answers);

// One finished check as stored.
struct CheckRecord {
    std::int64_t id = 0;            // assigned by saveCheck
    ProfileId profileId = 0;
    UnixMs startedMs = 0;           // Unix ms
    UnixMs finishedMs = 0;          // Unix ms
    std::uint64_t seed = 0;         // the sampler's seed
    std::vector<std::string> bankIds;  // the banks sampled
    bool countedAsReviews = false;  // the learner chose to let the answers count as reviews
    // In the order asked. Loaded answers carry key, tags, predicted, score, recalled, response and
    // expected; prompt, before, suggested, answeredMs and durationMs are not stored.
    std::vector<CheckAnswer> answers;
};

// A check in progress: asks the items in order and grades each answer, showing nothing until the end.
class RetentionCheck {
public:
    // Predictions come from scheduler at the clock's now for each item's stored card (cards: the profile's
    // stored cards; an item without a row, or still new, has no prediction). clock and scheduler must
    // outlive the check.
    RetentionCheck(std::vector<CheckItem> items, const std::map<CardKey, StoredCard>& cards,
                   const Scheduler& scheduler, const Clock& clock);

    // Returns the item to ask now, or nullptr when every item is answered.
    const CheckItem* current() const;
    // Returns how many items there are and how many are answered.
    std::size_t size() const { return m_items.size(); }
    std::size_t answeredCount() const { return m_answers.size(); }
    bool finished() const { return m_answers.size() >= m_items.size(); }
    UnixMs startedMs() const { return m_startedMs; }

    // Records that the current item went on screen now: its answer's time counts from here (the start
    // and each answer or skip set it too; a front end that shows the item later calls this when it does).
    void markShown() { m_timer.start(m_clock.nowMs()); }
    // Stops counting the current item's answer time now (the check left the screen); resume counts on.
    void pauseAnswerTime() { m_timer.pause(m_clock.nowMs()); }
    void resumeAnswerTime() { m_timer.resume(m_clock.nowMs()); }
    // Grades answer for the current item, timed from when it was shown to the clock's now, and moves on.
    // Returns false, keeping the item, when the grader refuses the input (unreadable or ambiguous:
    // ask again). Requires a current item.
    bool answer(const LearnerAnswer& answer);
    // Records "I don't know" for the current item (score 0) and moves on. Requires a current item.
    void skip();

    // Returns the answers so far, in the order asked.
    const std::vector<CheckAnswer>& answers() const { return m_answers; }
    // Returns the report of the answers so far (the whole check once finished()).
    CheckReport report() const { return buildCheckReport(m_answers); }

private:
    CheckAnswer started() const;

    std::vector<CheckItem> m_items;
    std::vector<std::optional<CardMemory>> m_before;  // per item
    std::vector<std::optional<double>> m_predicted;   // per item
    const Clock& m_clock;
    UnixMs m_startedMs = 0;
    AnswerTimer m_timer;  // the current item's answer time: on screen since shown, pauses left out
    std::vector<CheckAnswer> m_answers;
};

}  // namespace retain
