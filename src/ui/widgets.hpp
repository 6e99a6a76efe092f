// Small widgets and keyboard helpers the views share: a button whose label wraps (long choices stay
// readable at 200 % font scale), typed shortcut keys, section titles, and verdict marks that never rely
// on colour. A helper two views need lives here, not in either of them.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "core/bank/question.hpp"
#include "core/question_types/registry.hpp"

namespace retain::ui {

// How a wrapped button is drawn.
enum class ButtonLook { Plain, Selected, Marked };

// Draws a full-width (or width > 0 pixels) button whose label wraps onto as many lines as it needs.
// Returns true when it was clicked. id must be unique in the current ID scope.
bool wrappedButton(const char* id, const std::string& label, ButtonLook look = ButtonLook::Plain, float width = 0.0f);
// Draws the background (and selection frame) of a button of size pixels at the cursor, for a caller that
// draws what it holds into ImGui::GetItemRectMin()..Max(). Returns true when it was clicked.
bool buttonFrame(const char* id, ImVec2 size, ButtonLook look);

// Draws the "Bank" combo of a classroom setup: "Every bank" (index 0) or banks[index - 1] (banks may be
// null: only "Every bank"); clamps index into range and sets it to the one picked. width in pixels.
void bankCombo(const std::vector<Bank>* banks, int& index, float width);

// Returns the question type as a learner reads it: "true/false" for true_false, else the type's name.
const char* questionTypeLabel(QuestionType type);

// Removes the characters typed this frame from ImGui's queue and returns them (code points, oldest
// first), for a screen that is being replaced to hand to the answer field of the next one.
std::vector<unsigned int> takeTypedCharacters();

// Returns the shortcut character typed this frame (lower-cased ASCII), or 0. Shortcuts are read from the
// typed characters, not key states, so a key tapped faster than a frame is not lost; they are ignored
// while a text field has the keyboard.
char typedShortcut();
// Returns 1..9 when that digit was typed this frame (see typedShortcut), else 0.
int typedDigit();
// Returns true when Enter (either one) went down this frame; repeats are ignored.
bool enterPressed();
// Returns true when key went down this frame, repeats ignored.
bool keyPressed(ImGuiKey key);
// Returns true when Ctrl+Z went down this frame.
bool undoPressed();

// Draws text wrapped at the right edge of the content region, optionally in a colour.
void wrappedText(const std::string& text);
void wrappedTextColored(const ImVec4& colour, const std::string& text);

// Draws each line as a wrapped "• line" (options listed without being buttons).
void bulletList(const std::vector<std::string>& lines);
// Draws a section heading: a little space, the title (wrapped), a separator under it.
void sectionTitle(const std::string& title);

// Draws text in the disabled colour, wrapped (hints and notes that must not be cut off at 200 %).
void noteText(const std::string& text);
// Continues the current line when an item width pixels wide still fits in it; else starts a new line.
// Call between two items, instead of ImGui::SameLine().
void sameLineIfFits(float width);
// Returns the width in pixels of a radio button with label (circle, spacing, text), for sameLineIfFits.
float radioButtonWidth(const char* label);
// Returns text cut to fit width pixels with a trailing "…" (whole UTF-8 characters), or text as is.
std::string ellipsized(const std::string& text, float width);

// Colours for right and wrong marks; always drawn beside a ✓/✗ and a word, never alone.
ImVec4 rightColour();
ImVec4 wrongColour();
ImVec4 partialColour();

}  // namespace retain::ui
