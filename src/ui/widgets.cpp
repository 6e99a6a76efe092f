#include "ui/widgets.hpp"

#include <algorithm>

namespace retain::ui {

namespace {

bool textFieldHasKeyboard() { return ImGui::GetIO().WantTextInput; }

}  // namespace

bool wrappedButton(const char* id, const std::string& label, ButtonLook look, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float fullWidth = width > 0.0f ? width : ImGui::GetContentRegionAvail().x;
    const float wrapWidth = std::max(1.0f, fullWidth - 2.0f * style.FramePadding.x);
    const ImVec2 textSize = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrapWidth);
    const ImVec2 size(fullWidth, textSize.y + 2.0f * style.FramePadding.y);
    const ImVec2 topLeft = ImGui::GetCursorScreenPos();
    const bool pressed = buttonFrame(id, size, look);
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                  ImVec2(topLeft.x + style.FramePadding.x, topLeft.y + style.FramePadding.y),
                  ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, wrapWidth);
    return pressed;
}

bool buttonFrame(const char* id, ImVec2 size, ButtonLook look) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 topLeft = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    ImGuiCol colour = ImGuiCol_Button;
    if (look == ButtonLook::Selected) colour = ImGuiCol_HeaderActive;
    else if (look == ButtonLook::Marked) colour = ImGuiCol_Header;
    if (held) colour = ImGuiCol_ButtonActive;
    else if (hovered) colour = ImGuiCol_ButtonHovered;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 bottomRight(topLeft.x + size.x, topLeft.y + size.y);
    draw->AddRectFilled(topLeft, bottomRight, ImGui::GetColorU32(colour), style.FrameRounding);
    if (look == ButtonLook::Selected) {
        // A frame as well as a colour, so the selection shows in any theme and in greyscale.
        draw->AddRect(topLeft, bottomRight, ImGui::GetColorU32(ImGuiCol_Text), style.FrameRounding, 0, 2.0f);
    }
    return pressed;
}

void bankCombo(const std::vector<Bank>* banks, int& index, float width) {
    const int bankCount = banks ? static_cast<int>(banks->size()) : 0;
    index = std::clamp(index, 0, bankCount);
    const std::string label = index == 0 ? "Every bank" : (*banks)[static_cast<std::size_t>(index - 1)].title;
    ImGui::SetNextItemWidth(width);
    if (!ImGui::BeginCombo("Bank", label.c_str())) return;
    if (ImGui::Selectable("Every bank", index == 0)) index = 0;
    for (int i = 0; i < bankCount; ++i) {
        const Bank& bank = (*banks)[static_cast<std::size_t>(i)];
        if (ImGui::Selectable((bank.title + "##" + bank.id).c_str(), index == i + 1)) index = i + 1;
    }
    ImGui::EndCombo();
}

const char* questionTypeLabel(QuestionType type) {
    return type == QuestionType::TrueFalse ? "true/false" : questionTypeName(type);
}

std::vector<unsigned int> takeTypedCharacters() {
    std::vector<unsigned int> taken;
    if (ImGui::GetCurrentContext() == nullptr) return taken;
    ImGuiIO& io = ImGui::GetIO();
    for (ImWchar c : io.InputQueueCharacters) taken.push_back(c);
    io.InputQueueCharacters.resize(0);
    return taken;
}

char typedShortcut() {
    if (textFieldHasKeyboard()) return 0;
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl || io.KeyAlt || io.KeySuper) return 0;
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
        if (c >= 0x20 && c < 0x7F) return static_cast<char>(c);
    }
    return 0;
}

int typedDigit() {
    const char c = typedShortcut();
    return c >= '1' && c <= '9' ? c - '0' : 0;
}

bool keyPressed(ImGuiKey key) {
    const int index = ImGui::GetKeyIndex(key);
    return index >= 0 && ImGui::IsKeyPressed(index, false);
}

bool enterPressed() { return keyPressed(ImGuiKey_Enter) || keyPressed(ImGuiKey_KeyPadEnter); }

bool undoPressed() { return ImGui::GetIO().KeyCtrl && keyPressed(ImGuiKey_Z); }

void wrappedText(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

void wrappedTextColored(const ImVec4& colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    wrappedText(text);
    ImGui::PopStyleColor();
}

void bulletList(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) wrappedText("\u2022 " + line);
}

void sectionTitle(const std::string& title) {
    ImGui::Spacing();
    wrappedText(title);  // a narrow column wraps its title rather than run it into the next column
    ImGui::Separator();
}

void noteText(const std::string& text) { wrappedTextColored(ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), text); }

void sameLineIfFits(float width) {
    const float lineEnd = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
    const float edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (lineEnd <= edge) ImGui::SameLine();
}

float radioButtonWidth(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

std::string ellipsized(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const char* ellipsis = "\u2026";
    const float room = width - ImGui::CalcTextSize(ellipsis).x;
    // Longest prefix of whole characters that fits, adding one UTF-8 sequence's advance at a time.
    std::size_t fits = 0;
    float used = 0.0f;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t next = at + 1;
        while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
        used += ImGui::CalcTextSize(text.data() + at, text.data() + next).x;
        if (used > room) break;
        fits = next;
        at = next;
    }
    return text.substr(0, fits) + ellipsis;
}

namespace {
// True on a light background, where the marks need darker shades to keep their contrast.
bool lightBackground() {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    return 0.2126f * bg.x + 0.7152f * bg.y + 0.0722f * bg.z > 0.5f;
}
}  // namespace

ImVec4 rightColour() { return lightBackground() ? ImVec4(0.05f, 0.45f, 0.15f, 1.0f) : ImVec4(0.40f, 0.85f, 0.50f, 1.0f); }
ImVec4 wrongColour() { return lightBackground() ? ImVec4(0.70f, 0.10f, 0.10f, 1.0f) : ImVec4(1.00f, 0.50f, 0.45f, 1.0f); }
ImVec4 partialColour() { return lightBackground() ? ImVec4(0.55f, 0.35f, 0.00f, 1.0f) : ImVec4(0.95f, 0.75f, 0.30f, 1.0f); }

}  // namespace retain::ui
