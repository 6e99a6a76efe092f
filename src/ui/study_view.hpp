// Study: today's questions one at a time, on core's StudySession. Each question is drawn by type
// (AnswerInput); after the answer, the feedback and four rating buttons with the interval each gives;
// Space or Enter takes the suggested rating, 1–4 pick one; "-" buries and "@" suspends the question (as
// in Anki), a line says so; Ctrl+Z undoes the last answer, bury or suspend; a summary when nothing more
// is due, with when the next question is due and custom study (more new questions today, review ahead).
// Flashcard mode shows the answer on request and the learner rates themself.
// Grades, intervals and storage all come from the session; this view only shows them and passes input on.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>

#include "core/session/study_session.hpp"
#include "ui/answer_input.hpp"
#include "core/session/study_backend.hpp"
#include "ui/view.hpp"

namespace retain::ui {

class StudyView final : public View {
public:
    // What the learner sees now.
    enum class Stage { NotStarted, Question, Feedback, Revealed, Finished };

    const char* title() const override { return "Study"; }
    void drawContent(UiContext& context) override;
    // Another tab in front: the answer time of the card on screen stops, and counts on when it is back.
    void onHidden(UiContext&) override {
        if (m_run.session) m_run.session->pauseAnswerTime();
    }
    void onShown(UiContext&) override {
        if (m_run.session) m_run.session->resumeAnswerTime();
    }

    // Starts a session over the request's banks and tag (replacing any running one). Returns false, with
    // error() set, when the database cannot be read.
    bool start(UiContext& context, const StudyRequest& request);

    // For tests and the app: the stage, the running session (or null), the answer widgets.
    Stage stage() const { return m_stage; }
    int screenKey() const override { return static_cast<int>(m_stage); }
    StudySession* session() { return m_run.session.get(); }
    const AnswerInput& input() const { return m_input; }
    const std::string& error() const { return m_error; }
    // The line under the header saying what the last bury, suspend, undo or custom study did ("" = none).
    const std::string& notice() const { return m_notice; }

private:
    // One thing the learner asked for this frame; applied after drawing, so keys never act on two screens.
    enum class Action { None, Submit, Reveal, Rate, Undo, Bury, Suspend, Continue, StudyMore };
    struct Pending {
        Action action = Action::None;
        Rating rating = Rating::Good;
    };

    void drawHeader(UiContext& context);
    void drawCard(UiContext& context, const StudyCard& card);
    void drawRatingBar(const StudyCard& card);
    float ratingBarHeight() const;
    Rating suggestedRating() const;
    const NextStates* shownStates() const;
    void drawFlashcardFront(const Question& question);
    void drawMissed(const SessionTally& tally);
    void drawSummary(UiContext& context);
    void drawCustomStudy(UiContext& context);
    void drawNotice();
    void hide(Action action);
    void noticeChangesElsewhere();
    void undo();
    void readKeys();
    void apply(UiContext& context);
    void present();
    void rate(UiContext& context, Rating rating);
    void ask(Action action, Rating rating = Rating::Good);

    std::deque<Bank> m_filteredBanks;  // tag-filtered copies the session points into; outlive m_run
    StudyRequest m_request;          // what the running session was started with ("Study again")
    StudyRun m_run;
    Stage m_stage = Stage::NotStarted;
    Stage m_scrolledStage = Stage::NotStarted;  // the stage and card the card area was last drawn for: a
    CardKey m_scrolledKey;                      // change scrolls it back to the top
    AnswerInput m_input;
    ShownOrder m_order;
    CardKey m_shownKey;              // card the widgets were prepared for
    UnixMs m_startedMs = 0;          // when the session started, Unix ms
    std::optional<NextStates> m_revealedStates;  // flashcard mode: the four outcomes, for the buttons
    std::string m_refusal;           // the grader's message when it could not read the answer
    std::string m_error;             // a database failure, shown instead of crashing
    Pending m_pending;
    CustomStudy m_asked;             // the custom study the StudyMore action applies
    int m_moreNew = 10;              // the custom study fields: new questions to add, review-ahead days
    int m_aheadDays = 1;
    std::string m_notice;            // what the last bury, suspend, undo or custom study did
    StudyBackend* m_backend = nullptr;
    std::uint64_t m_seenRevision = 0;  // StudyBackend::revision() the shown card was last checked against
    bool m_flashcards = false;       // this session is studied in flashcard mode
};

}  // namespace retain::ui
