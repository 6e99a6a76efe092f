// The answer widgets' holder (see answer_input.hpp).
#include "ui/answer_input.hpp"

#include <imgui.h>

#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

// Returns true while an Enter key is held down (either one).
bool enterDown() {
    if (ImGui::GetCurrentContext() == nullptr) return false;
    for (const ImGuiKey key : {ImGuiKey_Enter, ImGuiKey_KeyPadEnter}) {
        const int index = ImGui::GetKeyIndex(key);
        if (index >= 0 && ImGui::IsKeyDown(index)) return true;
    }
    return false;
}

}  // namespace

void AnswerInput::reset(const Question& question, const ShownOrder& order) {
    m_view = makeAnswerView(question, order);
    m_hintShown = false;
    m_enterHeld = enterDown();
}

LearnerAnswer AnswerInput::answer() const {
    LearnerAnswer answer = m_view ? m_view->answer() : LearnerAnswer{};
    answer.usedHint = m_hintShown;
    return answer;
}

bool AnswerInput::empty() const { return !m_view || m_view->empty(); }

bool AnswerInput::draw(bool keysEnabled, PictureProvider* pictures) {
    if (!m_view) return false;
    m_view->setPictures(pictures);
    ImGui::PushID(&m_view->question());
    if (m_enterHeld && !enterDown()) m_enterHeld = false;
    const bool submitted = m_view->drawInput(keysEnabled);
    drawHint();
    ImGui::PopID();
    // While the previous screen's Enter is still held, its key repeat is no answer (a click on Check
    // with Enter held is lost too; the learner clicks again).
    return submitted && !m_enterHeld;
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
