// Date: a typed date, a month or a year (docs/grading.md lists the forms read).
#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/answer_views/typed_answer_view.hpp"
#include "core/question_types/date_hint.hpp"

namespace retain::ui {

namespace {

class DateView final : public TypedAnswerView {
public:
    DateView(const Question& question, const DateAnswer& spec, const ShownOrder& order)
        : TypedAnswerView(question, order), m_hint(dateFieldHint(spec)) {}

protected:
    // No example date: it could be the answer to another question (dateFieldHint).
    std::string fieldHint() const override { return m_hint; }

private:
    std::string m_hint;
};

}  // namespace

std::unique_ptr<AnswerView> makeTypeView(const Question& question, const DateAnswer& spec, const ShownOrder& order) {
    return std::make_unique<DateView>(question, spec, order);
}

}  // namespace retain::ui
