// The class report as terminal text (see class_report_text.hpp).
#include "core/classroom/class_report_text.hpp"

#include <cstdio>
#include <map>

#include "core/text/control_chars.hpp"
#include "core/text/display_width.hpp"

namespace retain {

namespace {

constexpr int kStudentColumns = 24;   // widest student name shown, terminal columns
constexpr int kQuestionColumns = 40;  // widest "bank/question" shown, terminal columns
constexpr int kPromptColumns = 100;   // widest prompt line under an item, terminal columns

std::string scoreText(double sum, int count) {
    char text[48];
    std::snprintf(text, sizeof text, "%.2f / %d", sum, count);
    return text;
}

}  // namespace

std::string studentTotalsText(const std::vector<ClassResultRow>& rows) {
    std::vector<std::string> order;
    std::map<std::string, std::pair<double, int>> totals;  // student -> (sum of scores, questions)
    for (const ClassResultRow& row : rows) {
        if (!totals.count(row.student)) order.push_back(row.student);
        totals[row.student].first += row.score;
        totals[row.student].second += 1;
    }
    std::vector<std::vector<std::string>> table;
    for (const std::string& student : order) {
        const auto& [sum, count] = totals[student];
        table.push_back({student, scoreText(sum, count)});
    }
    const std::vector<TableColumn> columns = {{"student", CellAlign::Left, kStudentColumns}, {"score", CellAlign::Right, 20}};
    return "Students (" + std::to_string(order.size()) + "):\n" + formatTextTable(columns, table);
}

std::string itemAnalysisText(const std::vector<ItemAnalysis>& items, const std::vector<Bank>& banks, int students) {
    std::vector<std::vector<std::string>> table;
    for (const ItemAnalysis& item : items) {
        table.push_back({item.key.text(), std::to_string(item.students), formatIndex(item.facility),
                         formatIndex(item.discrimination), item.flagged() ? item.reason : "-"});
    }
    // The flags come last: their reasons may run long without pushing another column out of line.
    const std::vector<TableColumn> columns = {{"question", CellAlign::Left, kQuestionColumns},
                                              {"students", CellAlign::Right, 8},
                                              {"facility", CellAlign::Right, 9},
                                              {"discrimination", CellAlign::Right, 14},
                                              {"flags", CellAlign::Left, 200}};
    std::string text = "Item analysis (" + std::to_string(items.size()) + " questions):\n";
    if (const std::string warning = fewStudentsWarning(students); !warning.empty()) text += "  Note: " + warning + "\n";
    const std::string lines = formatTextTable(columns, table);
    std::size_t start = 0;
    for (std::size_t row = 0; start < lines.size(); ++row) {
        const std::size_t end = lines.find('\n', start);
        text += lines.substr(start, end - start + 1);
        start = end + 1;
        if (row == 0) continue;  // the title line
        const ItemAnalysis& item = items[row - 1];
        const std::string prompt = questionPrompt(banks, item.key);
        if (prompt != item.key.text()) text += "      " + cutToWidth(terminalSafe(prompt), kPromptColumns) + "\n";
    }
    return text;
}

}  // namespace retain
