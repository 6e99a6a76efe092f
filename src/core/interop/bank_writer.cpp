// Bank -> YAML through yaml-cpp's emitter.
//
// [SECTION] scalars
// [SECTION] answers
// [SECTION] questions and header
#include "core/interop/bank_writer.hpp"

#include <algorithm>
#include <cstdio>

#include <yaml-cpp/yaml.h>

#include "core/interop/interop_text.hpp"

namespace retain {

namespace {

// [SECTION] scalars ------------------------------------------------------------------------------

// True when a plain scalar with this text could be read as a bool, null, number or date by a YAML
// reader, or would lose blanks at its ends: such texts are double-quoted.
bool needsQuotes(const std::string& text) {
    if (text.empty()) return true;
    if (text.front() == ' ' || text.back() == ' ' || text.front() == '\t' || text.back() == '\t') return true;
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    static const char* const kWords[] = {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
                                         ".inf", "-.inf", "+.inf", ".nan"};
    for (const char* word : kWords) {
        if (lower == word) return true;
    }
    // Anything that starts like a number or a date: digits, sign, dot.
    const char first = text.front();
    return (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
}

void emitText(YAML::Emitter& out, const std::string& text) {
    if (needsQuotes(text) || text.find('\n') != std::string::npos) out << YAML::DoubleQuoted;
    out << validUtf8(text);
}

void emitTextList(YAML::Emitter& out, const std::vector<std::string>& items) {
    out << YAML::Flow << YAML::BeginSeq;
    for (const std::string& item : items) emitText(out, item);
    out << YAML::EndSeq;
}

void emitKeyText(YAML::Emitter& out, const char* key, const std::string& text) {
    out << YAML::Key << key << YAML::Value;
    emitText(out, text);
}

void emitKeyNumber(YAML::Emitter& out, const char* key, double value) {
    out << YAML::Key << key << YAML::Value << exactNumberText(value);
}

// [SECTION] answers ------------------------------------------------------------------------------

std::string fourDigits(int value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d", value);
    return buffer;
}

std::string twoDigits(int value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d", value);
    return buffer;
}

// The shortest ISO form that holds the parts of date that are set: "2018", "2018-05" or "2018-05-26".
std::string isoDate(const CalendarDate& date) {
    std::string text = fourDigits(date.year);
    if (date.month > 0) text.append("-").append(twoDigits(date.month));
    if (date.month > 0 && date.day > 0) text.append("-").append(twoDigits(date.day));
    return text;
}

DatePrecision precisionOfForm(const CalendarDate& date) {
    if (date.month == 0) return DatePrecision::Year;
    return date.day == 0 ? DatePrecision::Month : DatePrecision::Day;
}

const char* precisionName(DatePrecision precision) {
    switch (precision) {
        case DatePrecision::Year: return "year";
        case DatePrecision::Month: return "month";
        case DatePrecision::Day: return "day";
    }
    return "day";
}

// Writes the type keys of one answer; one overload per AnswerSpec alternative.
struct AnswerEmitter {
    YAML::Emitter& out;

    void operator()(const ChoiceAnswer& a) const {
        out << YAML::Key << "choices" << YAML::Value;
        emitTextList(out, a.choices);
        if (a.correct >= 0 && static_cast<std::size_t>(a.correct) < a.choices.size()) {
            emitKeyText(out, "answer", a.choices[static_cast<std::size_t>(a.correct)]);
        }
        if (!a.shuffle) out << YAML::Key << "shuffle" << YAML::Value << "false";
    }
    void operator()(const MultiAnswer& a) const {
        out << YAML::Key << "choices" << YAML::Value;
        emitTextList(out, a.choices);
        std::vector<std::string> right;
        for (int index : a.correct) {
            if (index >= 0 && static_cast<std::size_t>(index) < a.choices.size()) right.push_back(a.choices[static_cast<std::size_t>(index)]);
        }
        out << YAML::Key << "answers" << YAML::Value;
        emitTextList(out, right);
        if (!a.shuffle) out << YAML::Key << "shuffle" << YAML::Value << "false";
    }
    void operator()(const TrueFalseAnswer& a) const {
        out << YAML::Key << "answer" << YAML::Value << (a.value ? "true" : "false");
    }
    void operator()(const NumericAnswer& a) const {
        emitKeyNumber(out, "answer", a.value);
        if (!a.unit.empty()) emitKeyText(out, "unit", a.unit);
        if (!a.unitAliases.empty()) {
            out << YAML::Key << "unit_aliases" << YAML::Value;
            emitTextList(out, a.unitAliases);
        }
        if (a.absoluteTolerance > 0.0) emitKeyNumber(out, "tolerance", a.absoluteTolerance);
        if (a.relativeTolerance > 0.0) emitKeyNumber(out, "relative_tolerance", a.relativeTolerance);
    }
    void operator()(const DateAnswer& a) const {
        out << YAML::Key << "answer" << YAML::Value;
        if (a.isRange()) {
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "from" << YAML::Value << isoDate(a.from) << YAML::Key
                << "to" << YAML::Value << isoDate(a.to) << YAML::EndMap;
        } else {
            out << isoDate(a.from);
        }
        if (precisionOfForm(a.from) != a.precision) out << YAML::Key << "precision" << YAML::Value << precisionName(a.precision);
    }
    void operator()(const TextAnswer& a) const {
        if (!a.accepted.empty()) emitKeyText(out, "answer", a.accepted.front());
        if (a.accepted.size() > 1) {
            out << YAML::Key << "aliases" << YAML::Value;
            emitTextList(out, std::vector<std::string>(a.accepted.begin() + 1, a.accepted.end()));
        }
        if (!a.typos) out << YAML::Key << "typos" << YAML::Value << "false";
        if (a.caseSensitive) out << YAML::Key << "case_sensitive" << YAML::Value << "true";
    }
    void operator()(const OrderingAnswer& a) const {
        out << YAML::Key << "items" << YAML::Value << YAML::BeginSeq;
        for (const std::string& item : a.items) emitText(out, item);
        out << YAML::EndSeq;
    }
    void operator()(const MatchingAnswer& a) const {
        out << YAML::Key << "pairs" << YAML::Value << YAML::BeginSeq;
        for (const auto& [left, right] : a.pairs) {
            out << YAML::Flow << YAML::BeginMap;
            emitKeyText(out, "left", left);
            emitKeyText(out, "right", right);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    void operator()(const ClozeAnswer& a) const { emitKeyText(out, "text", clozeSourceText(a)); }

    // The cloze prose with each "{{N}}" marker written back as "{{first|second|...}}".
    static std::string clozeSourceText(const ClozeAnswer& a) {
        std::string text;
        std::size_t pos = 0;
        while (pos < a.text.size()) {
            const std::size_t open = a.text.find("{{", pos);
            const std::size_t close = open == std::string::npos ? open : a.text.find("}}", open + 2);
            if (close == std::string::npos) break;
            text.append(a.text, pos, open - pos);
            const std::string marker = a.text.substr(open + 2, close - open - 2);
            std::size_t index = a.gaps.size();
            if (!marker.empty() && marker.find_first_not_of("0123456789") == std::string::npos && marker.size() < 6) {
                index = static_cast<std::size_t>(std::stoi(marker));
            }
            if (index < a.gaps.size()) {
                text += "{{";
                for (std::size_t i = 0; i < a.gaps[index].accepted.size(); ++i) {
                    if (i > 0) text += '|';
                    text += a.gaps[index].accepted[i];
                }
                text += "}}";
            } else {
                text.append(a.text, open, close + 2 - open);
            }
            pos = close + 2;
        }
        text.append(a.text, pos, std::string::npos);
        return text;
    }
};

// [SECTION] questions and header -----------------------------------------------------------------

void emitQuestion(YAML::Emitter& out, const Question& question, const std::vector<std::string>& bankTags) {
    out << YAML::BeginMap;
    emitKeyText(out, "id", question.id);
    out << YAML::Key << "type" << YAML::Value << questionTypeName(question.type());
    if (!question.prompt.empty()) emitKeyText(out, "prompt", question.prompt);
    if (!question.explanation.empty()) emitKeyText(out, "explanation", question.explanation);
    if (!question.hint.empty()) emitKeyText(out, "hint", question.hint);
    std::vector<std::string> ownTags;
    for (const std::string& tag : question.tags) {
        const bool inherited = std::find(bankTags.begin(), bankTags.end(), tag) != bankTags.end();
        const bool repeated = std::find(ownTags.begin(), ownTags.end(), tag) != ownTags.end();
        if (!inherited && !repeated) ownTags.push_back(tag);
    }
    if (!ownTags.empty()) {
        out << YAML::Key << "tags" << YAML::Value;
        emitTextList(out, ownTags);
    }
    if (question.source.paragraph > 0) {
        out << YAML::Key << "source" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "paragraph"
            << YAML::Value << std::to_string(question.source.paragraph);
        if (!question.source.evidence.empty()) emitKeyText(out, "evidence", question.source.evidence);
        out << YAML::EndMap;
    }
    std::visit(AnswerEmitter{out}, question.answer);
    out << YAML::EndMap;
}

void emitSource(YAML::Emitter& out, const SourceDocument& source) {
    const std::pair<const char*, const std::string*> fields[] = {{"doc", &source.doc},
                                                                 {"title", &source.title},
                                                                 {"author", &source.author},
                                                                 {"publisher", &source.publisher},
                                                                 {"date", &source.date}};
    bool any = false;
    for (const auto& field : fields) any = any || !field.second->empty();
    if (!any) return;
    out << YAML::Key << "source" << YAML::Value << YAML::BeginMap;
    for (const auto& [key, value] : fields) {
        if (!value->empty()) emitKeyText(out, key, *value);
    }
    out << YAML::EndMap;
}

}  // namespace

std::string writeBankYaml(const Bank& bank, const std::string& headerComment) {
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "bank" << YAML::Value << YAML::BeginMap;
    emitKeyText(out, "id", bank.id);
    emitKeyText(out, "title", bank.title);
    if (!bank.description.empty()) emitKeyText(out, "description", bank.description);
    if (!bank.language.empty()) emitKeyText(out, "language", bank.language);
    emitSource(out, bank.source);
    if (!bank.tags.empty()) {
        out << YAML::Key << "tags" << YAML::Value;
        emitTextList(out, bank.tags);
    }
    out << YAML::EndMap;
    out << YAML::Key << "questions" << YAML::Value << YAML::BeginSeq;
    for (const Question& question : bank.questions) emitQuestion(out, question, bank.tags);
    out << YAML::EndSeq << YAML::EndMap;

    std::string text;
    std::size_t start = 0;
    while (!headerComment.empty() && start <= headerComment.size()) {
        const std::size_t end = std::min(headerComment.find('\n', start), headerComment.size());
        text += "# " + headerComment.substr(start, end - start) + "\n";
        start = end + 1;
    }
    text += out.c_str();
    text += '\n';
    return text;
}

}  // namespace retain
