// The true_false question type: a statement that is true or false.
#pragma once

#include "core/question_types/type_pieces.hpp"

namespace retain {

struct TrueFalseAnswer {
    static constexpr const char* kName = "true_false";
    static constexpr std::array<std::string_view, 1> kKeys = {"answer"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    bool value = true;
};

// The pieces of the true_false type, defined in true_false_type.cpp (see type_pieces.hpp).
RETAIN_QUESTION_TYPE_PIECES(TrueFalseAnswer);
using TrueFalseType = QuestionTypeOf<TrueFalseAnswer>;

}  // namespace retain
