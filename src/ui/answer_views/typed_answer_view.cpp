// The typed-line answer field (see typed_answer_view.hpp).
#include "ui/answer_views/typed_answer_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/feedback_panel.hpp"

namespace retain::ui {

void TypedAnswerView::carryTyped(const std::vector<unsigned int>& codePoints) {
    m_carried.insert(m_carried.end(), codePoints.begin(), codePoints.end());
}

// ImGui gives a field the keyboard a frame or two after SetKeyboardFocusHere, and drops the characters
// typed meanwhile (no widget takes them, and the field discards those of the frame it is activated in):
// the learner's first letters would be lost ("the Kurils" stored as "he Kurils"). Until the field is
// active, its characters are kept; once it is, they are handed back to it ahead of newer ones.
bool TypedAnswerView::drawInput(bool keys) {
    if (m_focusField) {
        ImGui::SetKeyboardFocusHere();
        m_focusField = false;
        m_awaitingFocus = true;
    }
    ImGuiIO& io = ImGui::GetIO();
    if (m_awaitingFocus) {
        for (ImWchar c : io.InputQueueCharacters) m_carried.push_back(c);
        io.InputQueueCharacters.resize(0);
    } else if (!m_carried.empty()) {
        std::vector<ImWchar> queued(io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
        io.InputQueueCharacters.resize(0);
        for (unsigned int c : m_carried) io.InputQueueCharacters.push_back(static_cast<ImWchar>(c));
        for (ImWchar c : queued) io.InputQueueCharacters.push_back(c);
        m_carried.clear();
    }
    ImGui::SetNextItemWidth(-1.0f);
    const std::string hint = fieldHint();
    const bool entered = ImGui::InputTextWithHint("##answer", hint.c_str(), &m_text, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemActive()) m_awaitingFocus = false;
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
