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
    std::string form = {};  // when matched in another reading (answer_forms.hpp): what was set aside, else ""
};

// Grades given against accepted; allowEquivalents also accepts the same amount or date written another way.
// Readings of answer_forms.hpp (titles, company suffixes, "name (SHORT)", the qualifiers in allowExtra) count
// after an exact match as typed and before a typo as typed.
TypedGrade gradeTyped(std::string_view given, const std::vector<std::string>& accepted, const TextMatchOptions& options,
                      bool allowEquivalents, const std::vector<std::string>& allowExtra = {});
// True for the kinds that earn credit (exact, typo).
bool countsAsRight(TypedKind kind);
// Returns " (read without the title 'PM')" for a grade found in another reading, "" otherwise.
std::string formNote(const TypedGrade& grade);
// Returns the note shown beside a part ("typo", "check the case", "accepted without the title 'PM'"), or "".
std::string noteFor(const TypedGrade& grade);

}  // namespace retain
