// The multi question type: several right answers among the choices, with partial credit.
#pragma once

#include "core/bank/question_image.hpp"
#include "core/question_types/type_pieces.hpp"

namespace retain {

struct MultiAnswer {
    static constexpr const char* kName = "multi";
    static constexpr std::array<std::string_view, 3> kKeys = {"choices", "answers", "shuffle"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    std::vector<std::string> choices;
    std::vector<int> correct;  // indices into choices, ascending
    bool shuffle = true;       // shown in random order
    OptionImages choiceImages = {};  // one picture per choice when any has one, else empty
};

// The pieces of the multi type, defined in multi_type.cpp (see type_pieces.hpp).
RETAIN_QUESTION_TYPE_PIECES(MultiAnswer);
using MultiType = QuestionTypeOf<MultiAnswer>;

}  // namespace retain
