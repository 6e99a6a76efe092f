// The one list of question types. Adding a type: its file pair in this folder, then one line in each of
// the two lists below (the enum and the variant, in the same order) and its #include. Everything that
// dispatches on a question's type visits Question::answer, so a type whose traits lack a piece does not
// compile; registry.cpp checks the two lists against each other.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "core/question_types/choice_type.hpp"
#include "core/question_types/cloze_type.hpp"
#include "core/question_types/date_type.hpp"
#include "core/question_types/matching_type.hpp"
#include "core/question_types/multi_type.hpp"
#include "core/question_types/numeric_type.hpp"
#include "core/question_types/ordering_type.hpp"
#include "core/question_types/text_type.hpp"
#include "core/question_types/true_false_type.hpp"

namespace retain {

// The order of this enum is the order of the alternatives of AnswerSpec.
enum class QuestionType { Choice, Multi, TrueFalse, Numeric, Date, Text, Ordering, Matching, Cloze };

using AnswerSpec = std::variant<ChoiceAnswer, MultiAnswer, TrueFalseAnswer, NumericAnswer, DateAnswer, TextAnswer,
                                OrderingAnswer, MatchingAnswer, ClozeAnswer>;

// How many question types there are.
inline constexpr std::size_t kQuestionTypeCount = std::variant_size_v<AnswerSpec>;
static_assert(static_cast<std::size_t>(QuestionType::Cloze) + 1 == kQuestionTypeCount,
              "QuestionType and AnswerSpec must list the same types");

// The pieces of an answer alternative: TypeOf<ChoiceAnswer> is ChoiceType (cv and references dropped, so
// dispatchers can write TypeOf<decltype(spec)> inside std::visit).
template <typename Spec>
using TypeOf = QuestionTypeOf<std::remove_cvref_t<Spec>>;

// Returns the YAML spelling: "choice", "multi", "true_false", "numeric", "date", "text", "ordering",
// "matching" or "cloze" ("unknown" outside the enum).
const char* questionTypeName(QuestionType type);
// Parses a YAML spelling; returns false when the name is not a type.
bool parseQuestionType(std::string_view name, QuestionType& out);
// Returns a default-constructed answer of this type (the variant holding it).
AnswerSpec emptyAnswerOf(QuestionType type);

}  // namespace retain
