// A question written out as plain text for a terminal: the prompt, then the options in their shown
// order with the numbers or letters the learner types (choices and ordering items numbered 1..n,
// matching left items numbered and right items lettered, cloze gaps as [1], [2], ...), then a one-line
// note on how to answer. A terminal cannot draw pictures, so each one is a line naming its alt text and
// its file: "[picture: a red triangle (/banks/shapes/triangle.png)]", and for an option's picture
// "[picture of "Triangle": a red triangle (...)]" (a picture-only option, named by its alt text already:
// "[picture of "a red triangle" (...)]").
#pragma once

#include <string>

#include "core/bank/question.hpp"
#include "core/session/shown_order.hpp"

namespace retain {

// Returns the question as lines of text (each ending in '\n'), options in order's shown order.
std::string questionText(const Question& question, const ShownOrder& order);

}  // namespace retain
