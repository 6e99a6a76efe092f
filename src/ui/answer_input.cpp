// Answer widgets (see answer_input.hpp). Index:
// [SECTION] Reset, answer, dispatch
// [SECTION] Choice, multi, true/false
// [SECTION] Typed answers and the hint
// Ordering and matching are in answer_arrange.cpp, cloze in answer_cloze.cpp.
#include "ui/answer_input.hpp"

#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/widgets.hpp"

namespace retain::ui {

//-----------------------------------------------------------------------------
// [SECTION] Reset, answer, dispatch
//-----------------------------------------------------------------------------

void AnswerInput::reset(const Question& question, const ShownOrder& order) {
    m_question = &question;
    m_order = order;
    m_shown = shownQuestion(question, order);
    m_chosen = -1;
    m_truth = -1;
    m_text.clear();
    m_checked.clear();
    m_arrangement.clear();
    m_matches.clear();
    m_gapTexts.clear();
    m_selectedSlot = 0;
    m_pickedLeft = -1;
    m_focusGap = 0;
    m_focusField = true;
    m_hintShown = false;
    if (const auto* multi = std::get_if<MultiAnswer>(&question.answer)) m_checked.assign(multi->choices.size(), false);
    if (const auto* ordering = std::get_if<OrderingAnswer>(&question.answer)) {
        m_arrangement = order.items;
        if (m_arrangement.size() != ordering->items.size()) {
            m_arrangement.resize(ordering->items.size());
            for (std::size_t i = 0; i < m_arrangement.size(); ++i) m_arrangement[i] = static_cast<int>(i);
        }
    }
    if (const auto* matching = std::get_if<MatchingAnswer>(&question.answer)) m_matches.assign(matching->pairs.size(), -1);
    if (const auto* cloze = std::get_if<ClozeAnswer>(&question.answer)) m_gapTexts.assign(cloze->gaps.size(), std::string());
}

LearnerAnswer AnswerInput::answer() const {
    LearnerAnswer answer;
    answer.usedHint = m_hintShown;
    if (m_question == nullptr) return answer;
    auto original = [](const std::vector<int>& map, int shown) {
        return shown >= 0 && static_cast<std::size_t>(shown) < map.size() ? map[static_cast<std::size_t>(shown)] : shown;
    };
    switch (m_question->type()) {
        case QuestionType::Choice:
            if (m_chosen >= 0) answer.selected.push_back(original(m_order.choices, m_chosen));
            break;
        case QuestionType::Multi:
            for (std::size_t i = 0; i < m_checked.size(); ++i) {
                if (m_checked[i]) answer.selected.push_back(original(m_order.choices, static_cast<int>(i)));
            }
            std::sort(answer.selected.begin(), answer.selected.end());
            break;
        case QuestionType::TrueFalse:
            if (m_truth >= 0) answer.text = m_truth == 1 ? "true" : "false";
            break;
        case QuestionType::Numeric:
        case QuestionType::Date:
        case QuestionType::Text: answer.text = m_text; break;
        case QuestionType::Ordering: answer.order = m_arrangement; break;
        case QuestionType::Matching:
            for (int shownRight : m_matches) answer.matches.push_back(shownRight < 0 ? -1 : original(m_order.rights, shownRight));
            break;
        case QuestionType::Cloze: answer.gaps = m_gapTexts; break;
    }
    return answer;
}

bool AnswerInput::empty() const {
    const bool anyChecked = std::find(m_checked.begin(), m_checked.end(), true) != m_checked.end();
    const bool anyMatch = std::any_of(m_matches.begin(), m_matches.end(), [](int m) { return m >= 0; });
    const bool anyGap = std::any_of(m_gapTexts.begin(), m_gapTexts.end(), [](const std::string& g) { return !g.empty(); });
    return m_chosen < 0 && m_truth < 0 && m_text.empty() && !anyChecked && !anyMatch && !anyGap;
}

bool AnswerInput::draw(bool keysEnabled) {
    if (m_question == nullptr) return false;
    m_keys = keysEnabled;
    ImGui::PushID(m_question);
    bool submitted = false;
    switch (m_shown.type()) {
        case QuestionType::Choice: submitted = drawChoice(std::get<ChoiceAnswer>(m_shown.answer)); break;
        case QuestionType::Multi: submitted = drawMulti(std::get<MultiAnswer>(m_shown.answer)); break;
        case QuestionType::TrueFalse: submitted = drawTrueFalse(); break;
        case QuestionType::Numeric: {
            const auto& numeric = std::get<NumericAnswer>(m_shown.answer);
            const std::string hint = numeric.unit.empty() ? "a number, e.g. 18 billion" : "a number with its unit (" + numeric.unit + ")";
            submitted = drawTyped(hint.c_str());
            break;
        }
        case QuestionType::Date: submitted = drawTyped("a date, e.g. 26 May 2018, May 2018 or 2018"); break;
        case QuestionType::Text: submitted = drawTyped("your answer"); break;
        case QuestionType::Ordering: submitted = drawOrdering(std::get<OrderingAnswer>(m_shown.answer)); break;
        case QuestionType::Matching: submitted = drawMatching(std::get<MatchingAnswer>(m_shown.answer)); break;
        case QuestionType::Cloze: submitted = drawCloze(std::get<ClozeAnswer>(m_shown.answer)); break;
    }
    drawHint();
    ImGui::PopID();
    return submitted;
}

bool AnswerInput::checkButton() {
    ImGui::Spacing();
    return ImGui::Button("Check (Enter)");
}

//-----------------------------------------------------------------------------
// [SECTION] Choice, multi, true/false
//-----------------------------------------------------------------------------

bool AnswerInput::drawChoice(const ChoiceAnswer& shown) {
    bool submitted = false;
    for (std::size_t i = 0; i < shown.choices.size(); ++i) {
        const std::string label = std::to_string(i + 1) + "   " + shown.choices[i];
        const ButtonLook look = m_chosen == static_cast<int>(i) ? ButtonLook::Selected : ButtonLook::Plain;
        if (wrappedButton(("choice" + std::to_string(i)).c_str(), label, look)) {
            m_chosen = static_cast<int>(i);
            submitted = true;
        }
    }
    if (const int digit = m_keys ? typedDigit() : 0; digit >= 1 && digit <= static_cast<int>(shown.choices.size())) {
        m_chosen = digit - 1;
        submitted = true;
    }
    ImGui::TextDisabled("Click a choice or press its number.");
    return submitted;
}

bool AnswerInput::drawMulti(const MultiAnswer& shown) {
    for (std::size_t i = 0; i < shown.choices.size(); ++i) {
        const std::string mark = m_checked[i] ? "[x] " : "[  ] ";
        const std::string label = mark + std::to_string(i + 1) + "   " + shown.choices[i];
        const ButtonLook look = m_checked[i] ? ButtonLook::Selected : ButtonLook::Plain;
        if (wrappedButton(("multi" + std::to_string(i)).c_str(), label, look)) m_checked[i] = !m_checked[i];
    }
    if (const int digit = m_keys ? typedDigit() : 0; digit >= 1 && digit <= static_cast<int>(shown.choices.size())) {
        m_checked[static_cast<std::size_t>(digit - 1)] = !m_checked[static_cast<std::size_t>(digit - 1)];
    }
    ImGui::TextDisabled("Pick every right answer (click or press its number), then Enter.");
    const bool check = checkButton();
    return check || (m_keys && !ImGui::GetIO().WantTextInput && enterPressed());
}

bool AnswerInput::drawTrueFalse() {
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
    if (m_keys) {
        const char key = typedShortcut();
        if (key == 't' || key == 'f') {
            m_truth = key == 't' ? 1 : 0;
            submitted = true;
        }
    }
    ImGui::TextDisabled("Press T or F.");
    return submitted;
}

//-----------------------------------------------------------------------------
// [SECTION] Typed answers and the hint
//-----------------------------------------------------------------------------

bool AnswerInput::drawTyped(const char* hint) {
    if (m_focusField) {
        ImGui::SetKeyboardFocusHere();
        m_focusField = false;
    }
    ImGui::SetNextItemWidth(-1.0f);
    const bool entered = ImGui::InputTextWithHint("##answer", hint, &m_text, ImGuiInputTextFlags_EnterReturnsTrue);
    const bool check = checkButton();
    if (entered) m_focusField = true;  // keep the keyboard in the field if the answer is refused
    return (entered && m_keys) || check;
}

void AnswerInput::drawHint() {
    if (m_question->hint.empty()) return;
    ImGui::Spacing();
    if (m_hintShown) {
        wrappedTextColored(ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), "Hint: " + m_question->hint);
    } else if (ImGui::SmallButton("Show hint")) {
        m_hintShown = true;
    }
}

}  // namespace retain::ui
