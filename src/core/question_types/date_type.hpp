// The date question type: a date or a date range, to the year, the month or the day.
#pragma once

#include "core/question_types/type_pieces.hpp"
#include "core/calendar/calendar_date.hpp"

namespace retain {

struct DateAnswer {
    static constexpr const char* kName = "date";
    static constexpr std::array<std::string_view, 2> kKeys = {"answer", "precision"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    CalendarDate from;
    CalendarDate to;         // equal to from unless the answer is a range
    DatePrecision precision = DatePrecision::Day;
    bool isRange() const { return !(from == to); }
};

// The pieces of the date type, defined in date_type.cpp (see type_pieces.hpp).
RETAIN_QUESTION_TYPE_PIECES(DateAnswer);
using DateType = QuestionTypeOf<DateAnswer>;

}  // namespace retain
