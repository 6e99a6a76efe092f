#include "core/bank/yaml_fields.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/bank/suggest.hpp"
#include "core/text/control_chars.hpp"
#include "core/text/message_text.hpp"

namespace retain {

// [SECTION] ProblemSink --------------------------------------------------------------------------

ProblemSink::ProblemSink(std::string file, const LineIndex& lines, ProblemList& problems)
    : m_file(std::move(file)), m_lines(lines), m_problems(problems) {}

TextPosition ProblemSink::at(const YAML::Mark& mark) const { return m_lines.positionOfMark(mark.line, mark.column); }

TextPosition ProblemSink::at(const YAML::Node& node) const {
    if (!node.IsDefined()) return {};
    return at(node.Mark());
}

void ProblemSink::error(TextPosition at, std::string message) {
    m_problems.push_back({m_file, at.line, at.column, Severity::Error, std::move(message)});
    ++m_errors;
}

void ProblemSink::warning(TextPosition at, std::string message) {
    m_problems.push_back({m_file, at.line, at.column, Severity::Warning, std::move(message)});
}

// [SECTION] MapFields ----------------------------------------------------------------------------

MapFields::MapFields(const YAML::Node& map, ProblemSink& sink) : m_sink(sink) {
    if (!map.IsMap()) return;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node keyNode = it->first;
        if (!keyNode.IsScalar()) {
            sink.error(keyNode, "a key must be a single word such as 'prompt', not " + describeNodeKind(keyNode));
            continue;
        }
        std::string key = keyNode.Scalar();
        if (const MapEntry* first = find(key)) {
            const TextPosition firstAt = sink.at(first->keyNode);
            sink.error(keyNode, quoteValue(key) + " is given twice (first on line " + std::to_string(firstAt.line) +
                                    "); keep only one");
            continue;
        }
        m_entries.push_back({std::move(key), keyNode, it->second});
    }
}

const MapEntry* MapFields::find(std::string_view key) const {
    for (const MapEntry& entry : m_entries) {
        if (entry.key == key) return &entry;
    }
    return nullptr;
}

void MapFields::reportUnknownKeys(const std::vector<std::string_view>& allowed, std::string_view owner,
                                  const std::vector<std::string_view>& elsewhere, std::string_view elsewhereNote) const {
    for (const MapEntry& entry : m_entries) {
        if (std::find(allowed.begin(), allowed.end(), entry.key) != allowed.end()) continue;
        const std::string hint = didYouMean(entry.key, allowed);
        if (hint.empty() && std::find(elsewhere.begin(), elsewhere.end(), entry.key) != elsewhere.end()) {
            m_sink.error(entry.keyNode, quoteValue(entry.key) + " " + std::string(elsewhereNote));
            continue;
        }
        m_sink.error(entry.keyNode, "unknown key " + quoteValue(entry.key) + " in " + std::string(owner) + hint);
    }
}

// [SECTION] value readers ------------------------------------------------------------------------

namespace {

// "'key'" for messages (built by appending: g++ 12 warns falsely on "'" + std::string(...)).
std::string quoted(std::string_view key) {
    std::string out;
    out.reserve(key.size() + 2);
    out += '\'';
    out += key;
    out += '\'';
    return out;
}

}  // namespace

std::string describeNodeKind(const YAML::Node& node) {
    if (node.IsSequence()) return "a list";
    if (node.IsMap()) return "a map";
    if (node.IsScalar()) return quoteValue(node.Scalar());
    return "nothing";
}

namespace {

// Reports a control character in text (what names the field); true when there was one. YAML escapes
// ("\x1b", "\0", "\a") decode to control characters that a terminal would obey.
bool reportControlCharacter(const YAML::Node& node, const std::string& what, std::string_view text, ProblemSink& sink) {
    const auto control = findControlCharacter(text, LineBreaks::Allowed);
    if (!control) return false;
    sink.error(node, what + " holds the control character " + controlCharacterName(control->codePoint) +
                         "; remove it (tab and line breaks are the only control characters text may hold)");
    return true;
}

}  // namespace

