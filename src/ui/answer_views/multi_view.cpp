// Multi: a checkbox button per option as shown; keys 1–9 toggle, Enter or Check submits.
#include <algorithm>

#include <imgui.h>

#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/feedback_panel.hpp"
#include "ui/pictures.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

class MultiView final : public AnswerView {
public:
    MultiView(const Question& question, const ShownOrder& order)
        : AnswerView(question, order), m_checked(ownSpec<MultiAnswer>().choices.size(), false) {}

    bool drawInput(bool keys) override {
        const auto& spec = shownSpec<MultiAnswer>();
        const auto& choices = spec.choices;
        drawOptionGrid(choices.size(), !spec.choiceImages.empty(), [&](std::size_t i) {
            const std::string mark = m_checked[i] ? "[x] " : "[  ] ";
            const QuestionImage& image = optionImage(spec.choiceImages, i);
            const std::string label = optionLabel(mark + std::to_string(i + 1), choices[i], image);
            const ButtonLook look = m_checked[i] ? ButtonLook::Selected : ButtonLook::Plain;
            if (pictureButton(("multi" + std::to_string(i)).c_str(), label, image, pictures(), look)) m_checked[i] = !m_checked[i];
        });
        if (const int digit = keys ? typedDigit() : 0; digit >= 1 && digit <= static_cast<int>(choices.size())) {
            m_checked[static_cast<std::size_t>(digit - 1)] = !m_checked[static_cast<std::size_t>(digit - 1)];
        }
        ImGui::TextDisabled("Pick every right answer (click or press its number), then Enter.");
        return checkButtonOrEnter(keys);
    }

    LearnerAnswer answer() const override {
        LearnerAnswer answer;
        for (std::size_t i = 0; i < m_checked.size(); ++i) {
            if (m_checked[i]) answer.selected.push_back(ownIndex(order().choices, static_cast<int>(i)));
        }
        std::sort(answer.selected.begin(), answer.selected.end());
        return answer;
    }

    bool empty() const override { return std::find(m_checked.begin(), m_checked.end(), true) == m_checked.end(); }
    void drawFeedbackParts(const GradeResult& grade) const override { drawPartRows(grade, PartRows{}); }
    // The options are part of the question; only the answer stays hidden.
    void drawFlashcardFront() const override { bulletList(shownSpec<MultiAnswer>().choices); }
    void drawPreview() const override {}

private:
    std::vector<bool> m_checked;  // by shown position
};

}  // namespace

std::unique_ptr<AnswerView> makeTypeView(const Question& question, const MultiAnswer&, const ShownOrder& order) {
    return std::make_unique<MultiView>(question, order);
}

}  // namespace retain::ui
