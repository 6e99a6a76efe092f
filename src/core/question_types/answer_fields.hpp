// The answer keys of one question as a type's read() sees them: lookups that report what is missing or
// wrong with file, line and column, so each type's reader states only its own rules.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank/question_image.hpp"
#include "core/bank/yaml_fields.hpp"

namespace retain {

class AnswerFields {
public:
    // typeName names the type in messages ("a choice question needs ..."); question is the question's map
    // node, where "missing key" problems are reported.
    AnswerFields(const char* typeName, const MapFields& fields, const YAML::Node& question, ProblemSink& sink)
        : m_typeName(typeName), m_fields(fields), m_question(question), m_sink(sink) {}

    // Returns the entry of key, or nullptr when it is absent.
    const MapEntry* find(std::string_view key) const { return m_fields.find(key); }
    // Returns the entry of a required key, or nullptr after reporting that it is missing; what explains it.
    const MapEntry* require(std::string_view key, std::string_view what);
    // Returns a required, non-empty text, or nullopt after reporting.
    std::optional<std::string> requiredText(std::string_view key, std::string_view what);
    // Returns an optional true/false, fallback when absent, nullopt after reporting.
    std::optional<bool> optionalBool(std::string_view key, bool fallback);
    // Returns an optional list of texts (one text alone also counts; empty when absent).
    std::optional<std::vector<std::string>> optionalList(std::string_view key);
    // Returns a required list of at least minItems distinct texts, or nullopt after reporting; noun names
    // one item ("choice", "item") and what explains the key.
    std::optional<std::vector<std::string>> distinctList(std::string_view key, std::string_view what, std::size_t minItems,
                                                         std::size_t maxItems, std::string_view noun);
    // Like distinctList, but an item may also be a map {text:, image:, alt:} (question_image_reader.hpp);
    // images gets one picture per item when any item has one, else stays empty.
    std::optional<std::vector<std::string>> distinctPicturedList(std::string_view key, std::string_view what,
                                                                 std::size_t minItems, std::size_t maxItems,
                                                                 std::string_view noun, OptionImages& images);
    // Reports the second of two equal items of a list entry; true when all are distinct.
    bool distinct(const std::vector<std::string>& items, const MapEntry& entry, std::string_view noun);
    // Returns the index of answer among choices, or -1 after reporting it at `at` with the closest choice.
    int choiceIndex(const std::vector<std::string>& choices, const std::string& answer, TextPosition at);

    // Where to point at an entry's value: the value itself, or its key when the value is empty.
    TextPosition valueAt(const MapEntry& entry) const;
    // Where item i of a list entry stands (the list when the item has no mark).
    TextPosition itemAt(const MapEntry& entry, std::size_t i) const;

    const char* typeName() const { return m_typeName; }
    ProblemSink& sink() { return m_sink; }

private:
    // The count and distinctness checks of both list readers; items as read from entry.
    std::optional<std::vector<std::string>> checkedList(std::optional<std::vector<std::string>> items, const MapEntry& entry,
                                                        std::size_t minItems, std::size_t maxItems, std::string_view noun);

    const char* m_typeName;
    const MapFields& m_fields;
    const YAML::Node& m_question;
    ProblemSink& m_sink;
};

}  // namespace retain
