// Answer-key lookups with located problems (see answer_fields.hpp).
#include "core/question_types/answer_fields.hpp"

#include <algorithm>

#include "core/bank/question_image_reader.hpp"
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
    return checkedList(readTextList(entry->value, key, false, m_sink), *entry, minItems, maxItems, noun);
}

std::optional<std::vector<std::string>> AnswerFields::distinctPicturedList(std::string_view key, std::string_view what,
                                                                           std::size_t minItems, std::size_t maxItems,
                                                                           std::string_view noun, OptionImages& images) {
    const MapEntry* entry = require(key, what);
    if (entry == nullptr) return std::nullopt;
    const YAML::Node& list = entry->value;
    const bool anyMap = list.IsSequence() && std::any_of(list.begin(), list.end(), [](const YAML::Node& item) { return item.IsMap(); });
    if (!anyMap) return checkedList(readTextList(list, key, false, m_sink), *entry, minItems, maxItems, noun);
    std::vector<std::string> texts;
    OptionImages pictures;
    bool ok = true;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string name = std::string(noun) + " " + std::to_string(i + 1);
        auto item = readPicturedText(list[i], name, m_sink);
        if (item && item->text.empty()) {
            m_sink.error(itemAt(*entry, i), name + " is empty");
            item.reset();
        }
        if (!item) {
            ok = false;
            continue;
        }
        texts.push_back(std::move(item->text));
        pictures.push_back(std::move(item->image));
    }
    if (!ok) return std::nullopt;
    auto checked = checkedList(std::move(texts), *entry, minItems, maxItems, noun);
    if (checked) images = std::move(pictures);
    return checked;
}

std::optional<std::vector<std::string>> AnswerFields::checkedList(std::optional<std::vector<std::string>> items,
                                                                  const MapEntry& entry, std::size_t minItems,
                                                                  std::size_t maxItems, std::string_view noun) {
    if (!items) return std::nullopt;
    if (items->size() < minItems || items->size() > maxItems) {
        const std::string range = maxItems == static_cast<std::size_t>(-1)
                                      ? "at least " + std::to_string(minItems)
                                      : std::to_string(minItems) + " to " + std::to_string(maxItems);
        m_sink.error(valueAt(entry), std::string(m_typeName[0] == 'o' ? "an " : "a ") + m_typeName + " question needs " +
                                         range + " " + std::string(noun) + "s, not " + std::to_string(items->size()));
        return std::nullopt;
    }
    if (!distinct(*items, entry, noun)) return std::nullopt;
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
