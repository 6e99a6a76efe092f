// Drawing question pictures, or their alt text: see pictures.hpp.
#include "ui/pictures.hpp"

#include <algorithm>

namespace retain::ui {

ImVec2 fitPictureSize(float width, float height, float maxWidth, float maxHeight) {
    if (width <= 0.0f || height <= 0.0f || maxWidth <= 0.0f || maxHeight <= 0.0f) return ImVec2(0.0f, 0.0f);
    const float scale = std::min({1.0f, maxWidth / width, maxHeight / height});
    return ImVec2(width * scale, height * scale);
}

void drawQuestionImage(const QuestionImage& image, PictureProvider* pictures, float maxWidth, float maxHeight) {
    if (image.empty()) return;
    const Picture picture = pictures != nullptr ? pictures->picture(image.resolved) : Picture{PictureState::Failed};
    if (picture.state == PictureState::Ready && picture.texture != nullptr) {
        ImGui::Image(picture.texture, fitPictureSize(static_cast<float>(picture.width), static_cast<float>(picture.height),
                                                     maxWidth, maxHeight));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", image.alt.c_str());
        return;
    }
    // The alt text stands where the picture will be, under a note saying why.
    const char* note = picture.state == PictureState::Loading ? "loading picture" : "picture not available";
    ImGui::BeginGroup();
    ImGui::TextDisabled("[%s]", note);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + maxWidth);
    ImGui::TextWrapped("%s", image.alt.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

void drawOptionGrid(std::size_t count, bool pictured, const std::function<void(std::size_t)>& drawOption) {
    const bool twoColumns = pictured && ImGui::GetContentRegionAvail().x >= kOptionGridMinWidthInLines * ImGui::GetFontSize();
    if (!twoColumns || !ImGui::BeginTable("options", 2, ImGuiTableFlags_SizingStretchSame)) {
        for (std::size_t i = 0; i < count; ++i) drawOption(i);
        return;
    }
    for (std::size_t i = 0; i < count; ++i) {
        ImGui::TableNextColumn();
        drawOption(i);
    }
    ImGui::EndTable();
}

std::string optionLabel(const std::string& key, const std::string& text, const QuestionImage& image) {
    return pictureOnly(text, image) ? key : key + "   " + text;
}

bool pictureButton(const char* id, const std::string& label, const QuestionImage& image, PictureProvider* pictures,
                   ButtonLook look, float width) {
    if (image.empty()) return wrappedButton(id, label, look, width);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float fullWidth = width > 0.0f ? width : ImGui::GetContentRegionAvail().x;
    const float wrapWidth = std::max(1.0f, fullWidth - 2.0f * style.FramePadding.x);
    const ImVec2 labelSize = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrapWidth);
    const Picture picture = pictures != nullptr ? pictures->picture(image.resolved) : Picture{PictureState::Failed};
    const bool ready = picture.state == PictureState::Ready && picture.texture != nullptr;
    const std::string stand = std::string(picture.state == PictureState::Loading ? "[loading picture] " : "[picture not available] ") + image.alt;
    const ImVec2 pictureSize = ready ? fitPictureSize(static_cast<float>(picture.width), static_cast<float>(picture.height), wrapWidth,
                                                      kOptionPictureHeightInLines * ImGui::GetFontSize())
                                     : ImGui::CalcTextSize(stand.c_str(), nullptr, false, wrapWidth);
    const float gap = style.ItemInnerSpacing.y;
    const ImVec2 size(fullWidth, labelSize.y + gap + pictureSize.y + 2.0f * style.FramePadding.y);
    const ImVec2 topLeft = ImGui::GetCursorScreenPos();
    const bool pressed = buttonFrame(id, size, look);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", image.alt.c_str());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 inside(topLeft.x + style.FramePadding.x, topLeft.y + style.FramePadding.y);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), inside, ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, wrapWidth);
    const ImVec2 at(inside.x, inside.y + labelSize.y + gap);
    if (ready) {
        draw->AddImage(picture.texture, at, ImVec2(at.x + pictureSize.x, at.y + pictureSize.y));
    } else {
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_TextDisabled), stand.c_str(), nullptr, wrapWidth);
    }
    return pressed;
}

}  // namespace retain::ui
