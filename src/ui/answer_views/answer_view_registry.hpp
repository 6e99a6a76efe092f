// The window's list of question types: one line per type below, the factory of the type's view, each
// defined in its own file answer_views/<type>_view.cpp. makeAnswerView picks the line with std::visit
// over Question::answer, so an AnswerSpec alternative without a line here is a compile error (no
// overload), never a silent fallthrough; a view that lacks one of AnswerView's pieces does not compile
// either (they are pure virtuals).
//
// A new type on the window side: answer_views/<type>_view.cpp (its class over AnswerView and its
// factory) and its line here. A new piece every type has: a pure virtual of AnswerView when the window
// draws it; a piece that is not the window's (the live classroom's web client script is the next one)
// is a second line per type in this list, beside the factory, with its own visit in the registry.
#pragma once

#include <memory>

#include "ui/answer_views/answer_view.hpp"

namespace retain::ui {

// Returns a new view with empty widgets for question (which must outlive it) shown in order.
std::unique_ptr<AnswerView> makeAnswerView(const Question& question, const ShownOrder& order);

// One line per question type, in AnswerSpec's order. Each returns a new view of question, whose answer is
// spec, shown in order.
std::unique_ptr<AnswerView> makeTypeView(const Question& question, const ChoiceAnswer& spec, const ShownOrder& order);
std::unique_ptr<AnswerView> makeTypeView(const Question& question, const MultiAnswer& spec, const ShownOrder& order);
std::unique_ptr<AnswerView> makeTypeView(const Question& question, const TrueFalseAnswer& spec, const ShownOrder& order);
std::unique_ptr<AnswerView> makeTypeView(const Question& question, const NumericAnswer& spec, const ShownOrder& order);
std::unique_ptr<AnswerView> makeTypeView(const Question& question, const DateAnswer& spec, const ShownOrder& order);
std::unique_ptr<AnswerView> makeTypeView(const Question& question, const TextAnswer& spec, const ShownOrder& order);
std::unique_ptr<AnswerView> makeTypeView(const Question& question, const OrderingAnswer& spec, const ShownOrder& order);
std::unique_ptr<AnswerView> makeTypeView(const Question& question, const MatchingAnswer& spec, const ShownOrder& order);
std::unique_ptr<AnswerView> makeTypeView(const Question& question, const ClozeAnswer& spec, const ShownOrder& order);

}  // namespace retain::ui
