// Reading a typed date or date range: "May 25, 2018", "25 May 2018", "2018-05-25", "25.05.2018",
// "May 25–26, 2018", "25-26 May 2018", "May 2018", "2018". Slash and dash forms with the day and month
// both 12 or below ("05/06/2018") are refused as ambiguous, never guessed.
#pragma once

#include <string>
#include <string_view>

#include "core/bank/question.hpp"

namespace retain {

enum class DateStatus {
    Ok,
    Empty,        // nothing but white space
    Unreadable,   // not a date form this parser knows, or a part is missing (no year)
    Ambiguous,    // day and month could be swapped ("05/06/2018")
    Invalid,      // a date that does not exist ("31 June 2018") or a range that ends before it starts
};

struct ParsedDate {
    DateStatus status = DateStatus::Empty;
    CalendarDate from;                           // month/day 0 beyond the precision
    CalendarDate to;                             // equal to from for a single date
    DatePrecision precision = DatePrecision::Year;  // the coarser precision of the two ends
    std::string message;                         // why the text was not read, for the learner; empty when Ok

    bool isRange() const { return !(from == to); }
};

// Reads text as one date or a range of two. Day-first for dotted forms ("25.05.2018"); year-first for
// ISO forms; slash or dash forms only when the reading is unique ("25/05/2018", "05/25/2018").
// Years are written with four digits.
ParsedDate parseDate(std::string_view text);

}  // namespace retain
