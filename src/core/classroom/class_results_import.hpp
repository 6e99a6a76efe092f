// Results handed in as a file: the CSV that the Class report's Export and `retain report --csv` write
// (classResultsCsv), read back so another machine's results join a report (`retain report --results
// FILE.csv`). The file carries no attempt ids, so a row already in a data folder of the same report is
// recognised by its content and counted once. Rules in docs/classroom_lists.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bank/problem.hpp"
#include "core/classroom/class_report_merge.hpp"

namespace retain {

// What a results CSV held.
struct ClassResultsFile {
    std::vector<AttributedResultRow> rows;  // in file order; attempt "file|FILE|student" (one per student)
    ProblemList problems;                   // a wrong header (nothing read) or skipped lines, as FILE:LINE
};

// Reads text, a CSV with the header student,bank,question,answer,score,time_seconds (further columns
// ignored), one row per student and question. A leading apostrophe that spreadsheetSafe added before
// = + - @ or a tab is removed again. A line with a blank student, bank or question, a score outside 0..1 or
// a negative or unreadable number is skipped with a warning naming fileName and the line.
ClassResultsFile readClassResultsCsv(std::string_view text, const std::string& fileName);

// Removes from imported every row equal to a row of sources (same student, ASCII case and end blanks
// ignored, same bank, question, answer, score and time): the file repeats what a data folder already
// holds. Returns how many rows were removed.
int dropRowsAlreadyIn(std::vector<AttributedResultRow>& imported, const std::vector<std::vector<AttributedResultRow>>& sources);

}  // namespace retain
