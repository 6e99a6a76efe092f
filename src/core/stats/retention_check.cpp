#include "core/stats/retention_check.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace retain {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();


// Returns the calibration bin of a prediction: [edge i, edge i+1), the last bin closed at 1.
std::size_t calibrationBin(double predicted) {
    for (std::size_t i = 1; i + 1 < kCalibrationEdges.size(); ++i) {
        if (predicted < kCalibrationEdges[i]) return i - 1;
    }
    return kCalibrationEdges.size() - 2;
}

}  // namespace

CheckReport buildCheckReport(const std::vector<CheckAnswer>& answers) {
    CheckReport report;
    std::map<std::string, TagScore> tags;
    double scoreSum = 0.0;
    double predictedSum = 0.0;
    int predictedRecalled = 0;
    const std::size_t binCount = kCalibrationEdges.size() - 1;
    std::vector<double> binPredicted(binCount, 0.0);
    std::vector<int> binRecalled(binCount, 0);
    for (std::size_t i = 0; i < binCount; ++i)
        report.calibration.push_back(CalibrationBin{kCalibrationEdges[i], kCalibrationEdges[i + 1], 0, kNaN, kNaN});

    for (const CheckAnswer& answer : answers) {
        ++report.questions;
        report.recalled += answer.recalled ? 1 : 0;
        scoreSum += answer.score;
        for (const std::string& tag : answer.tags) {
            TagScore& score = tags[tag];
            score.tag = tag;
            ++score.questions;
            score.recalled += answer.recalled ? 1 : 0;
            score.meanScore += answer.score;  // a sum until divided below
        }
        if (!answer.recalled) report.forgotten.push_back(answer);
        if (answer.predicted) {
            ++report.predictedQuestions;
            predictedSum += *answer.predicted;
            predictedRecalled += answer.recalled ? 1 : 0;
            const std::size_t bin = calibrationBin(*answer.predicted);
            ++report.calibration[bin].questions;
            binPredicted[bin] += *answer.predicted;
            binRecalled[bin] += answer.recalled ? 1 : 0;
        }
    }
    report.meanScore = report.questions > 0 ? scoreSum / report.questions : kNaN;
    report.meanPredicted = report.predictedQuestions > 0 ? predictedSum / report.predictedQuestions : kNaN;
    report.predictedActual = shareOf(predictedRecalled, report.predictedQuestions);
    for (std::size_t i = 0; i < binCount; ++i) {
        CalibrationBin& bin = report.calibration[i];
        if (bin.questions == 0) continue;
        bin.meanPredicted = binPredicted[i] / bin.questions;
        bin.recalledShare = static_cast<double>(binRecalled[i]) / bin.questions;
    }
    for (auto& [name, score] : tags) {
        score.meanScore /= score.questions;
        report.tags.push_back(std::move(score));
    }
    return report;
}

RetentionCheck::RetentionCheck(std::vector<CheckItem> items, const std::map<CardKey, StoredCard>& cards,
                               const Scheduler& scheduler, const Clock& clock)
    : m_items(std::move(items)), m_clock(clock), m_startedMs(clock.nowMs()) {
    m_timer.start(m_startedMs);
    for (const CheckItem& item : m_items) {
        const auto found = cards.find(item.key);
        if (found == cards.end() || found->second.memory.phase == CardPhase::New) {
            m_before.emplace_back();
            m_predicted.emplace_back();
            continue;
        }
        m_before.emplace_back(found->second.memory);
        m_predicted.emplace_back(scheduler.retrievability(found->second.memory, m_startedMs));
    }
}

const CheckItem* RetentionCheck::current() const {
    return finished() ? nullptr : &m_items[m_answers.size()];
}

CheckAnswer RetentionCheck::started() const {
    if (finished()) throw std::logic_error("RetentionCheck: every item is answered");
    const std::size_t index = m_answers.size();
    const CheckItem& item = m_items[index];
    CheckAnswer answer;
    answer.key = item.key;
    answer.prompt = item.question->prompt;
    answer.tags = item.question->tags;
    answer.predicted = m_predicted[index];
    answer.before = m_before[index];
    answer.expected = expectedAnswerText(*item.question);
    answer.answeredMs = m_clock.nowMs();
    answer.durationMs = m_timer.elapsedMs(answer.answeredMs);
    return answer;
}

bool RetentionCheck::answer(const LearnerAnswer& given) {
    CheckAnswer answer = started();
    const double elapsedSeconds = static_cast<double>(answer.durationMs) / static_cast<double>(kMsPerSecond);
    const GradeResult grade = gradeAnswer(*m_items[m_answers.size()].question, given, elapsedSeconds);
    if (grade.verdict == Verdict::Refused) return false;
    answer.score = grade.score;
    answer.recalled = grade.score >= kRecalledScore;
    answer.suggested = grade.suggested;
    answer.response = given.text;
    if (answer.response.empty()) {
        for (const PartFeedback& part : grade.parts) answer.response += (answer.response.empty() ? "" : "; ") + part.given;
    }
    m_answers.push_back(std::move(answer));
    m_timer.start(m_clock.nowMs());  // the next item goes on screen now
    return true;
}

void RetentionCheck::skip() {
    CheckAnswer answer = started();
    answer.suggested = Rating::Again;
    m_answers.push_back(std::move(answer));
    m_timer.start(m_clock.nowMs());
}

}  // namespace retain
