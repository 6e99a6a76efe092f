// Reading typed dates (see date_parser.hpp).
//
// [SECTION] vocabulary
// [SECTION] tokens
// [SECTION] numeric forms (2018-05-25, 25.05.2018, 05/25/2018)
// [SECTION] terms and ranges
// [SECTION] parseDate
#include "core/grading/date_parser.hpp"

#include <array>
#include <optional>
#include <vector>

#include "core/grading/date_phrases.hpp"
#include "core/grading/normalize.hpp"

namespace retain {

// [SECTION] vocabulary ---------------------------------------------------------------------------

namespace {

struct MonthName {
    std::string_view text;
    int month;
};

constexpr std::array<MonthName, 25> kMonths = {{
    {"january", 1}, {"jan", 1},  {"february", 2}, {"feb", 2},   {"march", 3},    {"mar", 3},  {"april", 4},
    {"apr", 4},     {"may", 5},  {"june", 6},     {"jun", 6},   {"july", 7},     {"jul", 7},  {"august", 8},
    {"aug", 8},     {"september", 9}, {"sep", 9}, {"sept", 9},  {"october", 10}, {"oct", 10}, {"november", 11},
    {"nov", 11},    {"december", 12}, {"dec", 12}, {"mai", 5},
}};

// Words that join the two ends of a range.
constexpr std::array<std::string_view, 6> kRangeWords = {"to", "until", "till", "through", "thru", "and"};
// Words that carry no date information.
constexpr std::array<std::string_view, 14> kFillers = {"of",        "the",      "on",      "in",     "from",
                                                       "between",   "year",     "monday",  "tuesday", "wednesday",
                                                       "thursday",  "friday",   "saturday", "sunday"};
constexpr std::array<std::string_view, 4> kOrdinals = {"st", "nd", "rd", "th"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& table, std::string_view word) {
    for (std::string_view entry : table) {
        if (entry == word) return true;
    }
    return false;
}

std::optional<int> monthOf(std::string_view word) {
    for (const MonthName& name : kMonths) {
        if (name.text == word) return name.month;
    }
    return std::nullopt;
}

// [SECTION] tokens -------------------------------------------------------------------------------

enum class TokenKind { Number, Month, Dash, Compound };

struct Token {
    TokenKind kind = TokenKind::Number;
    int value = 0;                // Number: its value; Month: 1..12
    int digits = 0;               // Number: how many digits were written
    bool ordinal = false;         // Number: followed by st/nd/rd/th
    std::vector<int> parts;       // Compound: the numbers of "2018-05-25", "25.05.2018", "05/06/2018"
    std::vector<int> partDigits;  // Compound: digits written in each part
    char separator = 0;           // Compound: '-', '.' or '/'
};

Token dashToken() {
    Token token;
    token.kind = TokenKind::Dash;
    return token;
}

Token numberToken(int value, int digits) {
    Token token;
    token.value = value;
    token.digits = digits;
    return token;
}

struct Failure {
    DateStatus status = DateStatus::Unreadable;
    std::string message;
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }

// Reads digits at pos; fails (returns false) beyond 9 digits so the value fits an int.
bool readDigits(const std::string& s, std::size_t& pos, int& value, int& digits) {
    value = 0;
    digits = 0;
    while (pos < s.size() && isDigit(s[pos])) {
        if (++digits > 9) return false;
        value = value * 10 + (s[pos++] - '0');
    }
    return true;
}

// Splits normalised text into numbers, month names, range dashes and compound numeric dates.
std::optional<std::vector<Token>> tokenize(const std::string& s, Failure& failure) {
    std::vector<Token> tokens;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const char c = s[pos];
        if (isDigit(c)) {
            Token token;
            if (!readDigits(s, pos, token.value, token.digits)) return std::nullopt;
            const bool compound = pos + 1 < s.size() && (s[pos] == '-' || s[pos] == '.' || s[pos] == '/') && isDigit(s[pos + 1]);
            if (compound) {
                token.kind = TokenKind::Compound;
                token.separator = s[pos];
                token.parts.push_back(token.value);
                token.partDigits.push_back(token.digits);
                while (pos + 1 < s.size() && s[pos] == token.separator && isDigit(s[pos + 1])) {
                    ++pos;
                    int value = 0;
                    int digits = 0;
                    if (!readDigits(s, pos, value, digits)) return std::nullopt;
                    token.parts.push_back(value);
                    token.partDigits.push_back(digits);
                }
            } else {
                std::size_t end = pos;
                while (end < s.size() && isAsciiLetter(s[end])) ++end;
                if (end > pos && contains(kOrdinals, std::string_view(s).substr(pos, end - pos))) {
                    token.ordinal = true;
                    pos = end;
                }
            }
            tokens.push_back(std::move(token));
        } else if (isAsciiLetter(c)) {
            std::size_t end = pos;
            while (end < s.size() && isAsciiLetter(s[end])) ++end;
            const std::string_view word = std::string_view(s).substr(pos, end - pos);
            pos = end;
            if (const auto month = monthOf(word)) {
                Token token;
                token.kind = TokenKind::Month;
                token.value = *month;
                tokens.push_back(token);
            } else if (contains(kRangeWords, word)) {
                tokens.push_back(dashToken());
            } else if (!contains(kFillers, word)) {
                failure.message = std::string(1, '\'');
                failure.message += word;
                failure.message += "' is not part of a date";
                return std::nullopt;
            }
        } else if (c == '-') {
            tokens.push_back(dashToken());
            ++pos;
        } else if (c == ' ' || c == ',' || c == '.' || c == '\'' || c == '"' || c == '(' || c == ')') {
            ++pos;
        } else {
            failure.message = "unexpected character in a date";
            return std::nullopt;
        }
    }
    return tokens;
}

// [SECTION] numeric forms (2018-05-25, 25.05.2018, 05/25/2018) -----------------------------------

// The parts of one date that a term names; 0 = not named.
struct Fields {
    int year = 0;
    int month = 0;
    int day = 0;
};

std::string twoDigits(int value) {
    std::string out = std::to_string(value);
    if (value < 10) out.insert(out.begin(), '0');
    return out;
}

// Reads a three-part compound as one full date.
std::optional<Fields> readTriple(const Token& token, Failure& failure) {
    const auto& p = token.parts;
    const auto& d = token.partDigits;
    if (d[0] == 4) return Fields{p[0], p[1], p[2]};
    if (d[2] != 4) {
        failure.message = "write the year with four digits, as in YYYY-MM-DD";
        return std::nullopt;
    }
    if (token.separator == '.') return Fields{p[2], p[1], p[0]};
    if (p[0] <= 12 && p[1] <= 12 && p[0] != p[1]) {
        failure.status = DateStatus::Ambiguous;
        std::string& message = failure.message;
        message = std::string(1, '\'');
        message += twoDigits(p[0]);
        message += token.separator;
        message += twoDigits(p[1]);
        message += token.separator;
        message += std::to_string(p[2]);
        message += "' could be day-month or month-day; write the month as a word or use ";
        message += std::to_string(p[2]);
        message += "-MM-DD";
        return std::nullopt;
    }
    if (p[0] > 12) return Fields{p[2], p[1], p[0]};  // day first: 25/05/2018
    return Fields{p[2], p[0], p[1]};                  // month first: 05/25/2018 (or both equal)
}

// Expands compounds: year-month and month/year forms become fields; "25-26" and "2017-2018" become a
// number, a dash and a number. Returns false (with failure set) for forms no one writes.
bool expandCompounds(std::vector<Token>& tokens, std::vector<std::optional<Fields>>& compoundFields, Failure& failure) {
    std::vector<Token> out;
    compoundFields.clear();
    for (Token& token : tokens) {
        if (token.kind != TokenKind::Compound) {
            out.push_back(std::move(token));
            compoundFields.emplace_back();
            continue;
        }
        const auto& p = token.parts;
        const auto& d = token.partDigits;
        std::optional<Fields> fields;
        if (p.size() == 3) {
            fields = readTriple(token, failure);
            if (!fields) return false;
        } else if (p.size() == 2 && d[0] == 4 && d[1] <= 2) {
            fields = Fields{p[0], p[1], 0};  // 2018-05
        } else if (p.size() == 2 && d[0] <= 2 && d[1] == 4 && token.separator != '-') {
            fields = Fields{p[1], p[0], 0};  // 05/2018, 05.2018
        } else if (p.size() == 2 && token.separator == '-' && ((d[0] == 4 && d[1] == 4) || (d[0] <= 2 && d[1] <= 2))) {
            out.push_back(numberToken(p[0], d[0]));
            compoundFields.emplace_back();
            out.push_back(dashToken());
            compoundFields.emplace_back();
            out.push_back(numberToken(p[1], d[1]));
            compoundFields.emplace_back();
            continue;
        } else {
            return false;
        }
        if (fields->month < 1 || fields->month > 12 || (p.size() == 3 && fields->day < 1)) {
            failure.status = DateStatus::Invalid;
            failure.message = "no such date";
            return false;
        }
        out.push_back(std::move(token));
        compoundFields.push_back(fields);
    }
    tokens = std::move(out);
    return true;
}

// [SECTION] terms and ranges ---------------------------------------------------------------------

// Collects the fields of tokens[first, last): at most one year, month and day each.
bool readTerm(const std::vector<Token>& tokens, const std::vector<std::optional<Fields>>& compoundFields,
              std::size_t first, std::size_t last, Fields& fields) {
    if (first == last) return false;
    auto set = [](int& slot, int value) {
        if (slot != 0) return false;
        slot = value;
        return true;
    };
    for (std::size_t i = first; i < last; ++i) {
        const Token& token = tokens[i];
        if (token.kind == TokenKind::Compound) {
            const Fields& f = *compoundFields[i];
            if (!set(fields.year, f.year) || (f.month != 0 && !set(fields.month, f.month)) || (f.day != 0 && !set(fields.day, f.day))) {
                return false;
            }
        } else if (token.kind == TokenKind::Month) {
            if (!set(fields.month, token.value)) return false;
        } else if (token.kind == TokenKind::Number) {
            if (token.digits == 4 && !token.ordinal) {
                if (!set(fields.year, token.value)) return false;
            } else if (token.digits <= 2 && token.value >= 1) {
                if (!set(fields.day, token.value)) return false;
            } else {
                return false;
            }
        }
    }
    return true;
}

DatePrecision precisionOf(const Fields& f) {
    if (f.day != 0) return DatePrecision::Day;
    if (f.month != 0) return DatePrecision::Month;
    return DatePrecision::Year;
}

// Checks that the fields name a real date; sets failure otherwise.
bool validate(const Fields& f, Failure& failure) {
    if (f.year == 0) {
        failure.message = "give the year";
        return false;
    }
    if (f.day != 0 && f.month == 0) {
        failure.message = "give the month";
        return false;
    }
    if (f.year < 1 || f.year > 9999 || f.month < 0 || f.month > 12 || (f.day != 0 && f.day > daysInMonth(f.year, f.month))) {
        failure.status = DateStatus::Invalid;
        failure.message = "no such date";
        return false;
    }
    return true;
}

int compareDates(const CalendarDate& a, const CalendarDate& b) {
    if (a.year != b.year) return a.year < b.year ? -1 : 1;
    if (a.month != b.month) return a.month < b.month ? -1 : 1;
    if (a.day != b.day) return a.day < b.day ? -1 : 1;
    return 0;
}

}  // namespace

