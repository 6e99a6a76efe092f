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

}  // namespace retain::ui
