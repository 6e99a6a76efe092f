// The class report as terminal text (`retain report`): per-student totals and the item analysis, as
// tables aligned by display width (core/text/display_width.hpp), so names in any script line up and a
// long question id is cut with "…" instead of pushing its row out of line.
#pragma once

#include <string>
#include <vector>

#include "core/classroom/class_report.hpp"
#include "core/classroom/class_result.hpp"

namespace retain {

// Returns "Students (N):" and a table of each student's total score and question count, in the order
// students first appear in rows.
std::string studentTotalsText(const std::vector<ClassResultRow>& rows);

// Returns "Item analysis (N questions):", the few-students note (fewStudentsWarning(students)) and a table
// of each item's question, students, facility, discrimination (formatIndex) and flags with their reasons
// ("-" when not flagged), each row followed by the question's prompt from banks on a line of its own (cut
// with "…" past 100 columns; left out when banks do not hold the question).
std::string itemAnalysisText(const std::vector<ItemAnalysis>& items, const std::vector<Bank>& banks, int students);

}  // namespace retain
