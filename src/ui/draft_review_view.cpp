// The Draft review screen (see draft_review_view.hpp). Index:
// [SECTION] Opening
// [SECTION] Setup
// [SECTION] Review
// [SECTION] Editing
#include "ui/draft_review_view.hpp"

#include <algorithm>
#include <sstream>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/draft/draft_file.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

// Returns the byte range of needle in haystack, compared ASCII case-insensitively; {npos, 0} when absent.
std::pair<std::size_t, std::size_t> findEvidence(const std::string& haystack, const std::string& needle) {
    if (needle.empty()) return {std::string::npos, 0};
    const auto lower = [](unsigned char c) { return static_cast<char>(c < 128 ? std::tolower(c) : c); };
    const auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                [&](char a, char b) { return lower(static_cast<unsigned char>(a)) == lower(static_cast<unsigned char>(b)); });
    if (it == haystack.end()) return {std::string::npos, 0};
    return {static_cast<std::size_t>(it - haystack.begin()), needle.size()};
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) lines.push_back(line);
    }
    return lines;
}

}  // namespace

// [SECTION] Opening

bool DraftReviewView::draftFrom(const std::string& articlePath, const std::string& bankPath) {
    const draft::DraftFileResult result = draft::draftArticleFile(articlePath, bankPath, {}, false);
    if (!result.ok) {
        m_status = result.problems.empty() ? result.message : result.problems.front().format() + "; " + result.message;
        return false;
    }
    return openBank(bankPath, articlePath);
}

bool DraftReviewView::openBank(const std::string& bankPath, const std::string& articlePath) {
    m_articlePath = articlePath;
    m_bankPath = bankPath;
    if (!m_review.open(bankPath, articlePath)) {
        m_status = m_review.message();
        return false;
    }
    m_position = 0;
    m_editing = false;
    m_accepted = m_rejected = 0;
    m_status = "Opened " + bankPath + ": " + std::to_string(m_review.pending().size()) + " question(s) to review.";
    return true;
}

void DraftReviewView::drawContent(UiContext& context) {
    (void)context;
    if (!m_review.isOpen()) {
        drawSetup();
        return;
    }
    drawReview();
}

// [SECTION] Setup

void DraftReviewView::drawSetup() {
    sectionTitle("Draft questions from an article");
    noteText("Retain proposes one cited question per fact of the article (dates, sums, counts, people, names). "
             "Review each here: only the ones you accept are studied.");
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.7f);
    ImGui::InputTextWithHint("Article", "path/to/article.txt (one paragraph per line)", &m_articlePath);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.7f);
    ImGui::InputTextWithHint("Bank file", "questions/NAME.yaml", &m_bankPath);
    if (ImGui::Button("Draft from the article")) draftFrom(m_articlePath, m_bankPath);
    sameLineIfFits(ImGui::CalcTextSize("Open a drafted bank").x + ImGui::GetStyle().FramePadding.x * 2.0f);
    if (ImGui::Button("Open a drafted bank")) openBank(m_bankPath, m_articlePath);
    if (!m_status.empty()) wrappedTextColored(wrongColour(), m_status);
}

// [SECTION] Review

void DraftReviewView::drawReview() {
    const std::vector<std::size_t> pending = m_review.pending();
    ImGui::TextUnformatted(m_review.bankPath().c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Close")) {
        m_review = draft::DraftReview{};
        m_status.clear();
        return;
    }
    noteText(std::to_string(pending.size()) + " to review \u00B7 " + std::to_string(m_accepted) + " accepted, " +
             std::to_string(m_rejected) + " rejected this visit \u00B7 saved after every decision");
    if (!m_status.empty()) wrappedText(m_status);
    if (!m_review.problems().empty()) wrappedTextColored(wrongColour(), m_review.problems().front().format());
    if (pending.empty()) {
        sectionTitle("Every drafted question is reviewed");
        noteText("The accepted questions are in the bank without their draft mark and are studied like any other.");
        return;
    }
    m_position = std::min(m_position, pending.size() - 1);
    const std::size_t index = pending[m_position];
    const Question& question = m_review.bank().questions[index];
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float footer = ImGui::GetFrameHeightWithSpacing() * 1.5f;
    const float leftWidth = avail.x * 0.5f;
    drawParagraph(question, leftWidth, avail.y - footer);
    ImGui::SameLine();
    ImGui::BeginChild("question", ImVec2(0.0f, avail.y - footer), true);
    ImGui::Text("Question %zu of %zu still to review", m_position + 1, pending.size());
    if (m_editing) drawEditor(index);
    else drawQuestion(index);
    ImGui::EndChild();
    // The buttons stand under both panes, so they are in the same place for every question.
    if (!m_editing) {
        if (ImGui::Button("Accept (A)")) decide(true, index);
        ImGui::SameLine();
        if (ImGui::Button("Reject (R)")) decide(false, index);
        ImGui::SameLine();
        if (ImGui::Button("Edit (E)")) {
            m_edit = m_review.editOf(index);
            m_distractorsText = joinLines(m_edit.distractors);
            m_editing = true;
        }
        ImGui::SameLine();
        if (ImGui::Button("< Previous (K)") && m_position > 0) --m_position;
        ImGui::SameLine();
        if (ImGui::Button("Next (J) >") && m_position + 1 < pending.size()) ++m_position;
        handleKeys(index, pending.size());
    }
}

