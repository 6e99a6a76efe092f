// The wire form of each question type for the live classroom: what a phone is sent (the prompt and what
// it must show, in the shown order, NEVER the answer) and how the phone's answer is read back into a
// LearnerAnswer in the question's own order. One function pair per type in live_wire_types.cpp.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/bank/question.hpp"
#include "core/grading/grader.hpp"
#include "core/session/shown_order.hpp"

namespace retain::net {

// Returns the question as a phone shows it: {"kind", "prompt", and per kind "choices" | "unit" |
// "precision" | "items" | "left"+"right" | "text"+"gaps"}; lists in the shown order. With gameIndex (the
// question's position in the game) its pictures come too: "image" and, for options, "choice_images" |
// "left_images" + "right_images" (as shown, null where none), each {url, alt, only} (live_pictures.hpp).
nlohmann::json questionWire(const Question& question, const ShownOrder& order, int gameIndex = -1);

// Reads a phone's answer (choice {"choice":i}, multi {"choices":[i...]}, true_false {"value":b},
// numeric/date/text {"text":s}, ordering {"order":[i...]}, matching {"pairs":[[l,r]...]}, cloze
// {"gaps":[s...]}; indices as shown) into the question's own order. Nothing, with error set to one
// sentence, when the shape is wrong or an index is out of range.
std::optional<LearnerAnswer> answerFromWire(const Question& question, const ShownOrder& order,
                                            const nlohmann::json& wire, std::string& error);

}  // namespace retain::net
