// Ordering and matching widgets of AnswerInput (see answer_input.hpp).
#include <algorithm>

#include <imgui.h>

#include "ui/answer_input.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

constexpr const char* kOrderPayload = "RETAIN_ORDER_SLOT";

// Returns the letter that names right-hand item i: a, b, c, ...
std::string letterOf(int index) { return std::string(1, static_cast<char>('a' + index)); }

}  // namespace

void AnswerInput::moveArrangedItem(int from, int to) {
    const int count = static_cast<int>(m_arrangement.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to) return;
    const int item = m_arrangement[static_cast<std::size_t>(from)];
    m_arrangement.erase(m_arrangement.begin() + from);
    m_arrangement.insert(m_arrangement.begin() + to, item);
}

bool AnswerInput::drawOrdering(const OrderingAnswer&) {
    const auto& items = std::get<OrderingAnswer>(m_question->answer).items;  // texts by the question's own index
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
                const int from = *static_cast<const int*>(payload->Data);
                moveArrangedItem(from, slot);
                m_selectedSlot = slot;
            }
            ImGui::EndDragDropTarget();
        }
    }
    if (m_keys && !ImGui::GetIO().WantTextInput && count > 0) {
        const ImGuiIO& io = ImGui::GetIO();
        const bool move = io.KeyAlt || io.KeyCtrl;
        int step = 0;
        if (keyPressed(ImGuiKey_UpArrow)) step = -1;
        if (keyPressed(ImGuiKey_DownArrow)) step = 1;
        const int target = std::clamp(m_selectedSlot + step, 0, count - 1);
        if (step != 0 && move) moveArrangedItem(m_selectedSlot, target);
        if (step != 0) m_selectedSlot = target;
        if (const int digit = typedDigit(); digit >= 1 && digit <= count) m_selectedSlot = digit - 1;
    }
    ImGui::TextDisabled("Drag items into order, or select one (click, arrows or its number) and move it with Alt+Up/Down. Then Enter.");
    const bool check = checkButton();
    return check || (m_keys && !ImGui::GetIO().WantTextInput && enterPressed());
}

bool AnswerInput::drawMatching(const MatchingAnswer& shown) {
    const int count = static_cast<int>(shown.pairs.size());
    auto pair = [this, count](int left, int right) {
        if (left < 0 || left >= count || right < 0 || right >= count) return;
        for (int& other : m_matches) {
            if (other == right) other = -1;  // each right-hand item is used once
        }
        m_matches[static_cast<std::size_t>(left)] = right;
        // The next unmatched left item is picked, so pairs can be typed in one go: 1b 2a 3c.
        m_pickedLeft = -1;
        for (int i = 0; i < count; ++i) {
            if (m_matches[static_cast<std::size_t>(i)] < 0) {
                m_pickedLeft = i;
                break;
            }
        }
    };
    if (m_pickedLeft < 0 && std::all_of(m_matches.begin(), m_matches.end(), [](int m) { return m < 0; })) m_pickedLeft = 0;

    if (ImGui::BeginTable("matching", 2, ImGuiTableFlags_SizingStretchSame)) {
        for (int row = 0; row < count; ++row) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            const int matched = m_matches[static_cast<std::size_t>(row)];
            std::string label = std::to_string(row + 1) + "   " + shown.pairs[static_cast<std::size_t>(row)].first;
            label += matched >= 0 ? "   \u2192 " + letterOf(matched) : "   \u2192 ?";
            const ButtonLook leftLook = row == m_pickedLeft ? ButtonLook::Selected : (matched >= 0 ? ButtonLook::Marked : ButtonLook::Plain);
            if (wrappedButton(("left" + std::to_string(row)).c_str(), label, leftLook)) {
                m_pickedLeft = row;
                m_matches[static_cast<std::size_t>(row)] = -1;  // picking a matched item again unpairs it
            }
            ImGui::TableSetColumnIndex(1);
            const bool used = std::find(m_matches.begin(), m_matches.end(), row) != m_matches.end();
            const std::string right = letterOf(row) + "   " + shown.pairs[static_cast<std::size_t>(row)].second;
            if (wrappedButton(("right" + std::to_string(row)).c_str(), right, used ? ButtonLook::Marked : ButtonLook::Plain)) {
                pair(m_pickedLeft, row);
            }
        }
        ImGui::EndTable();
    }
    if (m_keys) {
        const char key = typedShortcut();
        if (key >= '1' && key <= '9' && key - '1' < count) {
            m_pickedLeft = key - '1';
            m_matches[static_cast<std::size_t>(m_pickedLeft)] = -1;
        } else if (key >= 'a' && key - 'a' < count) {
            pair(m_pickedLeft, key - 'a');
        }
    }
    ImGui::TextDisabled("Pick a left item (click or its number), then its partner on the right (click or its letter). Then Enter.");
    const bool check = checkButton();
    return check || (m_keys && !ImGui::GetIO().WantTextInput && enterPressed());
}

}  // namespace retain::ui
