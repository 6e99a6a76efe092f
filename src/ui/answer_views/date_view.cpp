// Date: a typed date, a month or a year (docs/grading.md lists the forms read).
#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/answer_views/typed_answer_view.hpp"

namespace retain::ui {

namespace {

class DateView final : public TypedAnswerView {
public:
    using TypedAnswerView::TypedAnswerView;

protected:
    std::string fieldHint() const override { return "a date, e.g. 26 May 2018, May 2018 or 2018"; }
};

}  // namespace

std::unique_ptr<AnswerView> makeTypeView(const Question& question, const DateAnswer&, const ShownOrder& order) {
    return std::make_unique<DateView>(question, order);
}

}  // namespace retain::ui
