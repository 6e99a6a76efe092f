// Reading a question's answer keys: each type reads its own (core/question_types/); this file only
// dispatches on the type and lists the keys.
#include "core/bank/answer_reader.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "core/question_types/answer_fields.hpp"

namespace retain {

namespace {

template <std::size_t... I>
std::array<std::span<const std::string_view>, kQuestionTypeCount> keysByType(std::index_sequence<I...>) {
    return {std::span<const std::string_view>(std::variant_alternative_t<I, AnswerSpec>::kKeys)...};
}

}  // namespace

std::span<const std::string_view> answerKeys(QuestionType type) {
    static const auto keys = keysByType(std::make_index_sequence<kQuestionTypeCount>{});
    return keys[static_cast<std::size_t>(type)];
}

const std::vector<std::string_view>& allAnswerKeys() {
    static const std::vector<std::string_view> keys = [] {
        std::vector<std::string_view> all;
        for (std::size_t t = 0; t < kQuestionTypeCount; ++t) {
            for (std::string_view key : answerKeys(static_cast<QuestionType>(t))) {
                if (std::find(all.begin(), all.end(), key) == all.end()) all.push_back(key);
            }
        }
        return all;
    }();
    return keys;
}

std::optional<AnswerSpec> readAnswer(QuestionType type, const MapFields& fields, const YAML::Node& question,
                                     ProblemSink& sink) {
    AnswerFields answerFields(questionTypeName(type), fields, question, sink);
    AnswerSpec empty = emptyAnswerOf(type);
    return std::visit(
        [&](const auto& spec) -> std::optional<AnswerSpec> {
            auto read = TypeOf<decltype(spec)>::read(answerFields);
            if (!read) return std::nullopt;
            return AnswerSpec(std::move(*read));
        },
        empty);
}

}  // namespace retain