std::optional<std::string> readText(const YAML::Node& value, std::string_view key, ProblemSink& sink) {
    if (value.IsNull()) return std::string();
    if (!value.IsScalar()) {
        sink.error(value, quoted(key) + " must be text, not " + describeNodeKind(value));
        return std::nullopt;
    }
    std::string text(trimBlanks(value.Scalar()));
    if (reportControlCharacter(value, quoted(key), text, sink)) return std::nullopt;
    return text;
}

std::optional<bool> readBool(const YAML::Node& value, std::string_view key, ProblemSink& sink) {
    if (value.IsScalar()) {
        std::string word(trimBlanks(value.Scalar()));
        std::transform(word.begin(), word.end(), word.begin(),
                       [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
        if (word == "true" || word == "yes" || word == "on") return true;
        if (word == "false" || word == "no" || word == "off") return false;
    }
    sink.error(value, quoted(key) + " must be true or false, not " + describeNodeKind(value));
    return std::nullopt;
}

bool parseNumber(std::string_view text, double& out) {
    text = trimBlanks(text);
    std::string digits;
    digits.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_' && i > 0 && i + 1 < text.size()) continue;  // 18_000_000_000
        if (text[i] == '+' && i == 0) continue;
        digits += text[i];
    }
    if (digits.empty()) return false;
    // Only plain decimal forms: from_chars would also take "inf" and "nan".
    for (char c : digits) {
        if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+')) return false;
    }
    const char* first = digits.data();
    const char* last = digits.data() + digits.size();
    const auto result = std::from_chars(first, last, out);
    return result.ec == std::errc() && result.ptr == last && std::isfinite(out);
}

std::optional<double> readNumber(const YAML::Node& value, std::string_view key, ProblemSink& sink) {
    double number = 0.0;
    if (value.IsScalar() && parseNumber(value.Scalar(), number)) return number;
    sink.error(value, quoted(key) + " must be a number such as 18000000000 or 18e9, not " + describeNodeKind(value));
    return std::nullopt;
}

std::optional<int> readInteger(const YAML::Node& value, std::string_view key, int minimum, ProblemSink& sink) {
    if (value.IsScalar()) {
        const std::string_view text = trimBlanks(value.Scalar());
        int number = 0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), number);
        if (result.ec == std::errc() && result.ptr == text.data() + text.size() && !text.empty()) {
            if (number >= minimum) return number;
            sink.error(value, quoted(key) + " must be " + std::to_string(minimum) + " or more, not " +
                                  std::to_string(number));
            return std::nullopt;
        }
    }
    sink.error(value, quoted(key) + " must be a whole number, not " + describeNodeKind(value));
    return std::nullopt;
}

std::optional<std::vector<std::string>> readTextList(const YAML::Node& value, std::string_view key, bool allowSingle,
                                                     ProblemSink& sink) {
    std::vector<std::string> items;
    if (allowSingle && value.IsScalar()) {
        const std::string_view text = trimBlanks(value.Scalar());
        if (reportControlCharacter(value, quoted(key), text, sink)) return std::nullopt;
        if (!text.empty()) items.emplace_back(text);
        return items;
    }
    if (value.IsNull()) return items;
    if (!value.IsSequence()) {
        sink.error(value, quoted(key) + " must be a list such as [A, B, C], not " + describeNodeKind(value));
        return std::nullopt;
    }
    bool ok = true;
    std::size_t position = 0;
    for (const YAML::Node& item : value) {
        ++position;
        if (!item.IsScalar() && !item.IsNull()) {
            sink.error(item, "item " + std::to_string(position) + " of '" + std::string(key) + "' must be text, not " +
                                 describeNodeKind(item));
            ok = false;
            continue;
        }
        const std::string_view text = item.IsScalar() ? trimBlanks(item.Scalar()) : std::string_view();
        if (text.empty()) {
            sink.error(item.IsDefined() && !item.Mark().is_null() ? sink.at(item) : sink.at(value),
                       "item " + std::to_string(position) + " of '" + std::string(key) + "' is empty");
            ok = false;
            continue;
        }
        if (reportControlCharacter(item, "item " + std::to_string(position) + " of '" + std::string(key) + "'", text, sink)) {
            ok = false;
            continue;
        }
        items.emplace_back(text);
    }
    if (!ok) return std::nullopt;
    return items;
}

}  // namespace retain
