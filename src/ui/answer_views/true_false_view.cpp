// True/false: two half-width buttons, keys T and F answer at once.
#include <imgui.h>

#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/feedback_panel.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

class TrueFalseView final : public AnswerView {
public:
    using AnswerView::AnswerView;

    bool drawInput(bool keys) override {
        bool submitted = false;
        const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        if (wrappedButton("true", "T   True", m_truth == 1 ? ButtonLook::Selected : ButtonLook::Plain, half)) {
            m_truth = 1;
            submitted = true;
        }
        ImGui::SameLine();
        if (wrappedButton("false", "F   False", m_truth == 0 ? ButtonLook::Selected : ButtonLook::Plain, half)) {
            m_truth = 0;
            submitted = true;
        }
        if (keys) {
            const char key = typedShortcut();
            if (key == 't' || key == 'f') {
                m_truth = key == 't' ? 1 : 0;
                submitted = true;
            }
        }
        ImGui::TextDisabled("Press T or F.");
        return submitted;
    }

    LearnerAnswer answer() const override {
        LearnerAnswer answer;
        if (m_truth >= 0) answer.text = m_truth == 1 ? "true" : "false";
        return answer;
    }

    bool empty() const override { return m_truth < 0; }
    void drawFeedbackParts(const GradeResult& grade) const override { drawPartRows(grade, PartRows{}); }
    void drawFlashcardFront() const override {}
    void drawPreview() const override {}

private:
    int m_truth = -1;  // 1 true, 0 false, -1 none
};

}  // namespace

std::unique_ptr<AnswerView> makeTypeView(const Question& question, const TrueFalseAnswer&, const ShownOrder& order) {
    return std::make_unique<TrueFalseView>(question, order);
}

}  // namespace retain::ui
