// The numeric question type: a number with an optional unit or currency and a tolerance.
#pragma once

#include "core/question_types/type_pieces.hpp"

namespace retain {

struct NumericAnswer {
    static constexpr const char* kName = "numeric";
    static constexpr std::array<std::string_view, 5> kKeys = {"answer", "unit", "unit_aliases", "tolerance", "relative_tolerance"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    double value = 0.0;                    // in base units (18 billion is 18e9, not 18)
    std::string unit;                      // canonical unit or currency, e.g. "USD", "documents"; empty = none
    std::vector<std::string> unitAliases;  // other accepted spellings of the unit
    double absoluteTolerance = 0.0;        // accepted |given - value|, base units
    double relativeTolerance = 0.0;        // accepted |given - value| / |value|
};

// The pieces of the numeric type, defined in numeric_type.cpp (see type_pieces.hpp).
RETAIN_QUESTION_TYPE_PIECES(NumericAnswer);
using NumericType = QuestionTypeOf<NumericAnswer>;

}  // namespace retain
