// Study view (see study_view.hpp). Index:
// [SECTION] Starting and presenting
// [SECTION] Drawing a frame
// [SECTION] The question card
// [SECTION] Keys and actions
// The rating bar and the summary are in study_view_parts.cpp.
#include "ui/study_view.hpp"

#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <imgui_internal.h>

#include "core/session/bank_progress.hpp"
#include "ui/feedback_panel.hpp"
#include "ui/layout.hpp"
#include "ui/pictures.hpp"
#include "ui/progress_bar.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

//-----------------------------------------------------------------------------
// [SECTION] Starting and presenting
//-----------------------------------------------------------------------------

bool StudyView::start(UiContext& context, const StudyRequest& request) {
    m_backend = context.study;
    m_request = request;
    m_run = StudyRun{};  // the old session ends before the banks it points into go
    m_filteredBanks.clear();
    m_error.clear();
    m_notice.clear();
    m_stage = Stage::NotStarted;
    if (m_backend == nullptr || context.library == nullptr) return false;
    std::vector<const Bank*> banks;
    for (const Bank& bank : context.library->banks) {
        const bool wanted = request.bankIds.empty() ||
                            std::find(request.bankIds.begin(), request.bankIds.end(), bank.id) != request.bankIds.end();
        if (!wanted) continue;
        if (request.tag.empty()) {
            banks.push_back(&bank);
            continue;
        }
        // A tag narrows the session to a copy of the bank holding only the tagged questions; card keys
        // (bank id + question id) are the same, so progress is shared with the whole bank.
        Bank tagged = bank;
        std::erase_if(tagged.questions, [&request](const Question& question) { return !questionHasTag(question, request.tag); });
        if (tagged.questions.empty()) continue;
        m_filteredBanks.push_back(std::move(tagged));
        banks.push_back(&m_filteredBanks.back());
    }
    try {
        m_run = m_backend->startSession(std::move(banks));
    } catch (const sql::StorageError& failure) {
        m_error = std::string("Could not start studying: ") + failure.what();
        return false;
    }
    m_startedMs = m_backend->clock().nowMs();
    m_flashcards = m_backend->studySettings().flashcardMode;
    m_shownKey = CardKey{};
    present();
    return true;
}

void StudyView::present() {
    const StudyCard* card = nullptr;
    try {
        card = m_run.session ? m_run.session->next() : nullptr;  // re-reads the card's row: the database is the truth
    } catch (const sql::StorageError& failure) {
        m_error = std::string("Could not read the next question: ") + failure.what();
        m_stage = Stage::Finished;  // what was answered is stored; the summary says so
        return;
    }
    if (card == nullptr) {
        m_stage = Stage::Finished;
        return;
    }
    if (card->key != m_shownKey || m_stage != Stage::Question) {
        // The shuffle is seeded by the card and its review count: the same presentation shows the same
        // order (after an undo too), a later review of the card a new one.
        m_order = makeShownOrder(*card->question, shownOrderSeed(card->key.text(), card->memory.reps));
        m_input.reset(*card->question, m_order);
        m_shownKey = card->key;
        m_run.session->markShown();
        m_refusal.clear();
        m_revealedStates.reset();
    }
    m_stage = Stage::Question;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing a frame
//-----------------------------------------------------------------------------

void StudyView::drawContent(UiContext& context) {
    m_backend = context.study;
    if (context.studyRequested) {
        context.studyRequested = false;
        start(context, context.studyRequest);
    }
    if (context.study == nullptr) {
        wrappedTextColored(wrongColour(), "\u2717 Studying is not available: " +
                                              (context.storeMessage.empty() ? std::string("no database is open.") : context.storeMessage));
        return;
    }
    if (!m_error.empty()) wrappedTextColored(wrongColour(), "\u2717 " + m_error);
    if (m_stage == Stage::NotStarted || !m_run.session) {
        wrappedText("Nothing is being studied yet. Pick banks on the Home tab, or study everything that is due.");
        if (ImGui::Button("Study every bank (S)") || typedShortcut() == 's') start(context, StudyRequest{});
        return;
    }
    if (m_backend->revision() != m_seenRevision) {
        try {
            noticeChangesElsewhere();
        } catch (const sql::StorageError& failure) {
            m_error = std::string("Could not re-read the question on screen: ") + failure.what();
        }
    }
    drawHeader(context);
    drawNotice();
    if (m_stage == Stage::Finished) {
        drawSummary(context);
    } else if (const StudyCard* card = m_run.session->current()) {
        const bool rating = m_stage == Stage::Feedback || m_stage == Stage::Revealed;
        const float footer = rating ? ratingBarHeight() : 0.0f;
        ImGui::BeginChild("card", ImVec2(0.0f, -footer), false);
        // Each card, and its feedback, starts at the top: never at the scroll of the screen before.
        if (m_stage != m_scrolledStage || card->key != m_scrolledKey) ImGui::SetScrollY(0.0f);
        m_scrolledStage = m_stage;
        m_scrolledKey = card->key;
        drawCard(context, *card);
        ImGui::EndChild();
        noteLayout("study-card");
        if (rating) drawRatingBar(*card);
    }
    readKeys();
    apply(context);
    if (m_stage == Stage::Question && m_backend->studySettings().showTimer) {
        context.redrawWithinSeconds = 1.0;  // the seconds counter
    }
}

void StudyView::drawHeader(UiContext& context) {
    const QueueCounts counts = m_run.session->counts();
    // Compact (big font, small window): one line, the bar beside the checkbox, the counts in its tooltip.
    const bool compact = compactLayout();
    const char* flashcardLabel = compact ? "Flashcards" : "Flashcard mode";
    const float checkboxWidth = ImGui::CalcTextSize(flashcardLabel).x + ImGui::GetFrameHeight() * 2.0f;
    // Questions finished of the session's: a failed card is one question, so the total does not grow.
    labelledProgressBar(progressFraction(counts), progressLabel(counts), ImVec2(compact ? -checkboxWidth : -1.0f, 0.0f));
    char countsText[96];
    std::snprintf(countsText, sizeof countsText, "New %d \u00B7 Learning %d \u00B7 Review %d", counts.newCount, counts.learning, counts.review);
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Questions done for today, of this session's; learning steps still to come are counted apart.\n"
                          "%d answers given.  %s", counts.done, countsText);
    }
    if (compact) {
        ImGui::SameLine();
    } else {
        ImGui::AlignTextToFramePadding();  // level with the Flashcard mode checkbox on the same line
        ImGui::TextUnformatted(countsText);
        if (m_stage == Stage::Question && m_backend->studySettings().showTimer) {
            const long seconds = static_cast<long>(m_run.session->answerElapsedMs() / kMsPerSecond);
            ImGui::SameLine();
            ImGui::TextDisabled("   Time %ld:%02ld", seconds / 60, seconds % 60);
        }
        ImGui::SameLine();
    }
    bool flashcards = m_backend->studySettings().flashcardMode;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - checkboxWidth));
    if (ImGui::Checkbox(flashcardLabel, &flashcards)) {
        // A profile setting: stored with the profile, and the running session keeps its scheduler.
        StudySettings study = m_backend->studySettings();
        study.flashcardMode = flashcards;
        try {
            m_backend->saveStudySettings(study);
            if (m_stage == Stage::Question) m_flashcards = flashcards;  // applies to the question on screen at once
        } catch (const sql::StorageError& failure) {
            context.storeWarning = std::string("Could not store flashcard mode: ") + failure.what();
        }
    }
    ImGui::Separator();
}

