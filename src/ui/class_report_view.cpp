// Class report: item analysis, student totals and answers from the stored exams and live games, the CSV
// export, and the class-list panel.
//
// [SECTION] Loading
// [SECTION] The screen
// [SECTION] Item analysis
// [SECTION] Students and their answers
#include "ui/class_report_view.hpp"

#include <cstdio>
#include <map>
#include <set>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/classroom/class_list_service.hpp"
#include "core/classroom/class_report_service.hpp"
#include "core/session/study_backend.hpp"
#include "ui/progress_bar.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

// [SECTION] Loading

std::vector<StudentTotal> studentTotals(const std::vector<ClassResultRow>& rows) {
    std::vector<StudentTotal> totals;
    std::map<std::string, std::size_t> index;  // student -> position in totals
    for (const ClassResultRow& row : rows) {
        auto [it, added] = index.emplace(row.student, totals.size());
        if (added) totals.push_back(StudentTotal{row.student, 0.0, 0});
        totals[it->second].score += row.score;
        totals[it->second].questions += 1;
    }
    return totals;
}

void ClassReportView::reload(UiContext& context) {
    m_loaded = true;
    m_error.clear();
    m_rows.clear();
    if (!context.study) {
        m_error = context.storeMessage.empty() ? "The data folder is not open." : context.storeMessage;
    } else {
        try {
            m_rows = loadClassResults(*context.study, m_bankId);
        } catch (const std::exception& error) {
            m_error = error.what();
        }
    }
    m_items = analyseItems(m_rows);
    m_students = studentTotals(m_rows);
    m_prompts.clear();
    const std::vector<Bank> noBanks;
    for (const ClassResultRow& row : m_rows) {
        if (!m_prompts.count(row.key)) m_prompts[row.key] = questionPrompt(context.library ? context.library->banks : noBanks, row.key);
    }
    m_warning = m_rows.empty() ? std::string() : fewStudentsWarning(static_cast<int>(m_students.size()));
    if (m_exportFolder.empty()) m_exportFolder = context.dataDir;
}

const std::string& ClassReportView::promptOf(const CardKey& key) const {
    static const std::string none;
    const auto at = m_prompts.find(key);
    return at == m_prompts.end() ? none : at->second;
}

void ClassReportView::exportCsv() {
    const ClassReportExport written = exportClassReport(m_exportFolder, m_rows, m_items);
    m_exportMessage = written.message;
    m_exportOk = written.ok;
}

// [SECTION] The screen

void ClassReportView::drawContent(UiContext& context) {
    if (!m_loaded) reload(context);
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(em * 12.0f);
    const bool filtered = ImGui::InputTextWithHint("Bank", "every bank", &m_bankId, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if (ImGui::Button("Refresh") || filtered) reload(context);
    // The export group moves to its own line when the window (or a large font) leaves no room for it.
    const ImGuiStyle& style = ImGui::GetStyle();
    sameLineIfFits(ImGui::CalcTextSize("Export to").x + em * 16.0f + ImGui::CalcTextSize("Export CSV").x +
                   style.FramePadding.x * 2.0f + style.ItemSpacing.x * 3.0f);
    ImGui::TextUnformatted("Export to");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 16.0f);
    ImGui::InputTextWithHint("##export", "folder", &m_exportFolder);
    ImGui::SameLine();
    ImGui::BeginDisabled(m_rows.empty());
    if (ImGui::Button("Export CSV")) exportCsv();
    ImGui::EndDisabled();
    if (!m_exportMessage.empty()) wrappedTextColored(m_exportOk ? rightColour() : wrongColour(), m_exportMessage);
    noteText("Exams taken with `retain exam`, live games with `retain live`; two lab machines' folders merge with "
             "`retain report --data A --data B`.");
    if (!m_error.empty()) wrappedTextColored(wrongColour(), m_error);
    if (m_rows.empty()) {
        ImGui::TextUnformatted("No exam results yet.");
    } else {
        int flagged = 0;
        for (const ItemAnalysis& item : m_items) flagged += item.flagged() ? 1 : 0;
        ImGui::Text("%d students, %d questions, %d flagged for review", static_cast<int>(m_students.size()),
                    static_cast<int>(m_items.size()), flagged);
        if (!m_warning.empty()) wrappedTextColored(partialColour(), "Note: " + m_warning);
        ImGui::Spacing();
        drawItems();
        ImGui::Spacing();
        drawStudents();
    }
    ImGui::Spacing();
    m_classLists.draw(context, context.study ? context.study->clock().nowMs() : 0);
}

// [SECTION] Item analysis

void ClassReportView::drawItems() {
    ImGui::TextUnformatted("Item analysis");
    noteText("Facility = mean score / maximum score. Discrimination = correlation of the question's score with "
             "the rest of the test. Flagged: facility above 0.9 or below 0.2, or discrimination below 0.2.");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("items", 5, flags)) return;
    const float em = ImGui::GetFontSize();  // column widths in ems, so they scale with the font
    ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableSetupColumn("Students", ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    ImGui::TableSetupColumn("Facility", ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    ImGui::TableSetupColumn("Discrimination", ImGuiTableColumnFlags_WidthFixed, em * 7.5f);
    ImGui::TableSetupColumn("Flags", ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableHeadersRow();
    for (const ItemAnalysis& item : m_items) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        wrappedText(promptOf(item.key));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", item.key.text().c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", item.students);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(formatIndex(item.facility).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(formatIndex(item.discrimination).c_str());
        ImGui::TableNextColumn();
        if (item.flagged()) {
            wrappedTextColored(partialColour(), "Review \u2014 " + item.reason);
        } else {
            ImGui::TextUnformatted("\u2713 ok");
        }
    }
    ImGui::EndTable();
}

// [SECTION] Students and their answers

void ClassReportView::drawStudents() {
    ImGui::TextUnformatted("Students (open one to see the answers)");
    const float em = ImGui::GetFontSize();
    m_answerLinesDrawn = 0;
    for (const StudentTotal& student : m_students) {
        ImGui::PushID(student.student.c_str());
        if (m_openEveryStudent) ImGui::SetNextItemOpen(true);
        const float share = student.questions > 0 ? static_cast<float>(student.score / student.questions) : 0.0f;
        char label[64];
        std::snprintf(label, sizeof label, "%.2f / %d  (%.0f %%)", student.score, student.questions, share * 100.0f);
        const bool open = ImGui::TreeNodeEx("##student", ImGuiTreeNodeFlags_SpanAvailWidth, "%s", student.student.c_str());
        ImGui::SameLine(em * 16.0f);
        labelledProgressBar(share, label, ImVec2(em * 14.0f, 0.0f));
        if (open) {
            drawAnswersOf(student.student);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    m_openEveryStudent = false;
}

void ClassReportView::drawAnswersOf(const std::string& student) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("answers", 3, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Answer", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, em * 4.0f);
    ImGui::TableHeadersRow();
    for (const ClassResultRow& row : m_rows) {
        if (row.student != student) continue;
        ++m_answerLinesDrawn;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        wrappedText(promptOf(row.key));
        ImGui::TableNextColumn();
        wrappedText(row.answer.empty() ? "(blank)" : row.answer);
        ImGui::TableNextColumn();
        const ImVec4 colour = row.score >= 1.0 ? rightColour() : row.score > 0.0 ? partialColour() : wrongColour();
        ImGui::TextColored(colour, "%.2f", row.score);
    }
    ImGui::EndTable();
}

}  // namespace retain::ui
