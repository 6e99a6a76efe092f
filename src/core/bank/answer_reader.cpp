// Reading each question type's answer keys.
//
// [SECTION] keys per type
// [SECTION] helpers
// [SECTION] choice and multi
// [SECTION] true_false, numeric, text
// [SECTION] dates
// [SECTION] ordering and matching
// [SECTION] cloze
// [SECTION] readAnswer
#include "core/bank/answer_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "core/bank/suggest.hpp"

namespace retain {

// [SECTION] keys per type ------------------------------------------------------------------------

const std::vector<std::string_view>& answerKeys(QuestionType type) {
    static const std::array<std::vector<std::string_view>, 9> keys = {{
        {"choices", "answer", "shuffle"},                                      // choice
        {"choices", "answers", "shuffle"},                                     // multi
        {"answer"},                                                            // true_false
        {"answer", "unit", "unit_aliases", "tolerance", "relative_tolerance"},  // numeric
        {"answer", "precision"},                                               // date
        {"answer", "aliases", "typos", "case_sensitive"},                      // text
        {"items"},                                                             // ordering
        {"pairs"},                                                             // matching
        {"text"},                                                              // cloze
    }};
    return keys[static_cast<std::size_t>(type)];
}

const std::vector<std::string_view>& allAnswerKeys() {
    static const std::vector<std::string_view> keys = [] {
        std::vector<std::string_view> all;
        for (int t = 0; t <= static_cast<int>(QuestionType::Cloze); ++t) {
            for (std::string_view key : answerKeys(static_cast<QuestionType>(t))) {
                if (std::find(all.begin(), all.end(), key) == all.end()) all.push_back(key);
            }
        }
        return all;
    }();
    return keys;
}

// [SECTION] helpers ------------------------------------------------------------------------------

namespace {

// Reads one question's answer keys; each read* method returns nullopt after reporting.
class AnswerReader {
public:
    AnswerReader(QuestionType type, const MapFields& fields, const YAML::Node& question, ProblemSink& sink)
        : m_type(type), m_fields(fields), m_question(question), m_sink(sink) {}

    std::optional<AnswerSpec> read();

private:
    // Returns the value of a required key, or nullptr after reporting that it is missing; what explains it.
    const MapEntry* require(std::string_view key, std::string_view what) {
        const MapEntry* entry = m_fields.find(key);
        if (entry == nullptr) {
            m_sink.error(m_question, std::string("a ") + questionTypeName(m_type) + " question needs '" + std::string(key) +
                                         "' (" + std::string(what) + ")");
        }
        return entry;
    }

    // Where to point at an entry's value: the value itself, or its key when the value is empty.
    TextPosition valueAt(const MapEntry& entry) const {
        const TextPosition at = m_sink.at(entry.value);
        return (entry.value.IsNull() || at.line == 0) ? m_sink.at(entry.keyNode) : at;
    }

    // A required, non-empty text.
    std::optional<std::string> requiredText(std::string_view key, std::string_view what) {
        const MapEntry* entry = require(key, what);
        if (entry == nullptr) return std::nullopt;
        auto text = retain::readText(entry->value, key, m_sink);
        if (text && text->empty()) {
            m_sink.error(valueAt(*entry), "'" + std::string(key) + "' is empty");
            return std::nullopt;
        }
        return text;
    }

    // An optional true/false with a default.
    std::optional<bool> optionalBool(std::string_view key, bool fallback) {
        const MapEntry* entry = m_fields.find(key);
        return entry == nullptr ? std::optional<bool>(fallback) : readBool(entry->value, key, m_sink);
    }

    // An optional list of texts (one text alone also counts).
    std::optional<std::vector<std::string>> optionalList(std::string_view key) {
        const MapEntry* entry = m_fields.find(key);
        return entry == nullptr ? std::optional<std::vector<std::string>>(std::vector<std::string>{})
                                : readTextList(entry->value, key, true, m_sink);
    }

    // Reports the second of two equal items of a list; true when all are distinct.
    bool distinct(const std::vector<std::string>& items, const MapEntry& entry, std::string_view noun) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (std::find(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(i), items[i]) != items.begin() + static_cast<std::ptrdiff_t>(i)) {
                m_sink.error(itemAt(entry, i), std::string(noun) + " '" + items[i] + "' is listed twice");
                return false;
            }
        }
        return true;
    }

