// The text question type: a typed answer with aliases, graded leniently (typos, case).
#pragma once

#include "core/question_types/type_pieces.hpp"

namespace retain {

struct TextAnswer {
    static constexpr const char* kName = "text";
    static constexpr std::array<std::string_view, 5> kKeys = {"answer", "aliases", "typos", "case_sensitive", "allow_extra"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    std::vector<std::string> accepted;  // first one is the canonical answer shown to the learner
    bool typos = true;                  // tolerate typos that grow with length
    bool caseSensitive = false;
    std::vector<std::string> allowExtra = {};  // qualifiers a right answer may carry at either end ("southern")
};

// The pieces of the text type, defined in text_type.cpp (see type_pieces.hpp).
RETAIN_QUESTION_TYPE_PIECES(TextAnswer);
using TextType = QuestionTypeOf<TextAnswer>;

}  // namespace retain
