// Numeric: a typed amount, with the question's unit named in the field.
#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/answer_views/typed_answer_view.hpp"

namespace retain::ui {

namespace {

class NumericView final : public TypedAnswerView {
public:
    using TypedAnswerView::TypedAnswerView;

protected:
    std::string fieldHint() const override {
        const std::string& unit = ownSpec<NumericAnswer>().unit;
        return unit.empty() ? "a number, e.g. 18 billion" : "a number with its unit (" + unit + ")";
    }
};

}  // namespace

std::unique_ptr<AnswerView> makeTypeView(const Question& question, const NumericAnswer&, const ShownOrder& order) {
    return std::make_unique<NumericView>(question, order);
}

}  // namespace retain::ui
