// Class report: the stored exam results (exam_results) as item analysis per question (facility,
// discrimination, flags with their reasons; docs/classroom.md) and each student's total. Read from the
// study backend's database on first show and on Refresh.
#pragma once

#include <string>
#include <vector>

#include "core/classroom/class_report.hpp"
#include "ui/view.hpp"

namespace retain::ui {

// One student's line of the report.
struct StudentTotal {
    std::string student;
    double score = 0.0;  // sum of the student's scores (each 0..1)
    int questions = 0;   // rows the student has
};

// Returns each student's total, in the order students first appear in rows.
std::vector<StudentTotal> studentTotals(const std::vector<ClassResultRow>& rows);

class ClassReportView final : public View {
public:
    const char* title() const override { return "Class report"; }
    void drawContent(UiContext& context) override;

    // Reloads the rows from the database (bank filter from the view) and recomputes the analysis.
    void reload(UiContext& context);

    // For tests: the loaded rows and their analysis.
    const std::vector<ClassResultRow>& rows() const { return m_rows; }
    const std::vector<ItemAnalysis>& items() const { return m_items; }

private:
    void drawItems();
    void drawStudents();

    bool m_loaded = false;
    std::string m_bankId;                  // "" = every bank
    std::vector<ClassResultRow> m_rows;
    std::vector<ItemAnalysis> m_items;
    std::vector<StudentTotal> m_students;
    std::string m_error;
};

}  // namespace retain::ui
