// The matching question type: left items to pair with right items, with partial credit.
#pragma once

#include "core/bank/question_image.hpp"
#include "core/question_types/type_pieces.hpp"
#include <utility>

namespace retain {

struct MatchingAnswer {
    static constexpr const char* kName = "matching";
    static constexpr std::array<std::string_view, 1> kKeys = {"pairs"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    std::vector<std::pair<std::string, std::string>> pairs;  // left -> right, as written
    OptionImages leftImages = {};   // one picture per pair's left side when any has one, else empty
    OptionImages rightImages = {};  // the same for the right sides
};

// The pieces of the matching type, defined in matching_type.cpp (see type_pieces.hpp).
RETAIN_QUESTION_TYPE_PIECES(MatchingAnswer);
using MatchingType = QuestionTypeOf<MatchingAnswer>;

}  // namespace retain
