// Text: a typed answer; its feedback marks the letters that differ from the expected spelling.
#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/answer_views/typed_answer_view.hpp"
#include "ui/feedback_panel.hpp"

namespace retain::ui {

namespace {

class TextView final : public TypedAnswerView {
public:
    using TypedAnswerView::TypedAnswerView;

    // Typed words: a letter-by-letter comparison shows the typo.
    void drawFeedbackParts(const GradeResult& grade) const override {
        drawPartRows(grade, PartRows{PartLabel::None, "", true});
    }

protected:
    std::string fieldHint() const override { return "your answer"; }
};

}  // namespace

std::unique_ptr<AnswerView> makeTypeView(const Question& question, const TextAnswer&, const ShownOrder& order) {
    return std::make_unique<TextView>(question, order);
}

}  // namespace retain::ui
