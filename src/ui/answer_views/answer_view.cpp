// The base of every answer view (see answer_view.hpp).
#include "ui/answer_views/answer_view.hpp"

#include <imgui.h>

#include "ui/widgets.hpp"

namespace retain::ui {

AnswerView::AnswerView(const Question& question, const ShownOrder& order)
    : m_question(&question), m_shown(shownQuestion(question, order)), m_order(order) {}

int AnswerView::ownIndex(const std::vector<int>& map, int shown) {
    return shown >= 0 && static_cast<std::size_t>(shown) < map.size() ? map[static_cast<std::size_t>(shown)] : shown;
}

bool AnswerView::checkButton() {
    ImGui::Spacing();
    return ImGui::Button("Check (Enter)");
}

bool AnswerView::checkButtonOrEnter(bool keys) {
    const bool check = checkButton();
    return check || (keys && !ImGui::GetIO().WantTextInput && enterPressed());
}

}  // namespace retain::ui
