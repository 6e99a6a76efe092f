// The typed-line answer field (see typed_answer_view.hpp).
#include "ui/answer_views/typed_answer_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/feedback_panel.hpp"

namespace retain::ui {

bool TypedAnswerView::drawInput(bool keys) {
    if (m_focusField) {
        ImGui::SetKeyboardFocusHere();
        m_focusField = false;
    }
    ImGui::SetNextItemWidth(-1.0f);
    const std::string hint = fieldHint();
    const bool entered = ImGui::InputTextWithHint("##answer", hint.c_str(), &m_text, ImGuiInputTextFlags_EnterReturnsTrue);
    const bool check = checkButton();
    if (entered) m_focusField = true;  // keep the keyboard in the field if the answer is refused
    return (entered && keys) || check;
}

LearnerAnswer TypedAnswerView::answer() const {
    LearnerAnswer answer;
    answer.text = m_text;
    return answer;
}

void TypedAnswerView::drawFeedbackParts(const GradeResult& grade) const { drawPartRows(grade, PartRows{}); }

}  // namespace retain::ui
