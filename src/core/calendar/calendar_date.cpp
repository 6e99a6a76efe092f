// Calendar dates (see calendar_date.hpp).
#include "core/calendar/calendar_date.hpp"

#include <array>
#include <charconv>
#include <cstdio>

#include "core/text/trim.hpp"

namespace retain {

namespace {

constexpr std::array<const char*, 12> kMonthNames = {"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};

// Reads exactly `digits` decimal digits at text[pos...].
bool readDigits(std::string_view text, std::size_t pos, std::size_t digits, int& out) {
    if (pos + digits > text.size()) return false;
    for (std::size_t i = pos; i < pos + digits; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    const auto result = std::from_chars(text.data() + pos, text.data() + pos + digits, out);
    return result.ec == std::errc();
}

}  // namespace

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeapYear(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

const char* monthName(int month) {
    return (month >= 1 && month <= 12) ? kMonthNames[static_cast<std::size_t>(month - 1)] : "?";
}

const char* monthShortName(int month) {
    static constexpr std::array<const char*, 12> names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return (month >= 1 && month <= 12) ? names[static_cast<std::size_t>(month - 1)] : "?";
}

const char* precisionName(DatePrecision precision) {
    switch (precision) {
        case DatePrecision::Year: return "year";
        case DatePrecision::Month: return "month";
        case DatePrecision::Day: return "day";
    }
    return "day";
}

bool parsePrecisionName(std::string_view name, DatePrecision& out) {
    for (DatePrecision precision : {DatePrecision::Year, DatePrecision::Month, DatePrecision::Day}) {
        if (name == precisionName(precision)) {
            out = precision;
            return true;
        }
    }
    return false;
}

CalendarDate truncateDate(CalendarDate date, DatePrecision precision) {
    if (precision != DatePrecision::Day) date.day = 0;
    if (precision == DatePrecision::Year) date.month = 0;
    return date;
}

bool dateBefore(const CalendarDate& a, const CalendarDate& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
}

DatePrecision precisionOfForm(const CalendarDate& date) {
    if (date.month == 0) return DatePrecision::Year;
    return date.day == 0 ? DatePrecision::Month : DatePrecision::Day;
}

bool parseIsoDate(std::string_view text, CalendarDate& out, DatePrecision& precision) {
    text = trimBlanks(text);
    CalendarDate date;
    if (!readDigits(text, 0, 4, date.year)) return false;
    if (text.size() == 4) {
        precision = DatePrecision::Year;
    } else if (text.size() == 7 && text[4] == '-' && readDigits(text, 5, 2, date.month)) {
        precision = DatePrecision::Month;
    } else if (text.size() == 10 && text[4] == '-' && text[7] == '-' && readDigits(text, 5, 2, date.month) &&
               readDigits(text, 8, 2, date.day)) {
        precision = DatePrecision::Day;
    } else {
        return false;
    }
    if (precision != DatePrecision::Year && (date.month < 1 || date.month > 12)) return false;
    if (precision == DatePrecision::Day && (date.day < 1 || date.day > daysInMonth(date.year, date.month))) return false;
    out = date;
    return true;
}

std::string isoDate(const CalendarDate& date) {
    char buffer[32];
    if (date.month > 0 && date.day > 0) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    } else if (date.month > 0) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
    } else {
        std::snprintf(buffer, sizeof buffer, "%04d", date.year);
    }
    return buffer;
}

std::string dateInWords(const CalendarDate& date, DatePrecision precision) {
    const std::string year = std::to_string(date.year);
    switch (precision) {
        case DatePrecision::Year: return year;
        case DatePrecision::Month: return std::string(monthName(date.month)) + " " + year;
        case DatePrecision::Day: return std::string(monthName(date.month)) + " " + std::to_string(date.day) + ", " + year;
    }
    return year;
}

}  // namespace retain
