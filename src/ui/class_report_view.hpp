// Class report: the stored exam and live game results as item analysis per question by prompt (facility,
// discrimination, flags with their reasons; docs/classroom.md), a warning under kItemAnalysisMinStudents
// students, each student's total and answers, a CSV export (through core), and the class-list panel.
// Read from the study backend's database on first show and on Refresh.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/classroom/class_report.hpp"
#include "ui/class_list_panel.hpp"
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
    const char* shortTitle() const override { return "Class"; }
    void drawContent(UiContext& context) override;

    // Reloads the rows from the database (bank filter from the view) and recomputes the analysis.
    void reload(UiContext& context);

    // For tests: the loaded rows and their analysis.
    const std::vector<ClassResultRow>& rows() const { return m_rows; }
    const std::vector<ItemAnalysis>& items() const { return m_items; }
    const std::string& warning() const { return m_warning; }
    // Returns the prompt shown for key ("bank/question" when its bank is not loaded).
    const std::string& promptOf(const CardKey& key) const;
    // Sets the export folder and exports, as the Export CSV button does; exportMessage() says what happened.
    void setExportFolder(std::string folder) { m_exportFolder = std::move(folder); }
    void exportCsv();
    const std::string& exportMessage() const { return m_exportMessage; }
    ClassListPanel& classLists() { return m_classLists; }
    // Opens every student's answers on the next frame (tests, screenshots).
    void openEveryStudent() { m_openEveryStudent = true; }
    // Returns how many answer rows the last frame drew.
    int answerLinesDrawn() const { return m_answerLinesDrawn; }

private:
    void drawItems();
    void drawStudents();
    void drawAnswersOf(const std::string& student);

    bool m_loaded = false;
    std::string m_bankId;                  // "" = every bank
    std::vector<ClassResultRow> m_rows;
    std::vector<ItemAnalysis> m_items;
    std::vector<StudentTotal> m_students;
    std::string m_error;
    std::map<CardKey, std::string> m_prompts;  // the prompt of every question in m_rows
    std::string m_warning;                     // fewStudentsWarning, "" when enough students
    std::string m_exportFolder;                // default: the data folder
    std::string m_exportMessage;
    bool m_exportOk = false;
    bool m_openEveryStudent = false;
    int m_answerLinesDrawn = 0;
    ClassListPanel m_classLists;
};

}  // namespace retain::ui
