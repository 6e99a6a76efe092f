// The shared base of the views whose answer is one typed line (numeric, date, text): a full-width field
// that takes the keyboard as soon as the question appears, Enter or Check submits, and the field keeps
// the keyboard when the answer is refused. A typed answer has no flashcard front and no preview beyond
// the prompt; its feedback is the plain part rows unless the type overrides them.
#pragma once

#include <string>
#include <vector>

#include "ui/answer_views/answer_view.hpp"

namespace retain::ui {

class TypedAnswerView : public AnswerView {
public:
    using AnswerView::AnswerView;

    bool drawInput(bool keys) override;
    LearnerAnswer answer() const override;
    bool empty() const override { return m_text.empty(); }
    void drawFeedbackParts(const GradeResult& grade) const override;
    void drawFlashcardFront() const override {}
    void drawPreview() const override {}
    void focusField() override { m_focusField = true; }
    void carryTyped(const std::vector<unsigned int>& codePoints) override;

protected:
    // Returns the grey text shown in the empty field, saying what to type.
    virtual std::string fieldHint() const = 0;

private:
    std::string m_text;
    bool m_focusField = true;      // the field takes the keyboard next frame
    bool m_awaitingFocus = false;  // focus requested, the field not active yet (ImGui activates it a frame later)
    std::vector<unsigned int> m_carried;  // characters typed meanwhile, code points, oldest first
};

}  // namespace retain::ui