void DraftReviewView::drawParagraph(const Question& question, float width, float height) {
    ImGui::BeginChild("paragraph", ImVec2(width, height), true);
    ImGui::TextDisabled("Paragraph %d of %s", question.source.paragraph,
                        m_review.articlePath().substr(m_review.articlePath().find_last_of('/') + 1).c_str());
    ImGui::Separator();
    const std::string& text = m_review.paragraph(question.source.paragraph);
    const auto [begin, length] = findEvidence(text, question.source.evidence);
    // Word by word, so the evidence words can stand on a highlight; ImGui 1.86 has no rich text.
    const float right = ImGui::GetContentRegionAvail().x;
    const float space = ImGui::CalcTextSize(" ").x;
    float x = 0.0f;
    std::size_t start = 0;
    bool firstWord = true;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        const ImVec2 size = ImGui::CalcTextSize(word.c_str());
        if (!firstWord) {
            if (x + space + size.x > right) x = 0.0f;
            else {
                ImGui::SameLine(0.0f, space);
                x += space;
            }
        }
        const bool marked = begin != std::string::npos && start < begin + length && end > begin;
        if (marked) {
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y),
                                                      ImGui::GetColorU32(ImVec4(0.95f, 0.80f, 0.20f, 0.45f)));
        }
        ImGui::TextUnformatted(word.c_str());
        x += size.x;
        firstWord = false;
        start = end + 1;
    }
    ImGui::Separator();
    if (begin == std::string::npos) wrappedTextColored(wrongColour(), "The evidence is not in this paragraph.");
    else noteText("Evidence: \u201C" + question.source.evidence + "\u201D");
    ImGui::EndChild();
}

void DraftReviewView::drawQuestion(std::size_t index) {
    const Question& question = m_review.bank().questions[index];
    ImGui::TextDisabled("%s \u00B7 %s", questionTypeLabel(question.type()), question.id.c_str());
    sectionTitle("Prompt");
    wrappedText(question.type() == QuestionType::Cloze ? std::get<ClozeAnswer>(question.answer).text : question.prompt);
    sectionTitle("Answer");
    wrappedText(expectedAnswerText(question));
    if (const auto* choice = std::get_if<ChoiceAnswer>(&question.answer)) {
        std::vector<std::string> wrong;
        for (std::size_t i = 0; i < choice->choices.size(); ++i) {
            if (static_cast<int>(i) != choice->correct) wrong.push_back(choice->choices[i]);
        }
        sectionTitle("Distractors");
        bulletList(wrong);
    } else if (const auto* ordering = std::get_if<OrderingAnswer>(&question.answer)) {
        bulletList(ordering->items);
    }
    if (!question.explanation.empty()) {
        sectionTitle("Explanation");
        noteText(question.explanation);
    }
    std::string tags;
    for (const std::string& tag : question.tags) tags += (tags.empty() ? "" : ", ") + tag;
    noteText("Tags: " + (tags.empty() ? std::string("none") : tags));
}

void DraftReviewView::handleKeys(std::size_t index, std::size_t pendingCount) {
    if (ImGui::GetIO().WantTextInput) return;
    const char key = typedShortcut();
    if (key == 'a' || enterPressed()) decide(true, index);
    else if (key == 'r' || keyPressed(ImGuiKey_Delete)) decide(false, index);
    else if (key == 'e') {
        m_edit = m_review.editOf(index);
        m_distractorsText = joinLines(m_edit.distractors);
        m_editing = true;
    } else if ((key == 'j' || keyPressed(ImGuiKey_DownArrow) || keyPressed(ImGuiKey_RightArrow)) && m_position + 1 < pendingCount) {
        ++m_position;
    } else if ((key == 'k' || keyPressed(ImGuiKey_UpArrow) || keyPressed(ImGuiKey_LeftArrow)) && m_position > 0) {
        --m_position;
    }
}

void DraftReviewView::decide(bool accept, std::size_t index) {
    const std::string id = m_review.bank().questions[index].id;
    const bool saved = accept ? m_review.accept(index) : m_review.reject(index);
    if (!saved) {
        m_status = "Not saved: " + m_review.message();
        return;
    }
    (accept ? m_accepted : m_rejected) += 1;
    m_status = (accept ? "Accepted " : "Rejected ") + id + "; saved.";
    // The list of drafts shrank by one: the same position now shows the next question.
}

// [SECTION] Editing

void DraftReviewView::drawEditor(std::size_t index) {
    const Question& question = m_review.bank().questions[index];
    ImGui::TextDisabled("Editing %s \u00B7 %s", questionTypeLabel(question.type()), question.id.c_str());
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::TextUnformatted("Prompt");
    ImGui::InputTextMultiline("##prompt", &m_edit.prompt, ImVec2(width, ImGui::GetTextLineHeight() * 4.0f));
    if (question.type() != QuestionType::Ordering) {
        ImGui::TextUnformatted("Answer");
        ImGui::SetNextItemWidth(width);
        ImGui::InputText("##answer", &m_edit.answer);
    }
    if (question.type() == QuestionType::Choice) {
        ImGui::TextUnformatted("Distractors, one per line");
        ImGui::InputTextMultiline("##distractors", &m_distractorsText, ImVec2(width, ImGui::GetTextLineHeight() * 5.0f));
    }
    if (ImGui::Button("Save the edit")) {
        m_edit.distractors = splitLines(m_distractorsText);
        if (m_review.applyEdit(index, m_edit)) {
            m_status = "Edited " + question.id + "; saved (still a draft until accepted).";
            m_editing = false;
        } else {
            m_status = "Not saved: " + m_review.message();
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || keyPressed(ImGuiKey_Escape)) m_editing = false;
}

}  // namespace retain::ui
