// Reading review logs in two layouts (fsrs_review_log.hpp).
//
// [SECTION] ISO-8601 times
// [SECTION] the two layouts
#include "core/scheduler/fsrs_review_log.hpp"

#include <charconv>
#include <istream>
#include <sstream>

#include "core/calendar/calendar_date.hpp"

namespace retain::fsrs {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (the days-from-civil algorithm).
long long daysFromCivil(int year, int month, int day) {
    year -= month <= 2 ? 1 : 0;
    const long long era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = static_cast<int>(year - era * 400);
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// Reads exactly count digits at text[pos..] into value; false when they are not digits.
bool digits(std::string_view text, std::size_t pos, std::size_t count, int& value) {
    if (pos + count > text.size()) return false;
    const auto [end, code] = std::from_chars(text.data() + pos, text.data() + pos + count, value);
    return code == std::errc() && end == text.data() + pos + count;
}

std::string where(int line, std::size_t column) {
    return "line " + std::to_string(line) + ", column " + std::to_string(column + 1) + ": ";
}

}  // namespace

// [SECTION] ISO-8601 times ------------------------------------------------------------------------

std::optional<UnixMs> parseIsoTime(std::string_view text) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, year) || text.size() < 19 || text[4] != '-' || !digits(text, 5, 2, month) ||
        text[7] != '-' || !digits(text, 8, 2, day) || (text[10] != 'T' && text[10] != ' ') ||
        !digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':' ||
        !digits(text, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return std::nullopt;
    std::size_t pos = 19;
    long long millis = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        long long scale = 100;
        const std::size_t first = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            millis += (text[pos] - '0') * scale;  // digits past the third only truncate
            scale /= 10;
            ++pos;
        }
        if (pos == first) return std::nullopt;
    }
    long long offsetMinutes = 0;
    if (pos < text.size() && text[pos] == 'Z') {
        ++pos;
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        int offsetHour = 0, offsetMinute = 0;
        const int sign = text[pos] == '-' ? -1 : 1;
        if (!digits(text, pos + 1, 2, offsetHour) || pos + 3 >= text.size() || text[pos + 3] != ':' ||
            !digits(text, pos + 4, 2, offsetMinute))
            return std::nullopt;
        offsetMinutes = sign * (offsetHour * 60LL + offsetMinute);
        pos += 6;
    } else {
        return std::nullopt;  // a time without a zone is ambiguous
    }
    if (pos != text.size()) return std::nullopt;
    const long long seconds = daysFromCivil(year, month, day) * 86400LL + hour * 3600LL + minute * 60LL + second -
                              offsetMinutes * 60LL;
    return seconds * 1000 + millis;
}

// [SECTION] the two layouts -----------------------------------------------------------------------

bool parseReviewLog(std::istream& input, std::vector<ReplayReview>& reviews, std::string& error) {
    // Read it all first, so the header can be looked at even on a pipe (logs are a few MB at most).
    std::stringstream text;
    text << input.rdbuf();
    std::string first;
    std::getline(text, first);
    const std::vector<std::string_view> firstFields = splitReplayFields(first);
    if (firstFields.size() < 3 || firstFields[1] != "review_rating") {
        text.clear();
        text.seekg(0);
        return parseReplayCsv(text, reviews, error);  // Retain's replay rows
    }
    std::istream& rows = text;
    const std::vector<std::string_view> header = splitReplayFields(first);
    std::size_t idColumn = header.size(), ratingColumn = header.size(), timeColumn = header.size();
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == "card_id") idColumn = i;
        if (header[i] == "review_rating") ratingColumn = i;
        if (header[i] == "review_time") timeColumn = i;
    }
    if (idColumn == header.size() || timeColumn == header.size()) {
        error = "line 1: the header needs card_id, review_rating and review_time";
        return false;
    }
    std::string raw;
    int line = 1;
    while (std::getline(rows, raw)) {
        ++line;
        const std::vector<std::string_view> row = splitReplayFields(raw);
        if (row.size() == 1 && row.front().empty()) continue;  // a blank line
        if (row.size() != header.size()) {
            error = "line " + std::to_string(line) + ": expected " + std::to_string(header.size()) + " fields, found " +
                    std::to_string(row.size());
            return false;
        }
        ReplayReview review;
        review.line = line;
        review.cardId = std::string(row[idColumn]);
        if (review.cardId.empty()) {
            error = where(line, idColumn) + "empty card_id";
            return false;
        }
        int rating = 0;
        const std::string_view ratingText = row[ratingColumn];
        const auto [end, code] = std::from_chars(ratingText.data(), ratingText.data() + ratingText.size(), rating);
        if (code != std::errc() || end != ratingText.data() + ratingText.size() || rating < 1 || rating > 4) {
            error = where(line, ratingColumn) + "review_rating must be 1, 2, 3 or 4, found '" + std::string(ratingText) + "'";
            return false;
        }
        const std::optional<UnixMs> time = parseIsoTime(row[timeColumn]);
        if (!time || *time < 0) {
            error = where(line, timeColumn) + "review_time must be an ISO-8601 time with a zone, found '" +
                    std::string(row[timeColumn]) + "'";
            return false;
        }
        review.timeMs = *time;
        review.rating = static_cast<Rating>(rating);
        reviews.push_back(std::move(review));
    }
    return true;
}

}  // namespace retain::fsrs
