// Ordering: the items as currently arranged, top to bottom. Drag one onto another's place, or select one
// (click, arrows or its number) and move it with Alt or Ctrl + Up/Down; Enter or Check submits.
#include <algorithm>
#include <numeric>

#include <imgui.h>

#include "ui/answer_views/answer_view_registry.hpp"
#include "ui/feedback_panel.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

constexpr const char* kOrderPayload = "RETAIN_ORDER_SLOT";

class OrderingView final : public AnswerView {
public:
    OrderingView(const Question& question, const ShownOrder& order) : AnswerView(question, order), m_arrangement(order.items) {
        const std::size_t count = ownSpec<OrderingAnswer>().items.size();
        if (m_arrangement.size() != count) {
            m_arrangement.resize(count);
            std::iota(m_arrangement.begin(), m_arrangement.end(), 0);
        }
    }

    bool drawInput(bool keys) override {
        const auto& items = ownSpec<OrderingAnswer>().items;  // texts by the question's own index
        const int count = static_cast<int>(m_arrangement.size());
        for (int slot = 0; slot < count; ++slot) {
            const std::string& text = items[static_cast<std::size_t>(m_arrangement[static_cast<std::size_t>(slot)])];
            const std::string label = std::to_string(slot + 1) + ".   " + text;
            const ButtonLook look = slot == m_selectedSlot ? ButtonLook::Selected : ButtonLook::Plain;
            if (wrappedButton(("slot" + std::to_string(slot)).c_str(), label, look)) m_selectedSlot = slot;
            if (ImGui::BeginDragDropSource()) {
                ImGui::SetDragDropPayload(kOrderPayload, &slot, sizeof(slot));
                ImGui::TextUnformatted(text.c_str());
                ImGui::EndDragDropSource();
            }
            if (ImGui::BeginDragDropTarget()) {
                if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kOrderPayload)) {
                    moveItem(*static_cast<const int*>(payload->Data), slot);
                    m_selectedSlot = slot;
                }
                ImGui::EndDragDropTarget();
            }
        }
        if (keys && !ImGui::GetIO().WantTextInput && count > 0) readKeys(count);
        ImGui::TextDisabled("Drag items into order, or select one (click, arrows or its number) and move it with Alt+Up/Down. Then Enter.");
        return checkButtonOrEnter(keys);
    }

    LearnerAnswer answer() const override {
        LearnerAnswer answer;
        answer.order = m_arrangement;
        return answer;
    }

    // The items are arranged from the moment they are shown, so there is always an answer to submit.
    bool empty() const override { return false; }
    void drawFeedbackParts(const GradeResult& grade) const override {
        drawPartRows(grade, PartRows{PartLabel::Number, "Position", false});
    }
    void drawFlashcardFront() const override {}
    void drawPreview() const override {}

private:
    // Arrows move the selection; with Alt or Ctrl they move the selected item; a digit selects.
    void readKeys(int count) {
        const ImGuiIO& io = ImGui::GetIO();
        const bool move = io.KeyAlt || io.KeyCtrl;
        int step = 0;
        if (keyPressed(ImGuiKey_UpArrow)) step = -1;
        if (keyPressed(ImGuiKey_DownArrow)) step = 1;
        const int target = std::clamp(m_selectedSlot + step, 0, count - 1);
        if (step != 0 && move) moveItem(m_selectedSlot, target);
        if (step != 0) m_selectedSlot = target;
        if (const int digit = typedDigit(); digit >= 1 && digit <= count) m_selectedSlot = digit - 1;
    }

    // Moves the item at position from to position to, shifting the ones between.
    void moveItem(int from, int to) {
        const int count = static_cast<int>(m_arrangement.size());
        if (from < 0 || from >= count || to < 0 || to >= count || from == to) return;
        const int item = m_arrangement[static_cast<std::size_t>(from)];
        m_arrangement.erase(m_arrangement.begin() + from);
        m_arrangement.insert(m_arrangement.begin() + to, item);
    }

    std::vector<int> m_arrangement;  // the question's own item indices, top to bottom as arranged
    int m_selectedSlot = 0;          // position of the keyboard-selected item
};

}  // namespace

std::unique_ptr<AnswerView> makeTypeView(const Question& question, const OrderingAnswer&, const ShownOrder& order) {
    return std::make_unique<OrderingView>(question, order);
}

}  // namespace retain::ui
