// Export of a bank to Moodle's GIFT format.
#pragma once

#include <string>
#include <vector>

#include "core/bank/question.hpp"

namespace retain {

// Returns the bank as GIFT text: "$CATEGORY: <bank id>", then one item per question titled with its id
// ("::id::"), the explanation as general feedback ("####"). choice, multi (weights 100/k for the k right
// answers, -100 for wrong ones), true_false, numeric ({#value:tolerance}; relative tolerance turned into
// an absolute one; the unit appended to the prompt as " [unit: X]") and text ({=a =b}) map directly;
// matching maps to matching; ordering becomes a matching of items to positions 1..n; date becomes a
// short answer of its accepted spellings; cloze becomes one missing-word short answer per gap (the other
// gaps filled in; ids "<id>-gap-N" when there are several; the cloze prompt is not written). Hints and
// source citations are not written.
std::string exportGift(const Bank& bank);

// Returns one warning line per question whose picture exportGift leaves out, naming the question and the
// file ("question flag-1: picture flags/jp.png is not carried ..."); empty when nothing is lost.
std::vector<std::string> giftUncarriedPictures(const Bank& bank);

}  // namespace retain
