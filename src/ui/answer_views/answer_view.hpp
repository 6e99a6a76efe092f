// One question type's part of the window. Each type has one view class over AnswerView, in its own file
// answer_views/<type>_view.cpp, listed once in answer_view_registry.hpp. A view holds the state of its
// input widgets for one question shown in one ShownOrder and builds the LearnerAnswer the grader reads,
// every index mapped back to the question's own order; it also draws the type's rows of the feedback,
// the flashcard front and the browse preview. Every piece is a pure virtual, so a view that lacks one
// does not compile.
#pragma once

#include <memory>
#include <variant>
#include <vector>

#include "core/bank/question.hpp"
#include "core/grading/grader.hpp"
#include "core/session/shown_order.hpp"

namespace retain::ui {

class PictureProvider;

class AnswerView {
public:
    // Prepares empty widgets for question (which must outlive the view) shown in order.
    AnswerView(const Question& question, const ShownOrder& order);
    virtual ~AnswerView() = default;
    AnswerView(const AnswerView&) = delete;
    AnswerView& operator=(const AnswerView&) = delete;

    // Draws the input widgets into the current window and reads the type's shortcut keys (only when keys
    // is true). Returns true when the learner submitted the answer (a choice picked, T/F typed, Enter, or
    // the Check button).
    virtual bool drawInput(bool keys) = 0;
    // Returns the answer given so far, every index in the question's own (unshuffled) order; usedHint is
    // left to the caller.
    virtual LearnerAnswer answer() const = 0;
    // True when nothing has been entered or picked yet (submitting now would give no answer).
    virtual bool empty() const = 0;
    // Draws the type's rows of the feedback for grade, whose parts are not empty (see drawPartRows).
    virtual void drawFeedbackParts(const GradeResult& grade) const = 0;
    // Draws what a flashcard shows below the prompt before its answer is revealed (e.g. the options as
    // shown), or nothing when the prompt is all there is.
    virtual void drawFlashcardFront() const = 0;
    // Draws what the browse preview shows below the prompt (e.g. a cloze's text), or nothing.
    virtual void drawPreview() const = 0;
    // Gives the keyboard back to the answer field next frame, after a click elsewhere on the screen took
    // it (a timer button, the hint). Views without a text field have nothing to focus and ignore it.
    virtual void focusField() {}
    // Hands the view characters typed before it could take them (code points, oldest first): a typed
    // view puts them into its field once the field has the keyboard; other views drop them.
    virtual void carryTyped(const std::vector<unsigned int>& codePoints) { (void)codePoints; }

    // Sets where drawInput takes option pictures from (null: their alt text is drawn); the provider must
    // outlive the next drawInput.
    void setPictures(PictureProvider* pictures) { m_pictures = pictures; }

    // Returns the question as the bank has it.
    const Question& question() const { return *m_question; }
    // Returns the question as shown (options in shown order), for display and tests.
    const Question& shown() const { return m_shown; }
    // Returns the order the options are shown in.
    const ShownOrder& order() const { return m_order; }

protected:
    // Returns the answer spec of the question as shown.
    template <typename Spec>
    const Spec& shownSpec() const { return std::get<Spec>(m_shown.answer); }
    // Returns the answer spec of the question as the bank has it.
    template <typename Spec>
    const Spec& ownSpec() const { return std::get<Spec>(m_question->answer); }
    // Returns the question's own index of the option at shown position in map (shown itself when map has
    // no such position, e.g. an empty order).
    static int ownIndex(const std::vector<int>& map, int shown);
    // Draws the Check button below the widgets; returns true when it was clicked.
    static bool checkButton();
    // Draws the Check button; returns true when it was clicked or, with keys, Enter went down while no
    // text field has the keyboard (the types whose answer takes several picks).
    static bool checkButtonOrEnter(bool keys);
    // Returns the provider of option pictures, or null.
    PictureProvider* pictures() const { return m_pictures; }

private:
    const Question* m_question;
    Question m_shown;  // copy with options rearranged as shown
    ShownOrder m_order;
    PictureProvider* m_pictures = nullptr;
};

}  // namespace retain::ui
