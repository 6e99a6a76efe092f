// The class report: every student's answer as CSV, and item analysis per question with Moodle's
// definitions (facility index, discrimination index) and flags for the teacher. Rules and the degenerate
// cases are in docs/classroom.md.
#pragma once

#include <string>
#include <vector>

#include "core/bank/question.hpp"
#include "core/classroom/class_result.hpp"

namespace retain {

// Returns the rows as CSV (RFC 4180, CRLF line ends, fields quoted when needed) with the header
// student,bank,question,answer,score,time_seconds; numbers as the shortest exact decimal.
std::string classResultsCsv(const std::vector<ClassResultRow>& rows);

// When a question is flagged.
struct ItemThresholds {
    double facilityAbove = 0.9;        // flagged as too easy when facility > this
    double facilityBelow = 0.2;        // flagged as too hard when facility < this
    double discriminationBelow = 0.2;  // flagged when discrimination < this (never when undefined)
};

enum class ItemFlag { TooEasy, TooHard, LowDiscrimination };

// Returns "too easy", "too hard" or "low discrimination".
const char* itemFlagName(ItemFlag flag);

// Item analysis of one question.
struct ItemAnalysis {
    CardKey key;
    int students = 0;              // students with a row for this question
    double meanScore = 0.0;        // mean of their scores, 0..1
    double facility = 0.0;         // mean score / maximum score (1), 0..1
    double discrimination = 0.0;   // Pearson r of question score vs rest-of-test score, -1..1; NaN = undefined
    std::vector<ItemFlag> flags;   // in the order TooEasy, TooHard, LowDiscrimination
    std::string reason;            // the flags with their numbers, "; "-separated; "" when not flagged
    bool flagged() const { return !flags.empty(); }
};

// Analyses each question in rows (in the order questions first appear). A student's total is the sum of
// all their scores; a question's rest-of-test score is that total minus the question's score. Only the
// students with a row for a question count for it; when a student has two rows for one question the last
// one counts. Discrimination is NaN (and never flagged) with fewer than two students or when either score
// has zero variance.
std::vector<ItemAnalysis> analyseItems(const std::vector<ClassResultRow>& rows, const ItemThresholds& thresholds = {});

// Returns value with three decimals ("0.750"), or "n/a" when it is NaN.
std::string formatIndex(double value);

// Returns the analysis as CSV (RFC 4180, CRLF) with the header
// bank,question,students,facility,discrimination,flagged,reason (indices via formatIndex, flagged 0/1).
std::string itemAnalysisCsv(const std::vector<ItemAnalysis>& items);

// Below this many students a discrimination index is mostly noise (one student's luck moves it by tenths),
// so the report warns beside it. 5 as in docs/classroom_lists.md.
constexpr int kItemAnalysisMinStudents = 5;

// Returns the warning to show when only students students took the exam ("" from
// kItemAnalysisMinStudents on).
std::string fewStudentsWarning(int students);

// Returns the prompt of key's question in banks, or key.text() ("bank/question") when it is not there
// (a bank removed or renamed since the exam).
std::string questionPrompt(const std::vector<Bank>& banks, const CardKey& key);

}  // namespace retain
