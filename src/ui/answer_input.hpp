// The answer widgets of the question being studied, drawn by type: choice buttons (keys 1–9), checkboxes
// for multi (keys toggle, Enter checks), True/False (keys T and F), text, number and date fields that take
// the keyboard at once and submit with Enter, ordering by drag and by keyboard (arrows select, Alt or
// Ctrl + arrows move), matching by picking a left then a right item (keys 1–9 then a–h), and cloze gaps
// inline in the text. Options are shown in a ShownOrder; answer() maps every index back to the question's
// own order, which is what the grader reads.
#pragma once

#include <string>
#include <vector>

#include "core/bank/question.hpp"
#include "core/grading/grader.hpp"
#include "core/session/shown_order.hpp"

namespace retain::ui {

class AnswerInput {
public:
    // Starts empty widgets for question (which must outlive this input) shown in order.
    void reset(const Question& question, const ShownOrder& order);
    // Draws the widgets into the current window. Returns true when the learner submitted the answer
    // (a choice picked, T/F typed, Enter, or the Check button). keysEnabled false ignores shortcut keys
    // this frame (the frame the question appears in, whose keys belonged to the previous screen).
    bool draw(bool keysEnabled = true);
    // Returns the answer given so far, every index in the question's own (unshuffled) order.
    LearnerAnswer answer() const;
    // True when nothing has been entered or picked yet.
    bool empty() const;
    // Returns the question as shown (options in shown order), for display and tests.
    const Question& shown() const { return m_shown; }
    // Returns the ordering items as currently arranged, as indices in the question's own order.
    const std::vector<int>& arrangement() const { return m_arrangement; }

private:
    bool drawChoice(const ChoiceAnswer& shown);
    bool drawMulti(const MultiAnswer& shown);
    bool drawTrueFalse();
    bool drawTyped(const char* hint);
    bool drawOrdering(const OrderingAnswer& shown);
    bool drawMatching(const MatchingAnswer& shown);
    bool drawCloze(const ClozeAnswer& shown);
    void drawHint();
    void moveArrangedItem(int from, int to);
    bool checkButton();

    const Question* m_question = nullptr;
    Question m_shown;            // copy with options rearranged as shown
    ShownOrder m_order;
    int m_chosen = -1;           // choice: shown position picked, -1 = none
    std::vector<bool> m_checked; // multi: by shown position
    int m_truth = -1;            // true_false: 1 true, 0 false, -1 none
    std::string m_text;          // numeric, date, text
    std::vector<int> m_arrangement;  // ordering: question's own item indices, top to bottom as arranged
    int m_selectedSlot = 0;      // ordering: position of the keyboard-selected item
    std::vector<int> m_matches;  // matching: for left i, the SHOWN position of its right item, -1 = none
    int m_pickedLeft = -1;       // matching: left item waiting for its right item
    std::vector<std::string> m_gapTexts;  // cloze
    int m_focusGap = 0;          // cloze: gap that takes the keyboard next frame, -1 = none
    bool m_focusField = false;   // text field takes the keyboard next frame
    bool m_hintShown = false;
    bool m_keys = true;          // shortcut keys are read this frame
};

}  // namespace retain::ui
