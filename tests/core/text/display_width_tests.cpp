// Terminal display widths and the text tables `retain report` prints: columns line up by display width
// whatever the script, and long cells are cut with "…".
#include <doctest/doctest.h>

#include <sstream>

#include "core/classroom/class_report_text.hpp"
#include "core/text/display_width.hpp"

using namespace retain;

namespace {

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Returns the display column at which the first occurrence of needle starts in line, or -1.
int columnOf(const std::string& line, const std::string& needle) {
    const auto at = line.find(needle);
    return at == std::string::npos ? -1 : displayWidth(line.substr(0, at));
}

}  // namespace

TEST_CASE("display width: combining marks take none, wide characters two, the ellipsis one") {
    CHECK(displayWidth("Ana") == 3);
    CHECK(displayWidth("Zo\u00eb") == 3);        // precomposed ë: 2 bytes, 1 column
    CHECK(displayWidth("Zoe\u0308") == 3);       // e + combining diaeresis
    CHECK(displayWidth("\u65e5\u672c") == 4);    // 日本: two wide characters
    CHECK(displayWidth("\u2026") == 1);
    CHECK(displayWidth("") == 0);
}

TEST_CASE("display width: cutting keeps whole characters and ends in an ellipsis") {
    CHECK(cutToWidth("Tokyo", 5) == "Tokyo");
    CHECK(cutToWidth("Vladivostok", 6) == "Vladi\u2026");
    CHECK(displayWidth(cutToWidth("Vladivostok", 6)) == 6);
    CHECK(cutToWidth("\u65e5\u672c\u8a9e", 4) == "\u65e5\u2026");  // a wide character never split: 2 + 1 columns
    CHECK(cutToWidth("abc", 0).empty());
}

TEST_CASE("display width: a table aligns UTF-8 and wide cells and cuts long ones") {
    const std::vector<TableColumn> columns = {{"name", CellAlign::Left, 10}, {"score", CellAlign::Right, 8}};
    const std::string table = formatTextTable(columns, {{"Ana", "1.00"}, {"Zo\u00eb", "12.50"}, {"\u5c71\u7530", "3"},
                                                        {"Maximilian-Alexander", "0"}, {"tab\there", "2"}});
    const std::vector<std::string> lines = linesOf(table);
    REQUIRE(lines.size() == 6);
    // Every line is as wide on screen as the header: the right-aligned numbers end in one column.
    for (const std::string& line : lines) CHECK(displayWidth(line) == displayWidth(lines[0]));
    CHECK(lines[2].find("Zo\u00eb") != std::string::npos);
    CHECK(lines[4].find("Maximilia\u2026") != std::string::npos);  // cut to the column's 10
    CHECK(lines[5].find('\t') == std::string::npos);                // a tab would break the columns
}

TEST_CASE("display width: retain report's item table keeps its columns with long ids and UTF-8 names") {
    std::vector<ClassResultRow> rows;
    const CardKey shortKey{"b", "q1"};
    const CardKey longKey{"russia-japan-2018", "eastern-economic-forum-vladivostok-2017-attendance"};
    for (const std::string student : {"Ana", "Zo\u00eb", "\u5c71\u7530 \u592a\u90ce"}) {
        rows.push_back(ClassResultRow{student, shortKey, "x", 1.0, 2.0});
        rows.push_back(ClassResultRow{student, longKey, "y", student == "Ana" ? 1.0 : 0.0, 3.0});
    }
    std::vector<std::string> items = linesOf(itemAnalysisText(analyseItems(rows), {}, 3));
    REQUIRE(items.size() == 5);  // title, the few-students note, header, two questions (no bank: no prompt lines)
    items.erase(items.begin() + 1);
    const int studentsColumn = columnOf(items[1], "students");
    REQUIRE(studentsColumn > 0);
    for (std::size_t i = 2; i < items.size(); ++i) {
        // The students count ("3") sits at the end of its right-aligned column on every row.
        CHECK(columnOf(items[i], " 3 ") + 1 == studentsColumn + displayWidth("students") - 1);
    }
    CHECK(items[3].find("\u2026") != std::string::npos);  // the long id is cut

    const std::vector<std::string> students = linesOf(studentTotalsText(rows));
    REQUIRE(students.size() == 5);
    for (std::size_t i = 2; i < students.size(); ++i) CHECK(displayWidth(students[i]) == displayWidth(students[1]));
}
