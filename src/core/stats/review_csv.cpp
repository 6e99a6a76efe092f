// Review rows -> CSV.
#include "core/stats/review_csv.hpp"

#include <cstdio>

#include "core/text/delimited_text.hpp"
#include "core/text/number_text.hpp"
#include "core/text/utf8.hpp"

namespace retain {

namespace {

// Days since 1970-01-01 -> civil date (proleptic Gregorian), by Howard Hinnant's published algorithm.
void civilFromDays(std::int64_t days, int& year, int& month, int& day) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t monthIndex = (5 * dayOfYear + 2) / 153;
    day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

}  // namespace

std::string isoUtc(UnixMs ms) {
    std::int64_t seconds = ms / kMsPerSecond;
    if (ms % kMsPerSecond < 0) --seconds;  // floor for instants before 1970
    std::int64_t days = seconds / 86400;
    std::int64_t secondOfDay = seconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, static_cast<int>(secondOfDay / 3600),
                  static_cast<int>(secondOfDay / 60 % 60), static_cast<int>(secondOfDay % 60));
    return buffer;
}

std::string writeReviewCsv(const std::vector<ReviewCsvRow>& rows) {
    std::string out = formatDelimitedRecord(
        {"reviewed_at", "bank", "question", "rating", "score", "answer", "answer_seconds", "interval_days"}, ',');
    for (const ReviewCsvRow& row : rows) {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.3f", static_cast<double>(row.answerMs) / 1000.0);
        out += formatDelimitedRecord({isoUtc(row.reviewedAtMs), spreadsheetSafe(row.bankId), spreadsheetSafe(row.questionId),
                                      ratingName(row.rating), row.score ? exactNumberText(*row.score) : std::string(),
                                      spreadsheetSafe(repairUtf8(row.givenAnswer)), seconds,
                                      exactNumberText(row.intervalDays)},
                                     ',');
    }
    return out;
}

}  // namespace retain
