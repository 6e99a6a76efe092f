// Matching: the left items in the bank's order beside the right items as shown. Pick a left item (click
// or its number), then its partner (click or its letter); Enter or Check submits.
#include <algorithm>

#include <imgui.h>

#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/feedback_panel.hpp"
#include "ui/pictures.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

// Returns the letter that names right-hand item i: a, b, c, ...
std::string letterOf(int index) { return std::string(1, static_cast<char>('a' + index)); }

class MatchingView final : public AnswerView {
public:
    MatchingView(const Question& question, const ShownOrder& order)
        : AnswerView(question, order), m_matches(ownSpec<MatchingAnswer>().pairs.size(), -1) {}

    bool drawInput(bool keys) override {
        const auto& spec = shownSpec<MatchingAnswer>();
        const auto& pairs = spec.pairs;
        const int count = static_cast<int>(pairs.size());
        if (m_pickedLeft < 0 && empty()) m_pickedLeft = 0;
        if (ImGui::BeginTable("matching", 2, ImGuiTableFlags_SizingStretchSame)) {
            for (int row = 0; row < count; ++row) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                const int matched = m_matches[static_cast<std::size_t>(row)];
                const std::size_t at = static_cast<std::size_t>(row);
                const QuestionImage& leftImage = optionImage(spec.leftImages, at);
                std::string label = optionLabel(std::to_string(row + 1), pairs[at].first, leftImage);
                label += matched >= 0 ? "   \u2192 " + letterOf(matched) : "   \u2192 ?";
                const ButtonLook leftLook = row == m_pickedLeft ? ButtonLook::Selected : (matched >= 0 ? ButtonLook::Marked : ButtonLook::Plain);
                if (pictureButton(("left" + std::to_string(row)).c_str(), label, leftImage, pictures(), leftLook)) pickLeft(row);
                ImGui::TableSetColumnIndex(1);
                const bool used = std::find(m_matches.begin(), m_matches.end(), row) != m_matches.end();
                const QuestionImage& rightImage = optionImage(spec.rightImages, at);
                const std::string right = optionLabel(letterOf(row), pairs[at].second, rightImage);
                if (pictureButton(("right" + std::to_string(row)).c_str(), right, rightImage, pictures(), used ? ButtonLook::Marked : ButtonLook::Plain)) {
                    pair(m_pickedLeft, row);
                }
            }
            ImGui::EndTable();
        }
        if (keys) {
            const char key = typedShortcut();
            if (key >= '1' && key <= '9' && key - '1' < count) pickLeft(key - '1');
            else if (key >= 'a' && key - 'a' < count) pair(m_pickedLeft, key - 'a');
        }
        ImGui::TextDisabled("Pick a left item (click or its number), then its partner on the right (click or its letter). Then Enter.");
        return checkButtonOrEnter(keys);
    }

    LearnerAnswer answer() const override {
        LearnerAnswer answer;
        for (int shownRight : m_matches) answer.matches.push_back(shownRight < 0 ? -1 : ownIndex(order().rights, shownRight));
        return answer;
    }

    bool empty() const override { return std::none_of(m_matches.begin(), m_matches.end(), [](int m) { return m >= 0; }); }
    // A row is named by its left item, which the grader puts in the part's note.
    void drawFeedbackParts(const GradeResult& grade) const override {
        drawPartRows(grade, PartRows{PartLabel::Note, "Item", false});
    }
    void drawFlashcardFront() const override {}
    void drawPreview() const override {}

private:
    // Picks left item row; picking a matched item again unpairs it.
    void pickLeft(int row) {
        m_pickedLeft = row;
        m_matches[static_cast<std::size_t>(row)] = -1;
    }

    // Pairs left with the right item at shown position right; each right item is used once.
    void pair(int left, int right) {
        const int count = static_cast<int>(m_matches.size());
        if (left < 0 || left >= count || right < 0 || right >= count) return;
        for (int& other : m_matches) {
            if (other == right) other = -1;
        }
        m_matches[static_cast<std::size_t>(left)] = right;
        // The next unmatched left item is picked, so pairs can be typed in one go: 1b 2a 3c.
        const auto next = std::find(m_matches.begin(), m_matches.end(), -1);
        m_pickedLeft = next == m_matches.end() ? -1 : static_cast<int>(next - m_matches.begin());
    }

    std::vector<int> m_matches;  // for left i, the SHOWN position of its right item, -1 = none
    int m_pickedLeft = -1;       // left item waiting for its right item
};

}  // namespace

std::unique_ptr<AnswerView> makeTypeView(const Question& question, const MatchingAnswer&, const ShownOrder& order) {
    return std::make_unique<MatchingView>(question, order);
}

}  // namespace retain::ui
