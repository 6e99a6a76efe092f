// The ordering question type: items to put in their right order, with partial credit.
#pragma once

#include "core/question_types/type_pieces.hpp"

namespace retain {

struct OrderingAnswer {
    static constexpr const char* kName = "ordering";
    static constexpr std::array<std::string_view, 1> kKeys = {"items"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    std::vector<std::string> items;  // in the right order
};

// The pieces of the ordering type, defined in ordering_type.cpp (see type_pieces.hpp).
RETAIN_QUESTION_TYPE_PIECES(OrderingAnswer);
using OrderingType = QuestionTypeOf<OrderingAnswer>;

}  // namespace retain
