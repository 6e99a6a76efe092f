// The Draft review screen (see draft_review_view.hpp). Index:
// [SECTION] Opening
// [SECTION] Setup
// [SECTION] Review
// [SECTION] Editing
#include "ui/draft_review_view.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/draft/draft_file.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

// Returns the byte range of needle in haystack, compared ASCII case-insensitively; {npos, 0} when absent.
// An occurrence that ends at a word's end is preferred: "On May 25" is the one before ",", not the
// start of "On May 25–26".
std::pair<std::size_t, std::size_t> findEvidence(const std::string& haystack, const std::string& needle) {
    if (needle.empty()) return {std::string::npos, 0};
    const auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    const auto same = [&](char a, char b) { return lower(a) == lower(b); };
    std::size_t first = std::string::npos;
    for (auto it = haystack.begin();; ++it) {
        it = std::search(it, haystack.end(), needle.begin(), needle.end(), same);
        if (it == haystack.end()) break;
        const std::size_t at = static_cast<std::size_t>(it - haystack.begin());
        if (first == std::string::npos) first = at;
        const std::size_t after = at + needle.size();
        const unsigned char next = after < haystack.size() ? static_cast<unsigned char>(haystack[after]) : ' ';
        if (!std::isalnum(next) && next != '-' && next < 0x80) return {at, needle.size()};
    }
    return {first, first == std::string::npos ? 0 : needle.size()};
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

bool DraftReviewView::openBank(const std::string& bankPath, const std::string& articlePath, const std::vector<std::string>& articleSearch) {
    m_articlePath = articlePath;
    m_bankPath = bankPath;
    if (!m_review.open(bankPath, articlePath, articleSearch)) {
        m_status = m_review.message();
        return false;
    }
    m_articlePath = m_review.articlePath();
    m_position = 0;
    m_editing = false;
    m_accepted = m_rejected = 0;
    m_status.clear();
    return true;
}

void DraftReviewView::drawContent(UiContext& context) {
    // Home's "Review N drafts" names the bank; its article is found from the bank's source.doc.
    if (!context.reviewBankRequest.empty()) {
        openBank(context.reviewBankRequest, "", {context.banksDir});
        context.reviewBankRequest.clear();
    }
    if (!m_review.isOpen()) {
        drawSetup(context);
        return;
    }
    drawReview();
}

// [SECTION] Setup

void DraftReviewView::drawSetup(const UiContext& context) {
    sectionTitle("Draft questions from an article");
    noteText("Retain proposes one cited question per fact of the article (dates, sums, counts, people, names). "
             "Review each here: only the ones you accept are studied.");
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.7f);
    ImGui::InputTextWithHint("Article", "path/to/article.txt (one paragraph per line; to open a bank, found from its source)", &m_articlePath);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.7f);
    ImGui::InputTextWithHint("Bank file", "questions/NAME.yaml", &m_bankPath);
    if (ImGui::Button("Draft from the article")) draftFrom(m_articlePath, m_bankPath);
    sameLineIfFits(ImGui::CalcTextSize("Open a drafted bank").x + ImGui::GetStyle().FramePadding.x * 2.0f);
    if (ImGui::Button("Open a drafted bank")) openBank(m_bankPath, m_articlePath, {context.banksDir});
    if (!m_status.empty()) wrappedTextColored(wrongColour(), m_status);
    drawDraftedBanks(context);
}

// The library's banks that still hold drafts, each opened with one click (the article found from its source).
void DraftReviewView::drawDraftedBanks(const UiContext& context) {
    if (context.library == nullptr) return;
    bool titled = false;
    for (std::size_t i = 0; i < context.library->banks.size(); ++i) {
        const Bank& bank = context.library->banks[i];
        const auto drafts = std::count_if(bank.questions.begin(), bank.questions.end(), [](const Question& q) { return q.draft; });
        if (drafts == 0) continue;
        if (!titled) {
            ImGui::Spacing();
            sectionTitle("Banks with questions to review");
            titled = true;
        }
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Button("Review")) openBank(bank.path, "", {context.banksDir});
        ImGui::PopID();
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted((bank.title + " \u00B7 " + std::to_string(drafts) + " to review \u00B7 " +
                                bank.path.substr(bank.path.find_last_of('/') + 1)).c_str());
    }
}