    // Where item i of a list entry stands (the list when the item has no mark).
    TextPosition itemAt(const MapEntry& entry, std::size_t i) const {
        if (entry.value.IsSequence() && i < entry.value.size()) {
            const TextPosition at = m_sink.at(entry.value[i]);
            if (at.line > 0) return at;
        }
        return valueAt(entry);
    }

    // Index of answer among choices, or -1 after reporting it (with the closest choice as a hint).
    int choiceIndex(const std::vector<std::string>& choices, const std::string& answer, TextPosition at) {
        const auto found = std::find(choices.begin(), choices.end(), answer);
        if (found != choices.end()) return static_cast<int>(found - choices.begin());
        const std::vector<std::string_view> views(choices.begin(), choices.end());
        m_sink.error(at, "answer '" + answer + "' is not one of the choices" + didYouMean(answer, views));
        return -1;
    }

    std::optional<std::vector<std::string>> readChoices();
    std::optional<AnswerSpec> readChoice();
    std::optional<AnswerSpec> readMulti();
    std::optional<AnswerSpec> readTrueFalse();
    std::optional<AnswerSpec> readNumeric();
    std::optional<AnswerSpec> readDate();
    std::optional<AnswerSpec> readTextAnswer();
    std::optional<AnswerSpec> readOrdering();
    std::optional<AnswerSpec> readMatching();
    std::optional<AnswerSpec> readCloze();

    QuestionType m_type;
    const MapFields& m_fields;
    const YAML::Node& m_question;
    ProblemSink& m_sink;
};

constexpr std::size_t kMinChoices = 2;
constexpr std::size_t kMaxChoices = 8;

// [SECTION] choice and multi ---------------------------------------------------------------------

std::optional<std::vector<std::string>> AnswerReader::readChoices() {
    const MapEntry* entry = require("choices", "the list of choices, e.g. [Tokyo, Osaka, Kyoto]");
    if (entry == nullptr) return std::nullopt;
    auto choices = readTextList(entry->value, "choices", false, m_sink);
    if (!choices) return std::nullopt;
    if (choices->size() < kMinChoices || choices->size() > kMaxChoices) {
        m_sink.error(valueAt(*entry), std::string("a ") + questionTypeName(m_type) + " question needs 2 to 8 choices, not " +
                                          std::to_string(choices->size()));
        return std::nullopt;
    }
    if (!distinct(*choices, *entry, "choice")) return std::nullopt;
    return choices;
}

std::optional<AnswerSpec> AnswerReader::readChoice() {
    auto choices = readChoices();
    auto answer = requiredText("answer", "the right choice, written exactly as in 'choices'");
    auto shuffle = optionalBool("shuffle", true);
    if (!choices || !answer || !shuffle) return std::nullopt;
    const int index = choiceIndex(*choices, *answer, valueAt(*m_fields.find("answer")));
    if (index < 0) return std::nullopt;
    return ChoiceAnswer{std::move(*choices), index, *shuffle};
}

std::optional<AnswerSpec> AnswerReader::readMulti() {
    auto choices = readChoices();
    const MapEntry* entry = require("answers", "the list of right choices, e.g. [Tokyo, Kyoto]");
    auto shuffle = optionalBool("shuffle", true);
    std::optional<std::vector<std::string>> answers;
    if (entry != nullptr) answers = readTextList(entry->value, "answers", true, m_sink);
    if (!choices || !answers || !shuffle) return std::nullopt;
    if (answers->empty()) {
        m_sink.error(valueAt(*entry), "'answers' is empty: list at least one right choice");
        return std::nullopt;
    }
    if (!distinct(*answers, *entry, "answer")) return std::nullopt;
    MultiAnswer multi{std::move(*choices), {}, *shuffle};
    bool ok = true;
    for (std::size_t i = 0; i < answers->size(); ++i) {
        const int index = choiceIndex(multi.choices, (*answers)[i], itemAt(*entry, i));
        if (index < 0) ok = false;
        multi.correct.push_back(index);
    }
    if (!ok) return std::nullopt;
    std::sort(multi.correct.begin(), multi.correct.end());
    return multi;
}

