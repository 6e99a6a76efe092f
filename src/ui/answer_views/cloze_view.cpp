// Cloze: the text flows word by word and wraps at the right edge, with a small input field standing in
// each gap. Enter moves to the next gap; Enter in the last gap checks the answer.
#include <algorithm>
#include <cstdlib>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/feedback_panel.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

// Lays out inline items left to right, starting a new line when the next one would pass the edge.
class InlineFlow {
public:
    InlineFlow() : m_right(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x) {}
    // Positions the cursor for an item width pixels wide, spacing pixels after the previous one.
    void place(float width, float spacing) {
        if (!m_first) {
            ImGui::SameLine(0.0f, spacing);
            if (ImGui::GetCursorPosX() + width > m_right) ImGui::NewLine();
        }
        m_first = false;
        ImGui::AlignTextToFramePadding();
    }

private:
    float m_right;
    bool m_first = true;
};

// Calls word(text) for each space-separated word of text.
template <typename F>
void forEachWord(const std::string& text, F word) {
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t space = text.find(' ', start);
        const std::size_t end = space == std::string::npos ? text.size() : space;
        if (end > start) word(text.substr(start, end - start));
        start = end + 1;
    }
}

class ClozeView final : public AnswerView {
public:
    ClozeView(const Question& question, const ShownOrder& order)
        : AnswerView(question, order), m_gapTexts(ownSpec<ClozeAnswer>().gaps.size()) {}

    bool drawInput(bool keys) override {
        const std::string& text = shownSpec<ClozeAnswer>().text;
        const float space = ImGui::CalcTextSize(" ").x;
        const float gapWidth = ImGui::GetFontSize() * 9.0f;
        InlineFlow flow;
        bool submitted = false;
        std::size_t at = 0;
        // Text right after a gap with no space before it ("{{2017}}.") stays next to the gap.
        auto words = [&](const std::string& part, bool afterGap) {
            bool attach = afterGap && !part.empty() && part.front() != ' ';
            forEachWord(part, [&](const std::string& word) {
                flow.place(ImGui::CalcTextSize(word.c_str()).x, attach ? 0.0f : space);
                attach = false;
                ImGui::TextUnformatted(word.c_str());
            });
        };
        bool afterGap = false;
        while (at < text.size()) {
            const std::size_t open = text.find("{{", at);
            const std::size_t close = open == std::string::npos ? std::string::npos : text.find("}}", open);
            if (open == std::string::npos || close == std::string::npos) {
                words(text.substr(at), afterGap);
                break;
            }
            words(text.substr(at, open - at), afterGap);
            afterGap = true;
            const int gap = std::atoi(text.substr(open + 2, close - open - 2).c_str());
            at = close + 2;
            if (gap < 0 || static_cast<std::size_t>(gap) >= m_gapTexts.size()) continue;
            flow.place(gapWidth, space);
            if (drawGap(gap, gapWidth) && keys) {
                if (static_cast<std::size_t>(gap) + 1 < m_gapTexts.size()) m_focusGap = gap + 1;
                else submitted = true;
            }
        }
        ImGui::NewLine();
        ImGui::TextDisabled("Fill each gap; Enter or Tab goes to the next one, Enter in the last one checks.");
        return checkButton() || submitted;
    }

    LearnerAnswer answer() const override {
        LearnerAnswer answer;
        answer.gaps = m_gapTexts;
        return answer;
    }

    bool empty() const override {
        return std::all_of(m_gapTexts.begin(), m_gapTexts.end(), [](const std::string& g) { return g.empty(); });
    }
    // Typed words: a letter-by-letter comparison shows the typo.
    void drawFeedbackParts(const GradeResult& grade) const override {
        drawPartRows(grade, PartRows{PartLabel::Number, "Gap", true});
    }
    // The text with every gap a blank.
    void drawFlashcardFront() const override {
        std::string text = ownSpec<ClozeAnswer>().text;
        for (std::size_t open = text.find("{{"); open != std::string::npos; open = text.find("{{", open)) {
            const std::size_t close = text.find("}}", open);
            if (close == std::string::npos) break;
            text.replace(open, close + 2 - open, "_____");
        }
        wrappedText(text);
    }
    // The prompt alone does not say what is asked: the text follows it.
    void drawPreview() const override { wrappedText(ownSpec<ClozeAnswer>().text); }

private:
    // Draws the field of gap, gapWidth pixels wide; returns true when Enter was pressed in it.
    bool drawGap(int gap, float gapWidth) {
        if (m_focusGap == gap) {
            ImGui::SetKeyboardFocusHere();
            m_focusGap = -1;
        }
        ImGui::SetNextItemWidth(gapWidth);
        const std::string id = "##gap" + std::to_string(gap);
        // Built by appending: GCC 12 gives a false -Wrestrict on "[" + std::to_string(...) in Release.
        std::string hint = "[";
        hint += std::to_string(gap + 1);
        hint += ']';
        return ImGui::InputTextWithHint(id.c_str(), hint.c_str(), &m_gapTexts[static_cast<std::size_t>(gap)],
                                        ImGuiInputTextFlags_EnterReturnsTrue);
    }

    std::vector<std::string> m_gapTexts;  // one typed text per gap
    int m_focusGap = 0;                   // gap that takes the keyboard next frame, -1 = none
};

}  // namespace

std::unique_ptr<AnswerView> makeTypeView(const Question& question, const ClozeAnswer&, const ShownOrder& order) {
    return std::make_unique<ClozeView>(question, order);
}

}  // namespace retain::ui
