// Pictures in the window: views ask a PictureProvider (the app implements it with GL textures, decoded
// off the UI thread) and draw what it has, or the picture's alt text while it loads or when it cannot.
#pragma once

#include <functional>
#include <string>

#include <imgui.h>

#include "core/bank/question_image.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

// Heights pictures are drawn at most, in lines of the current font (so they grow with the font scale).
constexpr float kPictureHeightInLines = 14.0f;        // study, feedback, drill
constexpr float kPicturePreviewHeightInLines = 9.0f;  // the browse preview
constexpr float kOptionPictureHeightInLines = 5.0f;   // inside a choice button or matching item

enum class PictureState { Loading, Ready, Failed };

// What the provider has for one picture file right now.
struct Picture {
    PictureState state = PictureState::Loading;
    ImTextureID texture = nullptr;  // valid while state is Ready, for this frame
    int width = 0;                  // pixels
    int height = 0;                 // pixels
};

class PictureProvider {
public:
    virtual ~PictureProvider() = default;
    // Returns the picture at resolvedPath, starting its decode the first time it is asked for; a picture
    // that finishes decoding later asks the window for a frame.
    virtual Picture picture(const std::string& resolvedPath) = 0;
};

// Draws image scaled down (never up) to fit maxWidth x maxHeight pixels, keeping its aspect ratio, with
// its alt text as the tooltip; draws the alt text in a frame while it loads, when it fails or when
// pictures is null. Does nothing for an empty image.
void drawQuestionImage(const QuestionImage& image, PictureProvider* pictures, float maxWidth, float maxHeight);

// Draws a full-width (or width > 0 pixels) button holding label (wrapped) and, under it, image scaled
// down to fit the button and kOptionPictureHeightInLines lines, or the picture's alt text while it loads,
// when it fails or when pictures is null; the alt text is its tooltip. Without a picture it is
// wrappedButton. Returns true when it was clicked. id must be unique in the current ID scope.
bool pictureButton(const char* id, const std::string& label, const QuestionImage& image, PictureProvider* pictures,
                   ButtonLook look, float width = 0.0f);

// Lays out count options (drawOption(i) draws option i with full-width widgets): in two columns, row by
// row, when pictured (the options carry pictures) and the window is wide enough for two pictures side by
// side (kOptionGridMinWidthInLines lines of text), else one under the other.
constexpr float kOptionGridMinWidthInLines = 30.0f;
void drawOptionGrid(std::size_t count, bool pictured, const std::function<void(std::size_t)>& drawOption);

// Returns an option's button label: its shown key ("1", "b") and its text, or the key alone for a
// picture-only option (whose text is the alt text the picture stands for).
std::string optionLabel(const std::string& key, const std::string& text, const QuestionImage& image);

// Returns the size a width x height picture is drawn at inside maxWidth x maxHeight (pixels): scaled
// down to fit, aspect ratio kept, never enlarged.
ImVec2 fitPictureSize(float width, float height, float maxWidth, float maxHeight);

}  // namespace retain::ui