// [SECTION] true_false, numeric, text ------------------------------------------------------------

std::optional<AnswerSpec> AnswerReader::readTrueFalse() {
    const MapEntry* entry = require("answer", "true or false");
    if (entry == nullptr) return std::nullopt;
    const auto value = readBool(entry->value, "answer", m_sink);
    if (!value) return std::nullopt;
    return TrueFalseAnswer{*value};
}

std::optional<AnswerSpec> AnswerReader::readNumeric() {
    NumericAnswer numeric;
    bool ok = true;
    if (const MapEntry* entry = require("answer", "the number in base units, e.g. 18e9 for 18 billion")) {
        const auto value = readNumber(entry->value, "answer", m_sink);
        ok = ok && value.has_value();
        if (value) numeric.value = *value;
    } else {
        ok = false;
    }
    if (const MapEntry* entry = m_fields.find("unit")) {
        const auto unit = retain::readText(entry->value, "unit", m_sink);
        ok = ok && unit.has_value();
        if (unit) numeric.unit = *unit;
    }
    const auto aliases = optionalList("unit_aliases");
    ok = ok && aliases.has_value();
    if (aliases) numeric.unitAliases = *aliases;
    // Both tolerances are distances from the answer, so a negative one accepts nothing and is a mistake.
    auto tolerance = [&](std::string_view key, double& out) {
        const MapEntry* entry = m_fields.find(key);
        if (entry == nullptr) return;
        const auto value = readNumber(entry->value, key, m_sink);
        if (!value) {
            ok = false;
        } else if (*value < 0.0) {
            m_sink.error(valueAt(*entry), "'" + std::string(key) + "' must not be negative (it is " +
                                              std::string(trimBlanks(entry->value.Scalar())) + ")");
            ok = false;
        } else {
            out = *value;
        }
    };
    tolerance("tolerance", numeric.absoluteTolerance);
    tolerance("relative_tolerance", numeric.relativeTolerance);
    if (!ok) return std::nullopt;
    return numeric;
}

std::optional<AnswerSpec> AnswerReader::readTextAnswer() {
    auto answer = requiredText("answer", "the canonical answer, e.g. Shinzo Abe");
    auto aliases = optionalList("aliases");
    auto typos = optionalBool("typos", true);
    auto caseSensitive = optionalBool("case_sensitive", false);
    if (!answer || !aliases || !typos || !caseSensitive) return std::nullopt;
    TextAnswer text;
    text.accepted.push_back(std::move(*answer));
    for (std::string& alias : *aliases) {
        if (std::find(text.accepted.begin(), text.accepted.end(), alias) == text.accepted.end()) text.accepted.push_back(std::move(alias));
    }
    text.typos = *typos;
    text.caseSensitive = *caseSensitive;
    return text;
}

}  // namespace

// [SECTION] dates --------------------------------------------------------------------------------

