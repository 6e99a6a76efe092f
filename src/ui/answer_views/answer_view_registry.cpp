// Picking a question's view (see answer_view_registry.hpp).
#include "ui/answer_views/answer_view_registry.hpp"

#include <variant>

namespace retain::ui {

std::unique_ptr<AnswerView> makeAnswerView(const Question& question, const ShownOrder& order) {
    // No default and no conversion between the answer structs: every alternative needs its own line.
    return std::visit([&](const auto& spec) { return makeTypeView(question, spec, order); }, question.answer);
}

}  // namespace retain::ui
