// One typed text against its accepted answers, shared by the text and cloze types: exact, a typo, a near
// miss, a case slip, or wrong; a figure or a date written another way counts as exact where allowed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/grading/text_match.hpp"

namespace retain {

enum class TypedKind { Blank, Exact, Typo, NearMiss, CaseOnly, Wrong };

struct TypedGrade {
    TypedKind kind = TypedKind::Wrong;
    std::string closest;  // the accepted answer matched or nearly matched
};

// Grades given against accepted; allowEquivalents also accepts the same amount or date written another way.
TypedGrade gradeTyped(std::string_view given, const std::vector<std::string>& accepted, const TextMatchOptions& options,
                      bool allowEquivalents);
// True for the kinds that earn credit (exact, typo).
bool countsAsRight(TypedKind kind);
// Returns the note shown beside a part ("typo", "check the case", ...), or "".
std::string noteFor(const TypedGrade& grade);

}  // namespace retain
