// Calendar dates as banks and graders use them: a year, a month or a day, with the precision it was
// written to. The one home of month names, leap years and the ISO forms "2018", "2018-05", "2018-05-26".
#pragma once

#include <string>
#include <string_view>

namespace retain {

enum class DatePrecision { Year, Month, Day };

// A calendar date; month and day are 0 when the precision does not reach them.
struct CalendarDate {
    int year = 0;
    int month = 0;  // 1..12, or 0
    int day = 0;    // 1..31, or 0
    bool operator==(const CalendarDate&) const = default;
};

// True for a Gregorian leap year.
bool isLeapYear(int year);
// Returns the number of days of month (1..12) in year.
int daysInMonth(int year, int month);
// Returns the English month name ("January"), or "?" outside 1..12.
const char* monthName(int month);
// Returns the three-letter English month name ("Jan"), or "?" outside 1..12.
const char* monthShortName(int month);
// Returns "year", "month" or "day".
const char* precisionName(DatePrecision precision);
// Parses "year", "month" or "day"; false for anything else.
bool parsePrecisionName(std::string_view name, DatePrecision& out);

// Returns date with the parts finer than precision set to 0.
CalendarDate truncateDate(CalendarDate date, DatePrecision precision);
// True when a comes before b (0 parts compare as earliest).
bool dateBefore(const CalendarDate& a, const CalendarDate& b);
// Returns the precision a date's own form shows: Year when month is 0, Month when day is 0, else Day.
DatePrecision precisionOfForm(const CalendarDate& date);

// Parses "2018", "2018-05" or "2018-05-26" (a real calendar date; blanks around are ignored); precision
// follows the form.
bool parseIsoDate(std::string_view text, CalendarDate& out, DatePrecision& precision);
// Writes date as "2018", "2018-05" or "2018-05-26", as far as its parts are set.
std::string isoDate(const CalendarDate& date);
// One date at the given precision in words: "May 26, 2018", "May 2018" or "2018".
std::string dateInWords(const CalendarDate& date, DatePrecision precision);

}  // namespace retain