//-----------------------------------------------------------------------------
// [SECTION] The question card
//-----------------------------------------------------------------------------

void StudyView::drawCard(UiContext& context, const StudyCard& card) {
    const Question& question = *card.question;
    std::string where = card.bank->title.empty() ? card.bank->id : card.bank->title;
    where += std::string(" \u00B7 ") + questionTypeLabel(question.type());
    ImGui::TextDisabled("%s", where.c_str());
    ImGui::Spacing();
    wrappedText(question.prompt);
    noteLayout("study-prompt");
    // The picture stays above the answer and the feedback alike.
    drawQuestionImage(question.image, context.pictures, ImGui::GetContentRegionAvail().x, kPictureHeightInLines * ImGui::GetFontSize());
    ImGui::Spacing();
    switch (m_stage) {
        case Stage::Question:
            if (m_flashcards) {
                drawFlashcardFront(question);
                if (ImGui::Button("Show answer (Space)")) ask(Action::Reveal);
            } else {
                if (m_input.draw(true, context.pictures)) ask(Action::Submit);
                if (!m_refusal.empty()) wrappedTextColored(partialColour(), "? " + m_refusal);
            }
            ImGui::Spacing();
            ImGui::Separator();
            if (ImGui::SmallButton("Bury until tomorrow (-)")) ask(Action::Bury);
            sameLineIfFits(ImGui::CalcTextSize("Suspend (@)").x + 2.0f * ImGui::GetStyle().FramePadding.x);
            if (ImGui::SmallButton("Suspend (@)")) ask(Action::Suspend);
            break;
        case Stage::Feedback:
            if (const PendingAnswer* pending = m_run.session->pending(); pending && m_input.view()) {
                drawFeedback(*m_input.view(), *card.bank, pending->grade, context.pictures);
            }
            break;
        case Stage::Revealed: drawRevealedAnswer(question, *card.bank, context.pictures); break;
        case Stage::NotStarted:
        case Stage::Finished: break;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Keys and actions
//-----------------------------------------------------------------------------

void StudyView::ask(Action action, Rating rating) {
    if (m_pending.action == Action::None) m_pending = Pending{action, rating};
}

void StudyView::readKeys() {
    if (m_pending.action != Action::None) return;
    const bool typing = ImGui::GetIO().WantTextInput;
    if (undoPressed()) {
        // In a field with text, Ctrl+Z is the field's own undo.
        if (!(m_stage == Stage::Question && typing && !m_input.empty())) ask(Action::Undo);
        return;
    }
    const char key = typedShortcut();
    const bool enter = !typing && enterPressed();
    switch (m_stage) {
        case Stage::Question:
            if (m_flashcards && (key == ' ' || enter)) ask(Action::Reveal);
            else if (key == '-') ask(Action::Bury);   // Anki's keys; a field with the keyboard takes them as text
            else if (key == '@') ask(Action::Suspend);
            break;
        case Stage::Feedback:
        case Stage::Revealed:
            if (key >= '1' && key <= '4') ask(Action::Rate, static_cast<Rating>(key - '0'));
            else if (key == ' ' || enter) ask(Action::Rate, suggestedRating());
            break;
        case Stage::Finished:
            if (m_run.session->current() != nullptr && (key == ' ' || enter)) ask(Action::Continue);
            break;
        case Stage::NotStarted: break;
    }
}

void StudyView::apply(UiContext& context) {
    const Pending pending = m_pending;
    m_pending = Pending{};
    if (pending.action == Action::None || !m_run.session) return;
    // The next screen must not inherit the keyboard of a field on this one.
    ImGui::ClearActiveID();
    StudySession& session = *m_run.session;
    try {
        switch (pending.action) {
            case Action::Submit: {
                if (session.current() == nullptr) break;
                const PendingAnswer& graded = session.grade(m_input.answer());  // timed by the session from markShown()
                if (graded.grade.verdict == Verdict::Refused) m_refusal = graded.grade.feedback;  // ask again
                else m_stage = Stage::Feedback;
                break;
            }
            case Action::Reveal:
                if (session.current() == nullptr) break;
                m_revealedStates = session.preview();
                m_stage = Stage::Revealed;
                break;
            case Action::Rate: rate(context, pending.rating); break;
            case Action::Undo: undo(); break;
            case Action::Bury:
            case Action::Suspend: hide(pending.action); break;
            case Action::Continue: present(); break;
            case Action::StudyMore: {
                const int added = session.studyMore(m_asked);
                m_notice = added > 0 ? "Custom study: " + std::to_string(added) + (added == 1 ? " question" : " questions") + " added to today."
                                     : "Custom study: nothing more to add.";
                present();
                break;
            }
            case Action::None: break;
        }
    } catch (const sql::StorageError& failure) {
        m_error = std::string("The database refused the change (nothing was lost before it): ") + failure.what();
    }
}

void StudyView::hide(Action action) {
    StudySession& session = *m_run.session;
    const StudyCard* card = session.current();
    if (card == nullptr || m_stage != Stage::Question) return;
    const CardKey key = card->key;
    const std::string prompt = card->question->prompt;
    if (action == Action::Bury) session.bury(key);
    else session.suspend(key);
    m_backend->markChanged();
    m_notice = std::string(action == Action::Bury ? "Buried until tomorrow: " : "Suspended: ") + prompt;
    present();
}

void StudyView::noticeChangesElsewhere() {
    // Browse changed card states (the backend's revision moved): the card on screen may be among them.
    m_seenRevision = m_backend->revision();
    const StudyCard* card = m_run.session->current();
    if (card == nullptr) return;
    const std::string prompt = card->question->prompt;
    switch (m_run.session->recheckCurrent()) {
        case CardRecheck::Same: return;
        case CardRecheck::Dropped:
            m_notice = "Suspended or buried in Browse, so it leaves this session: " + prompt;
            present();
            break;
        case CardRecheck::Refreshed:
            m_notice = "Changed in Browse: rated from its new state. " + prompt;
            if (m_stage == Stage::Revealed) m_revealedStates = m_run.session->preview();
            break;
    }
}

void StudyView::undo() {
    StudySession& session = *m_run.session;
    const std::optional<UndoKind> kind = session.undoable();
    if (!kind || !session.undo()) return;
    m_backend->markChanged();
    m_shownKey = CardKey{};
    m_stage = Stage::NotStarted;  // forces fresh widgets for the card taken back
    present();
    const StudyCard* back = session.current();
    const std::string prompt = back != nullptr ? back->question->prompt : std::string();
    switch (*kind) {
        case UndoKind::Rating: m_notice = "Answer taken back: " + prompt; break;
        case UndoKind::Bury: m_notice = "Bury taken back: " + prompt; break;
        case UndoKind::Suspend: m_notice = "Suspend taken back: " + prompt; break;
    }
}

void StudyView::rate(UiContext&, Rating rating) {
    StudySession& session = *m_run.session;
    const StudyCard* card = session.current();
    if (card == nullptr || (m_stage != Stage::Feedback && m_stage != Stage::Revealed)) return;
    const std::string prompt = card->question->prompt;
    const RatedAnswer rated = session.rate(rating);  // throws before anything changes when the write fails
    m_backend->markChanged();
    m_notice.clear();
    // The session re-reads the card before storing: another window may have changed it meanwhile.
    if (rated.recheck == CardRecheck::Dropped) m_notice = "Suspended or buried elsewhere, so this answer was not stored: " + prompt;
    if (rated.recheck == CardRecheck::Refreshed) m_notice = "Changed elsewhere: rated from its stored state. " + prompt;
    m_flashcards = m_backend->studySettings().flashcardMode;
    present();
}

}  // namespace retain::ui
