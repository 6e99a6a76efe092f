// Question type names, bank lookup, and the canonical answer written out for display.
//
// [SECTION] type names
// [SECTION] bank lookup
// [SECTION] numbers
// [SECTION] dates
// [SECTION] expected answer text
#include "core/bank/question.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace retain {

// [SECTION] type names ---------------------------------------------------------------------------

namespace {
constexpr std::array<const char*, 9> kTypeNames = {"choice", "multi",    "true_false", "numeric", "date",
                                                   "text",   "ordering", "matching",   "cloze"};
}  // namespace

const char* questionTypeName(QuestionType type) {
    const auto index = static_cast<std::size_t>(type);
    return index < kTypeNames.size() ? kTypeNames[index] : "unknown";
}

bool parseQuestionType(const std::string& name, QuestionType& out) {
    for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
        if (name == kTypeNames[i]) {
            out = static_cast<QuestionType>(i);
            return true;
        }
    }
    return false;
}

// [SECTION] bank lookup --------------------------------------------------------------------------

const Question* Bank::find(const std::string& questionId) const {
    for (const Question& question : questions) {
        if (question.id == questionId) return &question;
    }
    return nullptr;
}

// [SECTION] numbers ------------------------------------------------------------------------------

namespace {

// Shortest decimal form that reads back as the same double ("18", "0.5", "1.25"); exponent form only for
// values people would not write out (below 1e-6 or from 1e15 up).
std::string shortestDecimal(double value) {
    std::array<char, 128> buffer{};
    const double magnitude = std::fabs(value);
    const bool plain = magnitude == 0.0 || (magnitude >= 1e-6 && magnitude < 1e15);
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                      plain ? std::chars_format::fixed : std::chars_format::general);
    if (result.ec != std::errc()) return std::to_string(value);
    return std::string(buffer.data(), result.ptr);
}

// Groups the digits of a whole number in thousands: 1234567 -> "1,234,567".
std::string groupThousands(const std::string& digits) {
    std::string out;
    const std::size_t start = (!digits.empty() && digits[0] == '-') ? 1 : 0;
    out.append(digits, 0, start);
    const std::size_t count = digits.size() - start;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0 && (count - i) % 3 == 0) out += ',';
        out += digits[start + i];
    }
    return out;
}

// A number as people write it: scale words for round large values ("18 billion"), grouped digits for
// other large whole numbers ("12,500"), the shortest decimal otherwise ("0.25").
std::string humanNumber(double value) {
    if (!std::isfinite(value)) return shortestDecimal(value);
    struct Scale {
        double factor;
        const char* word;
    };
    constexpr std::array<Scale, 3> scales = {{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}}};
    for (const Scale& scale : scales) {
        const double scaled = value / scale.factor;
        // Round to three decimals; use the word only when that loses nothing ("1.5 billion", not "1.234567 million").
        const double rounded = std::round(scaled * 1000.0) / 1000.0;
        if (std::fabs(scaled) >= 1.0 && std::fabs(rounded - scaled) <= 1e-9 * std::fabs(scaled)) {
            return shortestDecimal(rounded) + " " + scale.word;
        }
    }
    if (std::fabs(value) >= 10000.0 && std::fabs(value) < 1e15 && value == std::floor(value)) {
        return groupThousands(shortestDecimal(value));
    }
    return shortestDecimal(value);
}

// True for a three-letter upper-case currency code such as "USD", written before the number.
bool isCurrencyCode(const std::string& unit) {
    if (unit.size() != 3) return false;
    for (char c : unit) {
        if (c < 'A' || c > 'Z') return false;
    }
    return true;
}

std::string numericText(const NumericAnswer& answer) {
    const std::string number = humanNumber(answer.value);
    if (answer.unit.empty()) return number;
    if (isCurrencyCode(answer.unit)) return answer.unit + " " + number;
    if (answer.unit == "%") return number + "%";
    return number + " " + answer.unit;
}

// [SECTION] dates --------------------------------------------------------------------------------

const char* monthName(int month) {
    static constexpr std::array<const char*, 12> names = {"January", "February", "March",     "April",
                                                          "May",     "June",     "July",      "August",
                                                          "September", "October", "November", "December"};
    return (month >= 1 && month <= 12) ? names[static_cast<std::size_t>(month - 1)] : "?";
}

// One date at the given precision: "May 26, 2018", "May 2018" or "2018".
std::string dateText(const CalendarDate& date, DatePrecision precision) {
    const std::string year = std::to_string(date.year);
    switch (precision) {
        case DatePrecision::Year: return year;
        case DatePrecision::Month: return std::string(monthName(date.month)) + " " + year;
        case DatePrecision::Day:
            return std::string(monthName(date.month)) + " " + std::to_string(date.day) + ", " + year;
    }
    return year;
}

