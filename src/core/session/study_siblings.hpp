// Which questions of a study queue are siblings: questions that answer each other, so one must not be
// shown right after the other (Anki buries siblings). Two kinds, with different strengths:
//   - a bank-declared group (`sibling: <group>` on each question; docs in questions/README.md): one
//     question of the group studied today holds the others back for the rest of the day;
//   - questions citing the same source paragraph (`source: {paragraph: N}`): they are only kept apart,
//     never shown back to back. A paragraph often carries a dozen questions on different facts, so
//     holding them back for the day would starve the daily new limit.
#pragma once

#include <string>

#include "core/bank/question.hpp"
#include "core/storage/records.hpp"

namespace retain {

// Returns the key of the declared sibling group of question in bank bankId ("" when it declares none):
// groups are per bank, so two banks may use the same group name.
std::string siblingGroupKey(const std::string& bankId, const Question* question);

// Returns true when a and b (of banks aBank and bBank) cite a paragraph in common. Questions without a
// citation (paragraph 0) or from different banks share none. A null question shares none.
bool shareSourceParagraph(const std::string& aBank, const Question* a, const std::string& bBank, const Question* b);

}  // namespace retain
