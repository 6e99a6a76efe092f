// The answer widgets' holder (see answer_input.hpp).
#include "ui/answer_input.hpp"

#include <imgui.h>

#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

void AnswerInput::reset(const Question& question, const ShownOrder& order) {
    m_view = makeAnswerView(question, order);
    m_hintShown = false;
}

LearnerAnswer AnswerInput::answer() const {
    LearnerAnswer answer = m_view ? m_view->answer() : LearnerAnswer{};
    answer.usedHint = m_hintShown;
    return answer;
}

bool AnswerInput::empty() const { return !m_view || m_view->empty(); }

bool AnswerInput::draw(bool keysEnabled) {
    if (!m_view) return false;
    ImGui::PushID(&m_view->question());
    const bool submitted = m_view->drawInput(keysEnabled);
    drawHint();
    ImGui::PopID();
    return submitted;
}

void AnswerInput::focusField() {
    if (m_view) m_view->focusField();
}

void AnswerInput::carryTyped(const std::vector<unsigned int>& codePoints) {
    if (m_view) m_view->carryTyped(codePoints);
}

void AnswerInput::drawHint() {
    const std::string& hint = m_view->question().hint;
    if (hint.empty()) return;
    ImGui::Spacing();
    if (m_hintShown) {
        noteText("Hint: " + hint);
    } else if (ImGui::SmallButton("Show hint")) {
        m_hintShown = true;
        m_view->focusField();  // the click took the keyboard: the learner types on
    }
}

}  // namespace retain::ui
