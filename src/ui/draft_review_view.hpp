// The Draft review screen (issue 21, item 5): drafts an article into a bank file, or opens a bank of
// drafted questions, and shows each question still marked draft beside its paragraph with the evidence
// phrase highlighted. A accepts (Enter too), R rejects (Delete too), E edits the prompt, answer and
// distractors in place, J/K and the arrows move on. Every decision is saved at once by the core review
// service (core/draft/draft_review.hpp); this view never writes a file.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/draft/draft_review.hpp"
#include "ui/view.hpp"

namespace retain::ui {

class DraftReviewView final : public View {
public:
    const char* title() const override { return "Draft"; }
    void drawContent(UiContext& context) override;

    // Drafts the article into a new bank file and opens it; false with status() set when it cannot.
    bool draftFrom(const std::string& articlePath, const std::string& bankPath);
    // Opens an existing bank of drafted questions and the article it cites (articlePath empty: the one its
    // source.doc names, found beside the bank or in a source folder above it or above articleSearch's
    // folders); false with status() set.
    bool openBank(const std::string& bankPath, const std::string& articlePath, const std::vector<std::string>& articleSearch = {});
    const draft::DraftReview& review() const { return m_review; }
    // The position among the questions still marked draft (0-based), clamped when the list shrinks.
    std::size_t position() const { return m_position; }
    const std::string& status() const { return m_status; }

private:
    void drawSetup(const UiContext& context);
    void drawDraftedBanks(const UiContext& context);
    void drawReview();
    void drawButtons(std::size_t index, std::size_t pendingCount);
    void startEdit(std::size_t index);
    void drawParagraph(const Question& question);
    void drawQuestion(std::size_t index);
    void drawEditor(std::size_t index);
    void handleKeys(std::size_t index, std::size_t pendingCount);
    void decide(bool accept, std::size_t index);

    draft::DraftReview m_review;
    std::string m_articlePath;
    std::string m_bankPath;
    std::size_t m_position = 0;  // index into m_review.pending()
    bool m_editing = false;
    draft::QuestionEdit m_edit;
    std::string m_distractorsText;  // the edit's distractors, one per line
    std::string m_status;           // what the last action did, or why it failed
    std::size_t m_accepted = 0;     // decisions this visit, for the status line
    std::size_t m_rejected = 0;
};

}  // namespace retain::ui
