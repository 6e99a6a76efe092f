// A results CSV read back for the class report (`retain report --results`): the export round-trips, bad
// lines are skipped with file:line warnings, a wrong header reads nothing, and rows a data folder already
// holds are recognised by content and counted once.
#include <doctest/doctest.h>

#include "core/classroom/class_report.hpp"
#include "core/classroom/class_results_import.hpp"

using namespace retain;

namespace {

ClassResultRow resultRow(std::string student, std::string question, std::string answer, double score, double seconds) {
    return ClassResultRow{std::move(student), CardKey{"geo", std::move(question)}, std::move(answer), score, seconds};
}

std::vector<ClassResultRow> plainRows(const std::vector<AttributedResultRow>& rows) {
    std::vector<ClassResultRow> plain;
    for (const AttributedResultRow& row : rows) plain.push_back(row.row);
    return plain;
}

}  // namespace

TEST_CASE("class results import: the export reads back row for row, spreadsheet guards removed") {
    const std::vector<ClassResultRow> rows = {
        resultRow("Ana Lima", "q1", "Tokyo", 1.0, 12.5),
        resultRow("Lima, Ana \"Jr\"", "q2", "=SUM(A1:A9)", 0.25, 3.0),  // a comma, quotes, a formula
        resultRow("Ben", "q1", "-3.5", 0.0, 0.125),                     // a signed number stays as it is
        resultRow("@ben", "q2", "", 0.0, 0.0),                          // a blank answer
    };
    const std::string csv = classResultsCsv(rows);
    REQUIRE(csv.find("'=SUM") != std::string::npos);  // the export guards the formula
    const ClassResultsFile file = readClassResultsCsv(csv, "lab2.csv");
    CHECK(file.problems.empty());
    CHECK(plainRows(file.rows) == rows);
    // One attempt per student of the file.
    CHECK(file.rows[0].attempt == "file|lab2.csv|ana lima");
    CHECK(file.rows[3].attempt == "file|lab2.csv|@ben");
}

TEST_CASE("class results import: bad lines are skipped with a warning naming the line; a wrong header reads nothing") {
    const std::string text =
        "student,bank,question,answer,score,time_seconds\r\n"
        "Ana,geo,q1,Tokyo,1,2\r\n"
        "Ben,geo,q1,Osaka,1.5,2\r\n"     // score above 1
        ",geo,q1,Osaka,0,2\r\n"          // no student
        "Cleo,geo,q1,Kyoto,0,-1\r\n"     // negative time
        "Dev,geo,q1\r\n"                 // too short
        "Eve,geo,q2,Nara,0.5,abc\r\n"    // unreadable time
        "Fay,geo,q2,Nara,0.5,4\r\n";
    const ClassResultsFile file = readClassResultsCsv(text, "lab2.csv");
    REQUIRE(file.rows.size() == 2);
    CHECK(file.rows[0].row.student == "Ana");
    CHECK(file.rows[1].row.student == "Fay");
    REQUIRE(file.problems.size() == 5);
    CHECK(file.problems[0].format() == "lab2.csv:3: warning: score '1.5' is not a number from 0 to 1: line skipped");
    CHECK(file.problems[1].format() == "lab2.csv:4: warning: the student, bank and question must not be blank: line skipped");
    CHECK(file.problems[2].format() == "lab2.csv:5: warning: time_seconds '-1' is not a number of seconds: line skipped");
    CHECK(file.problems[3].format() == "lab2.csv:6: warning: expected 6 fields, found 3: line skipped");
    CHECK(file.problems[4].line == 7);

    const ClassResultsFile items = readClassResultsCsv("bank,question,students,facility\r\ngeo,q1,3,0.5\r\n", "items.csv");
    CHECK(items.rows.empty());
    REQUIRE(items.problems.size() == 1);
    CHECK(items.problems[0].severity == Severity::Error);
    CHECK(items.problems[0].format().find("items.csv:1: error: not a results file") == 0);
    CHECK(readClassResultsCsv("", "empty.csv").problems.size() == 1);
}

TEST_CASE("class results import: rows a data folder already holds count once; the rest merge as attempts") {
    // Lab 1's folder: Ana's exam. The file: an export of lab 1 and lab 2 together (Ana again, and Ben).
    const std::vector<AttributedResultRow> lab1 = {{resultRow("Ana", "q1", "Tokyo", 1.0, 4.0), "exam|T|1|Ana|10|20"},
                                                   {resultRow("Ana", "q2", "Nara", 0.0, 6.0), "exam|T|1|Ana|10|20"}};
    const std::string csv = classResultsCsv({resultRow("ana ", "q1", "Tokyo", 1.0, 4.0), resultRow("Ana", "q2", "Nara", 0.0, 6.0),
                                             resultRow("Ben", "q1", "Tokyo", 1.0, 5.0), resultRow("Ben", "q2", "Kyoto", 1.0, 7.0),
                                             resultRow("Ana", "q2", "Nara", 0.0, 9.0)});  // another time: another answer
    ClassResultsFile file = readClassResultsCsv(csv, "both.csv");
    REQUIRE(file.rows.size() == 5);
    CHECK(dropRowsAlreadyIn(file.rows, {lab1}) == 2);
    REQUIRE(file.rows.size() == 3);
    CHECK(file.rows[0].row.student == "Ben");
    CHECK(file.rows[2].row.timeSeconds == 9.0);

    const MergedClassResults merged = mergeClassResults({lab1, file.rows});
    CHECK(merged.rows.size() == 5);
    CHECK(merged.attempts == 3);  // Ana's exam, then the file's Ben and Ana
    // Handing in the same file twice adds nothing the second time.
    ClassResultsFile again = readClassResultsCsv(csv, "both-copy.csv");
    CHECK(dropRowsAlreadyIn(again.rows, {lab1, file.rows}) == 5);
    CHECK(again.rows.empty());
}
