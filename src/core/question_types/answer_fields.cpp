// Answer-key lookups with located problems (see answer_fields.hpp).
#include "core/question_types/answer_fields.hpp"

#include <algorithm>

#include "core/bank/suggest.hpp"

namespace retain {

const MapEntry* AnswerFields::require(std::string_view key, std::string_view what) {
    const MapEntry* entry = m_fields.find(key);
    if (entry == nullptr) {
        m_sink.error(m_question, std::string("a ") + m_typeName + " question needs '" + std::string(key) + "' (" +
                                     std::string(what) + ")");
    }
    return entry;
}

TextPosition AnswerFields::valueAt(const MapEntry& entry) const {
    const TextPosition at = m_sink.at(entry.value);
    return (entry.value.IsNull() || at.line == 0) ? m_sink.at(entry.keyNode) : at;
}

std::optional<std::string> AnswerFields::requiredText(std::string_view key, std::string_view what) {
    const MapEntry* entry = require(key, what);
    if (entry == nullptr) return std::nullopt;
    auto text = readText(entry->value, key, m_sink);
    if (text && text->empty()) {
        m_sink.error(valueAt(*entry), "'" + std::string(key) + "' is empty");
        return std::nullopt;
    }
    return text;
}

std::optional<bool> AnswerFields::optionalBool(std::string_view key, bool fallback) {
    const MapEntry* entry = m_fields.find(key);
    return entry == nullptr ? std::optional<bool>(fallback) : readBool(entry->value, key, m_sink);
}

std::optional<std::vector<std::string>> AnswerFields::optionalList(std::string_view key) {
    const MapEntry* entry = m_fields.find(key);
    return entry == nullptr ? std::optional<std::vector<std::string>>(std::vector<std::string>{})
                            : readTextList(entry->value, key, true, m_sink);
}

std::optional<std::vector<std::string>> AnswerFields::distinctList(std::string_view key, std::string_view what,
                                                                   std::size_t minItems, std::size_t maxItems,
                                                                   std::string_view noun) {
    const MapEntry* entry = require(key, what);
    if (entry == nullptr) return std::nullopt;
    auto items = readTextList(entry->value, key, false, m_sink);
    if (!items) return std::nullopt;
    if (items->size() < minItems || items->size() > maxItems) {
        const std::string range = maxItems == static_cast<std::size_t>(-1)
                                      ? "at least " + std::to_string(minItems)
                                      : std::to_string(minItems) + " to " + std::to_string(maxItems);
        m_sink.error(valueAt(*entry), std::string(m_typeName[0] == 'o' ? "an " : "a ") + m_typeName + " question needs " +
                                          range + " " + std::string(noun) + "s, not " + std::to_string(items->size()));
        return std::nullopt;
    }
    if (!distinct(*items, *entry, noun)) return std::nullopt;
    return items;
}

bool AnswerFields::distinct(const std::vector<std::string>& items, const MapEntry& entry, std::string_view noun) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto end = items.begin() + static_cast<std::ptrdiff_t>(i);
        if (std::find(items.begin(), end, items[i]) != end) {
            m_sink.error(itemAt(entry, i), std::string(noun) + " '" + items[i] + "' is listed twice");
            return false;
        }
    }
    return true;
}

TextPosition AnswerFields::itemAt(const MapEntry& entry, std::size_t i) const {
    if (entry.value.IsSequence() && i < entry.value.size()) {
        const TextPosition at = m_sink.at(entry.value[i]);
        if (at.line > 0) return at;
    }
    return valueAt(entry);
}

int AnswerFields::choiceIndex(const std::vector<std::string>& choices, const std::string& answer, TextPosition at) {
    const auto found = std::find(choices.begin(), choices.end(), answer);
    if (found != choices.end()) return static_cast<int>(found - choices.begin());
    const std::vector<std::string_view> views(choices.begin(), choices.end());
    m_sink.error(at, "answer '" + answer + "' is not one of the choices" + didYouMean(answer, views));
    return -1;
}

}  // namespace retain