// [SECTION] parseDate ----------------------------------------------------------------------------

ParsedDate parseDate(std::string_view text) {
    ParsedDate out;
    const std::string normalized = normalizeText(text);
    if (normalized.empty()) return out;
    if (auto period = parseDatePhrase(normalized)) return *period;
    auto fail = [&](const Failure& failure) {
        out.status = failure.status;
        out.message = failure.message.empty() ? "could not read this as a date" : failure.message;
        return out;
    };
    Failure failure;
    auto tokens = tokenize(normalized, failure);
    if (!tokens) return fail(failure);
    std::vector<std::optional<Fields>> compoundFields;
    if (!expandCompounds(*tokens, compoundFields, failure)) return fail(failure);

    // Split at the one range dash (a leading or trailing dash is noise).
    std::size_t first = 0;
    std::size_t last = tokens->size();
    while (first < last && (*tokens)[first].kind == TokenKind::Dash) ++first;
    while (last > first && (*tokens)[last - 1].kind == TokenKind::Dash) --last;
    std::vector<std::size_t> dashes;
    for (std::size_t i = first; i < last; ++i) {
        if ((*tokens)[i].kind == TokenKind::Dash) dashes.push_back(i);
    }
    if (first == last) return fail(failure);
    if (dashes.size() > 1) {
        failure.message = "give one date or one range";
        return fail(failure);
    }
    Fields start;
    Fields end;
    const std::size_t split = dashes.empty() ? last : dashes.front();
    if (!readTerm(*tokens, compoundFields, first, split, start)) return fail(failure);
    if (dashes.empty()) {
        end = start;
    } else {
        if (!readTerm(*tokens, compoundFields, split + 1, last, end)) return fail(failure);
        // Shared parts are written once: "May 25–26, 2018", "25–26 May 2018", "May–June 2018".
        if (start.year == 0) start.year = end.year;
        if (end.year == 0) end.year = start.year;
        if (start.day != 0 && start.month == 0) start.month = end.month;
        if (end.day != 0 && end.month == 0) end.month = start.month;
    }
    if (!validate(start, failure) || !validate(end, failure)) return fail(failure);
    const DatePrecision precision = std::min(precisionOf(start), precisionOf(end));
    out.precision = precision;
    out.from = truncateDate(CalendarDate{start.year, start.month, start.day}, precision);
    out.to = truncateDate(CalendarDate{end.year, end.month, end.day}, precision);
    if (compareDates(out.from, out.to) > 0) {
        failure.status = DateStatus::Invalid;
        failure.message = "the range ends before it starts";
        return fail(failure);
    }
    out.status = DateStatus::Ok;
    return out;
}

}  // namespace retain
