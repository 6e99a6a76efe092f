// Class report: item analysis and student totals from the stored exams.
#include "ui/class_report_view.hpp"

#include <cstdio>
#include <map>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/classroom/class_report_service.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

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
}

void ClassReportView::drawContent(UiContext& context) {
    if (!m_loaded) reload(context);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    const bool filtered = ImGui::InputTextWithHint("Bank", "every bank", &m_bankId, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if (ImGui::Button("Refresh") || filtered) reload(context);
    ImGui::SameLine();
    noteText("Exams taken with `retain exam`; CSV files with `retain report --csv FILE --items FILE`.");
    if (!m_error.empty()) wrappedTextColored(wrongColour(), m_error);
    if (m_rows.empty()) {
        ImGui::TextUnformatted("No exam results yet.");
        return;
    }
    int flagged = 0;
    for (const ItemAnalysis& item : m_items) flagged += item.flagged() ? 1 : 0;
    ImGui::Text("%d students, %d questions, %d flagged for review", static_cast<int>(m_students.size()), static_cast<int>(m_items.size()), flagged);
    ImGui::Spacing();
    drawItems();
    ImGui::Spacing();
    drawStudents();
}

void ClassReportView::drawItems() {
    ImGui::TextUnformatted("Item analysis");
    noteText("Facility = mean score / maximum score. Discrimination = correlation of the question's score with "
             "the rest of the test. Flagged: facility above 0.9 or below 0.2, or discrimination below 0.2.");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("items", 5, flags)) return;
    const float em = ImGui::GetFontSize();  // column widths in ems, so they scale with the font
    ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Students", ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    ImGui::TableSetupColumn("Facility", ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    ImGui::TableSetupColumn("Discrimination", ImGuiTableColumnFlags_WidthFixed, em * 7.5f);
    ImGui::TableSetupColumn("Flags", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableHeadersRow();
    for (const ItemAnalysis& item : m_items) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(item.key.text().c_str());
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

void ClassReportView::drawStudents() {
    ImGui::TextUnformatted("Students");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("students", 3, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("Student", ImGuiTableColumnFlags_WidthFixed, em * 14.0f);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, em * 6.0f);
    ImGui::TableSetupColumn("Percent", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const StudentTotal& student : m_students) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(student.student.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%.2f / %d", student.score, student.questions);
        ImGui::TableNextColumn();
        const float share = student.questions > 0 ? static_cast<float>(student.score / student.questions) : 0.0f;
        char label[16];
        std::snprintf(label, sizeof label, "%.0f %%", share * 100.0f);
        ImGui::ProgressBar(share, ImVec2(-1.0f, 0.0f), label);
    }
    ImGui::EndTable();
}

}  // namespace retain::ui