// [SECTION] Review

void DraftReviewView::drawReview() {
    const std::vector<std::size_t> pending = m_review.pending();
    const std::string& path = m_review.bankPath();
    ImGui::TextUnformatted(path.substr(path.find_last_of('/') + 1).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Close")) {
        m_review = draft::DraftReview{};
        m_status.clear();
        return;
    }
    noteText(std::to_string(pending.size()) + " to review \u00B7 " + std::to_string(m_accepted) + " accepted, " +
             std::to_string(m_rejected) + " rejected \u00B7 saved after every decision");
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
    // The buttons come first, so they stay on screen at 200 % in a small window.
    if (!m_editing) drawButtons(index, pending.size());
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (avail.x >= ImGui::GetFontSize() * 48.0f) {
        ImGui::BeginChild("paragraph", ImVec2(avail.x * 0.5f, avail.y), true);
        drawParagraph(question);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("question", ImVec2(0.0f, avail.y), true);
    } else {
        // Narrow: the paragraph above the question, in one scrolling pane.
        ImGui::BeginChild("question", ImVec2(0.0f, avail.y), true);
        drawParagraph(question);
    }
    ImGui::Text("Question %zu of %zu still to review", m_position + 1, pending.size());
    if (m_editing) drawEditor(index);
    else drawQuestion(index);
    ImGui::EndChild();
}

void DraftReviewView::drawButtons(std::size_t index, std::size_t pendingCount) {
    const auto fitting = [](const char* label) {
        sameLineIfFits(ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f);
        return ImGui::Button(label);
    };
    if (ImGui::Button("Accept (A)")) decide(true, index);
    if (fitting("Reject (R)")) decide(false, index);
    if (fitting("Edit (E)")) startEdit(index);
    if (fitting("< Previous (K)") && m_position > 0) --m_position;
    if (fitting("Next (J) >") && m_position + 1 < pendingCount) ++m_position;
    handleKeys(index, pendingCount);
}

void DraftReviewView::startEdit(std::size_t index) {
    m_edit = m_review.editOf(index);
    m_distractorsText = joinLines(m_edit.distractors);
    m_editing = true;
}

void DraftReviewView::drawParagraph(const Question& question) {
    const std::string& article = m_review.articlePath();
    noteText("Paragraph " + std::to_string(question.source.paragraph) + " of " + article.substr(article.find_last_of('/') + 1));
    ImGui::Separator();
    const std::string& text = m_review.paragraph(question.source.paragraph);
    const auto [begin, length] = findEvidence(text, question.source.evidence);
    // Word by word, so the evidence words can stand on a highlight; ImGui 1.86 has no rich text.
    const float right = ImGui::GetContentRegionAvail().x;
    const float space = ImGui::CalcTextSize(" ").x;
    float x = 0.0f;
    std::size_t start = 0;
    bool firstWord = true;
    bool lastMarked = false;  // the word before was highlighted: the space between is too
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        const ImVec2 size = ImGui::CalcTextSize(word.c_str());
        bool wrapped = false;
        if (!firstWord) {
            if (x + space + size.x > right) {
                x = 0.0f;
                wrapped = true;
            } else {
                ImGui::SameLine(0.0f, space);
                x += space;
            }
        }
        const bool marked = begin != std::string::npos && start < begin + length && end > begin;
        if (marked) {
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float from = lastMarked && !wrapped ? at.x - space : at.x;
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(from, at.y), ImVec2(at.x + size.x, at.y + size.y),
                                                      ImGui::GetColorU32(ImVec4(0.95f, 0.80f, 0.20f, 0.45f)));
        }
        ImGui::TextUnformatted(word.c_str());
        x += size.x;
        firstWord = false;
        lastMarked = marked;
        start = end + 1;
    }
    ImGui::Separator();
    if (begin == std::string::npos) wrappedTextColored(wrongColour(), "The evidence is not in this paragraph.");
    else noteText("Evidence: \u201C" + question.source.evidence + "\u201D");
    ImGui::Spacing();
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
    else if (key == 'e') startEdit(index);
    else if ((key == 'j' || keyPressed(ImGuiKey_DownArrow) || keyPressed(ImGuiKey_RightArrow)) && m_position + 1 < pendingCount) {
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
