// Exams: per-student papers and attempts (see exam.hpp and docs/classroom.md).
#include "core/classroom/exam.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/seeded_random.hpp"

namespace retain {

ExamSpec makeExam(std::string title, const QuestionPick& pick, int timeLimitSeconds) {
    ExamSpec spec;
    spec.title = std::move(title);
    spec.questions = pickQuestions(pick);
    spec.seed = pick.seed;
    spec.timeLimitSeconds = std::max(timeLimitSeconds, 0);
    return spec;
}

ExamPaper makeExamPaper(const ExamSpec& spec, const std::string& student) {
    ExamPaper paper;
    paper.student = student;
    paper.seed = mixSeed(spec.seed, student);
    for (int index : seededPermutation(static_cast<int>(spec.questions.size()), paper.seed)) {
        const ClassroomQuestion& question = spec.questions[static_cast<std::size_t>(index)];
        paper.items.push_back(ExamItem{index, makeShownOrder(*question.question, mixSeed(paper.seed, question.key.text()))});
    }
    return paper;
}

ExamAttempt::ExamAttempt(ExamSpec spec, std::string student, UnixMs startedMs)
    : m_spec(std::move(spec)), m_startedMs(startedMs), m_openSinceMs(startedMs) {
    m_paper = makeExamPaper(m_spec, student);
    m_responses.resize(m_paper.items.size());
}

Question ExamAttempt::shownQuestionAt(int position) const {
    const ExamItem& item = m_paper.items.at(static_cast<std::size_t>(position));
    return shownQuestion(questionAt(position), item.options);
}

const Question& ExamAttempt::questionAt(int position) const {
    const ExamItem& item = m_paper.items.at(static_cast<std::size_t>(position));
    return *m_spec.questions[static_cast<std::size_t>(item.questionIndex)].question;
}

const CardKey& ExamAttempt::keyAt(int position) const {
    const ExamItem& item = m_paper.items.at(static_cast<std::size_t>(position));
    return m_spec.questions[static_cast<std::size_t>(item.questionIndex)].key;
}

std::optional<UnixMs> ExamAttempt::deadlineMs() const {
    if (m_spec.timeLimitSeconds <= 0) return std::nullopt;
    return m_startedMs + m_spec.timeLimitSeconds * kMsPerSecond;
}

std::optional<std::int64_t> ExamAttempt::remainingMs(UnixMs nowMs) const {
    const auto deadline = deadlineMs();
    if (!deadline) return std::nullopt;
    return std::max<std::int64_t>(*deadline - nowMs, 0);
}

bool ExamAttempt::timeUp(UnixMs nowMs) const {
    const auto deadline = deadlineMs();
    return deadline && nowMs >= *deadline;
}

void ExamAttempt::chargeOpenTime(UnixMs nowMs) {
    UnixMs until = nowMs;
    if (const auto deadline = deadlineMs()) until = std::min(until, *deadline);
    if (m_openPosition >= 0 && until > m_openSinceMs) {
        m_responses[static_cast<std::size_t>(m_openPosition)].timeMs += until - m_openSinceMs;
    }
    m_openSinceMs = std::max(m_openSinceMs, until);
}

bool ExamAttempt::show(int position, UnixMs nowMs) {
    if (!accepting(nowMs) || !validPosition(position)) return false;
    chargeOpenTime(nowMs);
    m_openPosition = position;
    return true;
}

bool ExamAttempt::answer(int position, std::string answerText, double score, UnixMs nowMs) {
    if (!show(position, nowMs)) return false;
    Response& response = m_responses[static_cast<std::size_t>(position)];
    response.answered = true;
    response.answerText = std::move(answerText);
    response.score = std::isfinite(score) ? std::clamp(score, 0.0, 1.0) : 0.0;
    return true;
}

std::optional<std::string> ExamAttempt::answerAt(int position) const {
    if (!validPosition(position)) return std::nullopt;
    const Response& response = m_responses[static_cast<std::size_t>(position)];
    if (!response.answered) return std::nullopt;
    return response.answerText;
}

int ExamAttempt::answeredCount() const {
    return static_cast<int>(std::count_if(m_responses.begin(), m_responses.end(), [](const Response& r) { return r.answered; }));
}

bool ExamAttempt::submit(UnixMs nowMs) {
    if (m_submittedMs) return false;
    chargeOpenTime(nowMs);
    UnixMs at = nowMs;
    if (const auto deadline = deadlineMs()) at = std::min(at, *deadline);
    m_submittedMs = at;
    m_openPosition = -1;
    return true;
}

std::optional<ExamRecord> ExamAttempt::record() const {
    if (!m_submittedMs) return std::nullopt;
    ExamRecord record;
    record.title = m_spec.title;
    record.seed = m_spec.seed;
    record.student = m_paper.student;
    record.timeLimitSeconds = m_spec.timeLimitSeconds;
    record.startedMs = m_startedMs;
    record.submittedMs = *m_submittedMs;
    record.rows.resize(m_spec.questions.size());
    for (std::size_t position = 0; position < m_paper.items.size(); ++position) {
        const std::size_t index = static_cast<std::size_t>(m_paper.items[position].questionIndex);
        const Response& response = m_responses[position];
        record.rows[index] = ClassResultRow{m_paper.student, m_spec.questions[index].key, response.answerText,
                                            response.answered ? response.score : 0.0,
                                            static_cast<double>(response.timeMs) / static_cast<double>(kMsPerSecond)};
    }
    return record;
}

std::optional<double> ExamAttempt::totalScore() const {
    if (!m_submittedMs) return std::nullopt;
    double total = 0.0;
    for (const Response& response : m_responses) total += response.answered ? response.score : 0.0;
    return total;
}

}  // namespace retain
