// The answer widgets of the question being studied: a thin holder of the question's AnswerView (one class
// per type, answer_views/, listed in answer_views/answer_view_registry.hpp), plus what every type shares:
// the hint button, the hint flag of the answer, and an ImGui id scope per question. Options are shown in
// a ShownOrder; answer() maps every index back to the question's own order, which is what the grader reads.
#pragma once

#include <memory>

#include "ui/answer_views/answer_view.hpp"

namespace retain::ui {

class PictureProvider;

class AnswerInput {
public:
    // Starts empty widgets for question (which must outlive this input) shown in order. An Enter key
    // down at this moment belongs to the previous screen: it submits nothing here until it is released.
    void reset(const Question& question, const ShownOrder& order);
    // Draws the widgets into the current window. Returns true when the learner submitted the answer
    // (a choice picked, T/F typed, Enter, or the Check button). keysEnabled false ignores shortcut keys
    // this frame (the frame the question appears in, whose keys belonged to the previous screen). An Enter
    // held down since reset() (its key repeat) never submits: holding Enter on "Next" must not answer the
    // next question empty. pictures draws option pictures (choices, matching sides); null: their alt text.
    bool draw(bool keysEnabled = true, PictureProvider* pictures = nullptr);
    // Returns the answer given so far, every index in the question's own (unshuffled) order.
    LearnerAnswer answer() const;
    // True when nothing has been entered or picked yet (also before the first reset).
    bool empty() const;
    // Gives the keyboard back to the answer field next frame (after a click on another button).
    void focusField();
    // Hands characters typed before the question was on screen (code points, oldest first) to its field.
    void carryTyped(const std::vector<unsigned int>& codePoints);
    // Returns the view of the question last reset to, or null before the first reset.
    const AnswerView* view() const { return m_view.get(); }

private:
    void drawHint();

    std::unique_ptr<AnswerView> m_view;
    bool m_hintShown = false;
    bool m_enterHeld = false;  // Enter was down at reset() and has not been released since
};

}  // namespace retain::ui
