// The choice question type: one right answer among 2 to 8 choices.
#pragma once

#include "core/bank/question_image.hpp"
#include "core/question_types/type_pieces.hpp"

namespace retain {

struct ChoiceAnswer {
    static constexpr const char* kName = "choice";
    static constexpr std::array<std::string_view, 3> kKeys = {"choices", "answer", "shuffle"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    std::vector<std::string> choices;
    int correct = 0;        // index into choices
    bool shuffle = true;    // shown in random order
    OptionImages choiceImages = {};  // one picture per choice when any has one, else empty
};

// The pieces of the choice type, defined in choice_type.cpp (see type_pieces.hpp).
RETAIN_QUESTION_TYPE_PIECES(ChoiceAnswer);
using ChoiceType = QuestionTypeOf<ChoiceAnswer>;

}  // namespace retain
