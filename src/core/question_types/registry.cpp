// The question-type registry (see registry.hpp).
#include "core/question_types/registry.hpp"

#include <array>
#include <utility>

namespace retain {

namespace {

template <std::size_t... I>
constexpr std::array<const char*, kQuestionTypeCount> typeNames(std::index_sequence<I...>) {
    return {std::variant_alternative_t<I, AnswerSpec>::kName...};
}
constexpr auto kTypeNames = typeNames(std::make_index_sequence<kQuestionTypeCount>{});

template <std::size_t... I>
AnswerSpec emptyAnswerAt(std::size_t index, std::index_sequence<I...>) {
    AnswerSpec answer;
    ((index == I ? (answer = std::variant_alternative_t<I, AnswerSpec>{}, 0) : 0), ...);
    return answer;
}

}  // namespace

const char* questionTypeName(QuestionType type) {
    const auto index = static_cast<std::size_t>(type);
    return index < kTypeNames.size() ? kTypeNames[index] : "unknown";
}

bool parseQuestionType(std::string_view name, QuestionType& out) {
    for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
        if (name == kTypeNames[i]) {
            out = static_cast<QuestionType>(i);
            return true;
        }
    }
    return false;
}

AnswerSpec emptyAnswerOf(QuestionType type) {
    return emptyAnswerAt(static_cast<std::size_t>(type), std::make_index_sequence<kQuestionTypeCount>{});
}

}  // namespace retain
