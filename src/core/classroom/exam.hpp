// A check on the lab machines: a fixed question set chosen with a seed, shown to each student in their own
// order (questions and options shuffled from the seed and the student's name), a time limit, and no
// feedback until the student submits. Rules in docs/classroom.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/bank/question.hpp"
#include "core/classroom/class_result.hpp"
#include "core/classroom/classroom_question.hpp"
#include "core/session/shown_order.hpp"
#include "core/types.hpp"

namespace retain {

// What every student of one exam gets.
struct ExamSpec {
    std::string title;
    std::vector<ClassroomQuestion> questions;  // the fixed set, in its canonical order
    std::uint64_t seed = 0;                    // every student's order derives from it
    int timeLimitSeconds = 0;                  // seconds from the start; 0 = no limit
};

// Returns an exam over pick's questions (pickQuestions), with pick.seed as the exam seed.
ExamSpec makeExam(std::string title, const QuestionPick& pick, int timeLimitSeconds);

// One question as a student sees it.
struct ExamItem {
    int questionIndex = 0;  // into ExamSpec::questions
    ShownOrder options;     // shown position -> original index of choices, ordering items, matching rights
};

// One student's question order and option orders.
struct ExamPaper {
    std::string student;
    std::uint64_t seed = 0;       // mixSeed(exam seed, student)
    std::vector<ExamItem> items;  // in shown order
};

// Returns student's paper: the same exam seed and name always give the same paper. Question order is
// seededPermutation(count, paper seed); options come from makeShownOrder(question, mixSeed(paper seed,
// card key)), which keeps choices in place when the bank says shuffle: false.
ExamPaper makeExamPaper(const ExamSpec& spec, const std::string& student);

// A finished attempt as a store would keep it.
struct ExamRecord {
    std::string title;
    std::uint64_t seed = 0;          // the exam seed
    std::string student;
    int timeLimitSeconds = 0;        // 0 = none
    UnixMs startedMs = 0;            // Unix ms
    UnixMs submittedMs = 0;          // Unix ms (the deadline when submitted late)
    std::vector<ClassResultRow> rows;  // one per question, in the exam's canonical order
};

// One student taking an exam. Time is charged to the question that is open: opening another question, or
// answering one, closes the previous interval. Nothing about scores is visible until submit.
class ExamAttempt {
public:
    // Starts student's attempt at startedMs (Unix ms). The spec is copied; its Question pointers must
    // stay valid.
    ExamAttempt(ExamSpec spec, std::string student, UnixMs startedMs);

    const ExamSpec& spec() const { return m_spec; }
    const ExamPaper& paper() const { return m_paper; }
    const std::string& student() const { return m_paper.student; }
    // Returns the number of questions.
    int size() const { return static_cast<int>(m_paper.items.size()); }

    // Returns the question at shown position (0-based) with its options in shown order, for display and
    // for parseShownAnswer. Throws std::out_of_range for a bad position.
    Question shownQuestionAt(int position) const;
    // Returns the bank question at shown position (original option order, for grading).
    const Question& questionAt(int position) const;
    // Returns the card key at shown position.
    const CardKey& keyAt(int position) const;

    // Returns the deadline, Unix ms, or nothing without a time limit.
    std::optional<UnixMs> deadlineMs() const;
    // Returns the time left at nowMs, ms (>= 0), or nothing without a time limit.
    std::optional<std::int64_t> remainingMs(UnixMs nowMs) const;
    // Returns true when there is a limit and it has passed at nowMs.
    bool timeUp(UnixMs nowMs) const;
    // Returns true when the student may still answer at nowMs (not submitted, time not up).
    bool accepting(UnixMs nowMs) const { return !m_submittedMs && !timeUp(nowMs); }

    // Shows the question at position from nowMs on; returns false (nothing changes) when not accepting or
    // the position is bad.
    bool show(int position, UnixMs nowMs);
    // Returns the shown position now open, or -1 before the first show.
    int shownPosition() const { return m_openPosition; }

    // Records (or replaces) the answer at position with the grader's score 0..1, kept hidden until submit;
    // answerText is in the bank's terms. Also shows position. Returns false when not accepting or
    // the position is bad.
    bool answer(int position, std::string answerText, double score, UnixMs nowMs);
    // Returns the answer text given at position, or nothing (no score: no feedback before submission).
    std::optional<std::string> answerAt(int position) const;
    // Returns how many questions have an answer.
    int answeredCount() const;

    // Ends the attempt at nowMs (at the deadline when later). Returns false when already submitted.
    bool submit(UnixMs nowMs);
    bool submitted() const { return m_submittedMs.has_value(); }

    // Returns the results after submit (nothing before): one row per question in canonical order; an
    // unanswered question has answer "" and score 0.
    std::optional<ExamRecord> record() const;
    // Returns the sum of scores (0..size) after submit, nothing before.
    std::optional<double> totalScore() const;

private:
    // One question's state, by shown position.
    struct Response {
        bool answered = false;
        std::string answerText;
        double score = 0.0;          // 0..1
        std::int64_t timeMs = 0;     // time the question was open, ms
    };

    // Charges the open question with the time from the last change to nowMs (capped at the deadline).
    void chargeOpenTime(UnixMs nowMs);
    bool validPosition(int position) const { return position >= 0 && position < size(); }

    ExamSpec m_spec;
    ExamPaper m_paper;
    UnixMs m_startedMs;
    std::vector<Response> m_responses;     // by shown position
    int m_openPosition = -1;               // shown position open now; -1 = none yet
    UnixMs m_openSinceMs;                  // when the open question was opened, Unix ms
    std::optional<UnixMs> m_submittedMs;   // Unix ms
};

}  // namespace retain
