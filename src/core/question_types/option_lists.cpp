// Shared option lists (see option_lists.hpp).
#include "core/question_types/option_lists.hpp"

#include "core/question_types/answer_fields.hpp"

namespace retain {

std::optional<std::vector<std::string>> readChoiceList(AnswerFields& fields, OptionImages& images) {
    constexpr std::size_t kMinChoices = 2;
    constexpr std::size_t kMaxChoices = 8;
    return fields.distinctPicturedList("choices", "the list of choices, e.g. [Tokyo, Osaka, Kyoto]", kMinChoices, kMaxChoices,
                                       "choice", images);
}

std::string positionLetter(std::size_t index) { return std::string(1, static_cast<char>('a' + index)); }

std::string numberedLines(const std::vector<std::string>& values) {
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i) text += "  " + std::to_string(i + 1) + ") " + values[i] + "\n";
    return text;
}

std::string letteredLines(const std::vector<std::string>& values) {
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i) text += "  " + positionLetter(i) + ") " + values[i] + "\n";
    return text;
}

std::string textsAt(const std::vector<std::string>& texts, const std::vector<int>& indices, const char* separator) {
    std::string out;
    bool first = true;
    for (int index : indices) {
        if (index < 0 || index >= static_cast<int>(texts.size())) continue;
        if (!first) out += separator;
        out += texts[static_cast<std::size_t>(index)];
        first = false;
    }
    return out;
}

}  // namespace retain
