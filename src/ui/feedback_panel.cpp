// Feedback panel (see feedback_panel.hpp). Index:
// [SECTION] Verdict
// [SECTION] Answer beside expected, differences marked
// [SECTION] Explanation and citation
#include "ui/feedback_panel.hpp"

#include <imgui.h>

#include "core/bank/citation.hpp"
#include "ui/answer_views/answer_view.hpp"
#include "ui/pictures.hpp"
#include "ui/text_diff.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

//-----------------------------------------------------------------------------
// [SECTION] Verdict
//-----------------------------------------------------------------------------

std::string verdictLabel(Verdict verdict) {
    switch (verdict) {
        case Verdict::Correct: return "\u2713 Correct";
        case Verdict::PartlyCorrect: return "\u25D0 Partly correct";
        case Verdict::NearMiss: return "\u2248 Near miss";
        case Verdict::Wrong: return "\u2717 Wrong";
        case Verdict::Refused: return "? Not graded";
    }
    return "?";
}

namespace {

ImVec4 verdictColour(Verdict verdict) {
    switch (verdict) {
        case Verdict::Correct: return rightColour();
        case Verdict::PartlyCorrect:
        case Verdict::NearMiss: return partialColour();
        case Verdict::Wrong: return wrongColour();
        case Verdict::Refused: break;
    }
    return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

// Draws the verdict larger than the body text.
void drawVerdictLine(Verdict verdict) {
    ImGui::SetWindowFontScale(1.4f);
    ImGui::PushStyleColor(ImGuiCol_Text, verdictColour(verdict));
    ImGui::TextUnformatted(verdictLabel(verdict).c_str());
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(1.0f);
}

//-----------------------------------------------------------------------------
// [SECTION] Answer beside expected, differences marked
//-----------------------------------------------------------------------------

// Draws runs on one line, marked runs coloured AND underlined; falls back to plain wrapped text when the
// line would not fit.
void drawMarkedRuns(const std::vector<DiffSegment>& runs, const ImVec4& colour) {
    std::string whole;
    for (const DiffSegment& run : runs) whole += run.text;
    if (whole.empty()) {
        ImGui::TextDisabled("(nothing)");
        return;
    }
    if (ImGui::CalcTextSize(whole.c_str()).x > ImGui::GetContentRegionAvail().x) {
        wrappedText(whole);
        return;
    }
    bool first = true;
    for (const DiffSegment& run : runs) {
        if (!first) ImGui::SameLine(0.0f, 0.0f);
        first = false;
        if (!run.marked) {
            ImGui::TextUnformatted(run.text.c_str());
            continue;
        }
        ImGui::TextColored(colour, "%s", run.text.c_str());
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), max, ImGui::GetColorU32(colour), 2.0f);
    }
}

void drawPartCell(const std::string& text) {
    if (text.empty()) ImGui::TextDisabled("(none)");
    else wrappedText(text);
}

}  // namespace

void drawPartRows(const GradeResult& grade, const PartRows& rows) {
    const bool withLabel = rows.label != PartLabel::None;
    const int columns = withLabel ? 4 : 3;
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg;
    if (!ImGui::BeginTable("parts", columns, flags)) return;
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
    if (withLabel) ImGui::TableSetupColumn(rows.labelHeader, ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Your answer", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Expected", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < grade.parts.size(); ++i) {
        const PartFeedback& part = grade.parts[i];
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextColored(part.correct ? rightColour() : wrongColour(), "%s", part.correct ? "\u2713" : "\u2717");
        int column = 1;
        if (withLabel) {
            ImGui::TableSetColumnIndex(column++);
            if (rows.label == PartLabel::Note) wrappedText(part.note);
            else ImGui::Text("%zu", i + 1);
        }
        // A right answer is compared with the accepted form it matched (an alias is not a misspelling of
        // the canonical answer); the canonical answer is still shown under it.
        const std::string& target = part.matched.empty() ? part.expected : part.matched;
        const bool showDiff = rows.markDifferences && !part.given.empty() && part.given != target;
        const TextDiff diff = showDiff ? diffTexts(part.given, target) : TextDiff{};
        ImGui::TableSetColumnIndex(column++);
        if (showDiff) drawMarkedRuns(diff.given, wrongColour());
        else drawPartCell(part.given);
        ImGui::TableSetColumnIndex(column);
        if (showDiff) drawMarkedRuns(diff.expected, rightColour());
        else drawPartCell(target);
        if (target != part.expected) ImGui::TextDisabled("= %s", part.expected.c_str());
        if (!part.note.empty() && rows.label != PartLabel::Note) ImGui::TextDisabled("%s", part.note.c_str());
    }
    ImGui::EndTable();
}

//-----------------------------------------------------------------------------
// [SECTION] Explanation and citation
//-----------------------------------------------------------------------------

void drawExplanation(const Question& question, const Bank& bank, PictureProvider* pictures) {
    if (!question.explanation.empty() || !question.explanationImage.empty()) {
        ImGui::Spacing();
        ImGui::TextDisabled("Why");
        if (!question.explanation.empty()) wrappedText(question.explanation);
        drawQuestionImage(question.explanationImage, pictures, ImGui::GetContentRegionAvail().x, kPictureHeightInLines * ImGui::GetFontSize());
    }
    const SourceRef& source = question.source;
    const SourceDocument& document = bank.source;
    if (source.paragraph <= 0 && document.title.empty()) return;
    ImGui::Spacing();
    ImGui::TextDisabled("Source");
    const std::string citation = questionCitation(question, document);
    wrappedText(citation);
}

void drawFeedback(const AnswerView& view, const Bank& bank, const GradeResult& grade, PictureProvider* pictures) {
    drawVerdictLine(grade.verdict);
    // "Correct." would only repeat the verdict line.
    if (!grade.feedback.empty() && grade.feedback != "Correct.") wrappedText(grade.feedback);
    ImGui::Spacing();
    if (!grade.parts.empty()) {
        view.drawFeedbackParts(grade);
    } else {
        ImGui::TextDisabled("Expected");
        wrappedText(grade.expected);
    }
    drawExplanation(view.question(), bank, pictures);
}

void drawRevealedAnswer(const Question& question, const Bank& bank, PictureProvider* pictures) {
    ImGui::TextDisabled("Answer");
    ImGui::SetWindowFontScale(1.2f);
    wrappedText(expectedAnswerText(question));
    ImGui::SetWindowFontScale(1.0f);
    drawExplanation(question, bank, pictures);
}

}  // namespace retain::ui