namespace {

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

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

bool parseCalendarDate(std::string_view text, CalendarDate& out, DatePrecision& precision) {
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

namespace {

const char* precisionName(DatePrecision precision) {
    switch (precision) {
        case DatePrecision::Year: return "year";
        case DatePrecision::Month: return "month";
        case DatePrecision::Day: return "day";
    }
    return "day";
}

// Drops the parts of a date finer than precision (CalendarDate keeps 0 there).
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

const char* kDateForms = "written 2018-05-26, 2018-05 or 2018";

// Reads one date value; "answer" or "from"/"to" name it in messages.
std::optional<std::pair<CalendarDate, DatePrecision>> readDateValue(const YAML::Node& value, std::string_view key,
                                                                    ProblemSink& sink) {
    CalendarDate date;
    DatePrecision precision = DatePrecision::Day;
    if (value.IsScalar() && parseCalendarDate(value.Scalar(), date, precision)) return std::make_pair(date, precision);
    sink.error(value, "'" + std::string(key) + "' must be a date " + kDateForms + ", not " + describeNodeKind(value));
    return std::nullopt;
}

}  // namespace

std::optional<AnswerSpec> AnswerReader::readDate() {
    const MapEntry* entry = require("answer", std::string("a date ") + kDateForms + ", or {from: ..., to: ...}");
    if (entry == nullptr) return std::nullopt;
    DateAnswer date;
    if (entry->value.IsMap()) {
        const MapFields range(entry->value, m_sink);
        range.reportUnknownKeys({"from", "to"}, "a date range");
        const MapEntry* from = range.find("from");
        const MapEntry* to = range.find("to");
        if (from == nullptr || to == nullptr) {
            m_sink.error(entry->value, "a date range needs both 'from' and 'to'");
            return std::nullopt;
        }
        const auto a = readDateValue(from->value, "from", m_sink);
        const auto b = readDateValue(to->value, "to", m_sink);
        if (!a || !b) return std::nullopt;
        if (a->second != b->second) {
            m_sink.error(to->value, "'from' and 'to' must be written the same way (both a year, both a month or both a day)");
            return std::nullopt;
        }
        if (dateBefore(b->first, a->first)) {
            m_sink.error(to->value, "the range ends before it starts: 'to' must not be earlier than 'from'");
            return std::nullopt;
        }
        date.from = a->first;
        date.to = b->first;
        date.precision = a->second;
    } else {
        const auto single = readDateValue(entry->value, "answer", m_sink);
        if (!single) return std::nullopt;
        date.from = date.to = single->first;
        date.precision = single->second;
    }
    if (const MapEntry* override = m_fields.find("precision")) {
        const auto name = retain::readText(override->value, "precision", m_sink);
        if (!name) return std::nullopt;
        DatePrecision wanted = DatePrecision::Day;
        if (*name == "year") {
            wanted = DatePrecision::Year;
        } else if (*name == "month") {
            wanted = DatePrecision::Month;
        } else if (*name != "day") {
            m_sink.error(valueAt(*override), "'precision' must be year, month or day, not '" + *name + "'" +
                                                 didYouMean(*name, {"year", "month", "day"}));
            return std::nullopt;
        }
        if (static_cast<int>(wanted) > static_cast<int>(date.precision)) {
            m_sink.error(valueAt(*override), std::string("precision '") + precisionName(wanted) + "' needs the answer written to the " +
                                                 precisionName(wanted) + ", e.g. 2018-05-26");
            return std::nullopt;
        }
        date.precision = wanted;
        date.from = truncateDate(date.from, wanted);
        date.to = truncateDate(date.to, wanted);
    }
    return date;
}

// [SECTION] ordering and matching ----------------------------------------------------------------

std::optional<AnswerSpec> AnswerReader::readOrdering() {
    const MapEntry* entry = require("items", "the items in their right order, e.g. [first, second, third]");
    if (entry == nullptr) return std::nullopt;
    auto items = readTextList(entry->value, "items", false, m_sink);
    if (!items) return std::nullopt;
    if (items->size() < 2) {
        m_sink.error(valueAt(*entry), "an ordering question needs at least 2 items, not " + std::to_string(items->size()));
        return std::nullopt;
    }
    if (!distinct(*items, *entry, "item")) return std::nullopt;
    return OrderingAnswer{std::move(*items)};
}

std::optional<AnswerSpec> AnswerReader::readMatching() {
    const MapEntry* entry = require("pairs", "a list of {left: ..., right: ...}");
    if (entry == nullptr) return std::nullopt;
    if (!entry->value.IsSequence()) {
        m_sink.error(valueAt(*entry), "'pairs' must be a list of {left: ..., right: ...}, not " + describeNodeKind(entry->value));
        return std::nullopt;
    }
    MatchingAnswer matching;
    std::vector<std::string> lefts;
    std::vector<std::string> rights;
    bool ok = true;
    std::size_t position = 0;
    for (const YAML::Node& pairNode : entry->value) {
        ++position;
        const std::string name = "pair " + std::to_string(position);
        if (!pairNode.IsMap()) {
            m_sink.error(pairNode, name + " must be a map {left: ..., right: ...}, not " + describeNodeKind(pairNode));
            ok = false;
            continue;
        }
        const MapFields pair(pairNode, m_sink);
        pair.reportUnknownKeys({"left", "right"}, name);
        const MapEntry* left = pair.find("left");
        const MapEntry* right = pair.find("right");
        if (left == nullptr || right == nullptr) {
            m_sink.error(pairNode, name + " needs both 'left' and 'right'");
            ok = false;
            continue;
        }
        auto leftText = retain::readText(left->value, "left", m_sink);
        auto rightText = retain::readText(right->value, "right", m_sink);
        if (!leftText || !rightText || leftText->empty() || rightText->empty()) {
            if (leftText && rightText) m_sink.error(pairNode, name + " has an empty side");
            ok = false;
            continue;
        }
        lefts.push_back(*leftText);
        rights.push_back(*rightText);
        matching.pairs.emplace_back(std::move(*leftText), std::move(*rightText));
    }
    if (!ok) return std::nullopt;
    if (matching.pairs.size() < 2) {
        m_sink.error(valueAt(*entry), "a matching question needs at least 2 pairs, not " + std::to_string(matching.pairs.size()));
        return std::nullopt;
    }
    if (!distinct(lefts, *entry, "left side") || !distinct(rights, *entry, "right side")) return std::nullopt;
    return matching;
}

// [SECTION] cloze --------------------------------------------------------------------------------

bool parseClozeText(std::string_view text, ClozeAnswer& out, std::string& message) {
    ClozeAnswer cloze;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text.compare(i, 2, "}}") == 0) {
            message = "'}}' without an opening '{{' in the cloze text";
            return false;
        }
        if (text.compare(i, 2, "{{") != 0) {
            cloze.text += text[i++];
            continue;
        }
        const std::string gapName = "gap " + std::to_string(cloze.gaps.size() + 1);
        const std::size_t close = text.find("}}", i + 2);
        const std::size_t nextOpen = text.find("{{", i + 2);
        if (close == std::string_view::npos || nextOpen < close) {
            message = gapName + " is opened with '{{' but not closed with '}}'";
            return false;
        }
        ClozeGap gap;
        std::string_view inner = text.substr(i + 2, close - i - 2);
        while (true) {
            const std::size_t bar = inner.find('|');
            const std::string_view alternative = trimBlanks(inner.substr(0, bar));
            if (!alternative.empty()) gap.accepted.emplace_back(alternative);
            if (bar == std::string_view::npos) break;
            inner.remove_prefix(bar + 1);
        }
        if (gap.accepted.empty()) {
            message = gapName + " has no answer: write it as {{answer}} or {{answer|other spelling}}";
            return false;
        }
        cloze.text += "{{" + std::to_string(cloze.gaps.size()) + "}}";
        cloze.gaps.push_back(std::move(gap));
        i = close + 2;
    }
    if (cloze.gaps.empty()) {
        message = "the cloze text has no gap: mark each gap as {{answer}}";
        return false;
    }
    out = std::move(cloze);
    return true;
}