// A range written the short way when the ends share a year or a month: "May 25–26, 2018",
// "May 30 – June 2, 2018", "May–June 2018", "2017–2018".
std::string dateRangeText(const DateAnswer& answer) {
    const CalendarDate& a = answer.from;
    const CalendarDate& b = answer.to;
    const char* dash = "\u2013";
    switch (answer.precision) {
        case DatePrecision::Year: return std::to_string(a.year) + dash + std::to_string(b.year);
        case DatePrecision::Month:
            if (a.year == b.year) return std::string(monthName(a.month)) + dash + monthName(b.month) + " " + std::to_string(a.year);
            break;
        case DatePrecision::Day:
            if (a.year == b.year && a.month == b.month) {
                return std::string(monthName(a.month)) + " " + std::to_string(a.day) + dash + std::to_string(b.day) + ", " +
                       std::to_string(a.year);
            }
            if (a.year == b.year) {
                return std::string(monthName(a.month)) + " " + std::to_string(a.day) + " " + dash + " " + monthName(b.month) +
                       " " + std::to_string(b.day) + ", " + std::to_string(a.year);
            }
            break;
    }
    return dateText(a, answer.precision) + " " + dash + " " + dateText(b, answer.precision);
}

std::string joinList(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += separator;
        out += items[i];
    }
    return out;
}

// The cloze prose with each "{{N}}" marker replaced by the first accepted answer of gap N.
std::string clozeText(const ClozeAnswer& answer) {
    std::string out;
    std::size_t pos = 0;
    while (pos < answer.text.size()) {
        const std::size_t open = answer.text.find("{{", pos);
        if (open == std::string::npos) break;
        const std::size_t close = answer.text.find("}}", open + 2);
        if (close == std::string::npos) break;
        out.append(answer.text, pos, open - pos);
        std::size_t index = 0;
        const char* first = answer.text.data() + open + 2;
        const char* last = answer.text.data() + close;
        const auto parsed = std::from_chars(first, last, index);
        if (parsed.ec == std::errc() && parsed.ptr == last && index < answer.gaps.size() && !answer.gaps[index].accepted.empty()) {
            out += answer.gaps[index].accepted.front();
        } else {
            out.append(answer.text, open, close + 2 - open);
        }
        pos = close + 2;
    }
    out.append(answer.text, pos, std::string::npos);
    return out;
}

// One overload per alternative of AnswerSpec, so a new question type fails to compile until it is written out.
struct AnswerWriter {
    std::string operator()(const ChoiceAnswer& a) const {
        const auto index = static_cast<std::size_t>(a.correct);
        return (a.correct >= 0 && index < a.choices.size()) ? a.choices[index] : std::string();
    }
    std::string operator()(const MultiAnswer& a) const {
        std::vector<std::string> right;
        for (int index : a.correct) {
            if (index >= 0 && static_cast<std::size_t>(index) < a.choices.size()) right.push_back(a.choices[static_cast<std::size_t>(index)]);
        }
        return joinList(right, ", ");
    }
    std::string operator()(const TrueFalseAnswer& a) const { return a.value ? "True" : "False"; }
    std::string operator()(const NumericAnswer& a) const { return numericText(a); }
    std::string operator()(const DateAnswer& a) const {
        return a.isRange() ? dateRangeText(a) : dateText(a.from, a.precision);
    }
    std::string operator()(const TextAnswer& a) const { return a.accepted.empty() ? std::string() : a.accepted.front(); }
    std::string operator()(const OrderingAnswer& a) const {
        std::string out;
        for (std::size_t i = 0; i < a.items.size(); ++i) {
            if (i > 0) out += "  ";
            out += std::to_string(i + 1) + ". " + a.items[i];
        }
        return out;
    }
    std::string operator()(const MatchingAnswer& a) const {
        std::string out;
        for (std::size_t i = 0; i < a.pairs.size(); ++i) {
            if (i > 0) out += "; ";
            out += a.pairs[i].first + " \u2192 " + a.pairs[i].second;
        }
        return out;
    }
    std::string operator()(const ClozeAnswer& a) const { return clozeText(a); }
};

}  // namespace

// [SECTION] expected answer text -----------------------------------------------------------------

std::string expectedAnswerText(const Question& question) {
    return std::visit(AnswerWriter{}, question.answer);
}

}  // namespace retain
