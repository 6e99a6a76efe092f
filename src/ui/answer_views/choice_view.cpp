// Choice: one button per option as shown, keys 1–9 pick and submit at once.
#include <imgui.h>

#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/feedback_panel.hpp"
#include "ui/pictures.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

class ChoiceView final : public AnswerView {
public:
    using AnswerView::AnswerView;

    bool drawInput(bool keys) override {
        const auto& spec = shownSpec<ChoiceAnswer>();
        const auto& choices = spec.choices;
        bool submitted = false;
        drawOptionGrid(choices.size(), !spec.choiceImages.empty(), [&](std::size_t i) {
            const QuestionImage& image = optionImage(spec.choiceImages, i);
            const std::string label = optionLabel(std::to_string(i + 1), choices[i], image);
            const ButtonLook look = m_chosen == static_cast<int>(i) ? ButtonLook::Selected : ButtonLook::Plain;
            if (pictureButton(("choice" + std::to_string(i)).c_str(), label, image, pictures(), look)) {
                m_chosen = static_cast<int>(i);
                submitted = true;
            }
        });
        if (const int digit = keys ? typedDigit() : 0; digit >= 1 && digit <= static_cast<int>(choices.size())) {
            m_chosen = digit - 1;
            submitted = true;
        }
        ImGui::TextDisabled("Click a choice or press its number.");
        return submitted;
    }

    LearnerAnswer answer() const override {
        LearnerAnswer answer;
        if (m_chosen >= 0) answer.selected.push_back(ownIndex(order().choices, m_chosen));
        return answer;
    }

    bool empty() const override { return m_chosen < 0; }
    void drawFeedbackParts(const GradeResult& grade) const override { drawPartRows(grade, PartRows{}); }
    // The options are part of the question; only the answer stays hidden.
    void drawFlashcardFront() const override { bulletList(shownSpec<ChoiceAnswer>().choices); }
    void drawPreview() const override {}

private:
    int m_chosen = -1;  // shown position picked, -1 = none
};

}  // namespace

std::unique_ptr<AnswerView> makeTypeView(const Question& question, const ChoiceAnswer&, const ShownOrder& order) {
    return std::make_unique<ChoiceView>(question, order);
}

}  // namespace retain::ui