std::optional<AnswerSpec> AnswerReader::readCloze() {
    auto text = requiredText("text", "the prose with gaps, e.g. \"Trade reached {{USD 18 billion}} in {{2017}}.\"");
    if (!text) return std::nullopt;
    ClozeAnswer cloze;
    std::string message;
    if (!parseClozeText(*text, cloze, message)) {
        m_sink.error(valueAt(*m_fields.find("text")), message);
        return std::nullopt;
    }
    return cloze;
}

// [SECTION] readAnswer ---------------------------------------------------------------------------

std::optional<AnswerSpec> AnswerReader::read() {
    switch (m_type) {
        case QuestionType::Choice: return readChoice();
        case QuestionType::Multi: return readMulti();
        case QuestionType::TrueFalse: return readTrueFalse();
        case QuestionType::Numeric: return readNumeric();
        case QuestionType::Date: return readDate();
        case QuestionType::Text: return readTextAnswer();
        case QuestionType::Ordering: return readOrdering();
        case QuestionType::Matching: return readMatching();
        case QuestionType::Cloze: return readCloze();
    }
    return std::nullopt;
}

std::optional<AnswerSpec> readAnswer(QuestionType type, const MapFields& fields, const YAML::Node& question,
                                     ProblemSink& sink) {
    return AnswerReader(type, fields, question, sink).read();
}

}  // namespace retain
