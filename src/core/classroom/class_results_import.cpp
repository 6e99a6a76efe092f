// Reading a results CSV back (see class_results_import.hpp).
#include "core/classroom/class_results_import.hpp"

#include <charconv>
#include <cmath>
#include <set>
#include <tuple>

#include "core/classroom/live_nickname.hpp"
#include "core/text/delimited_text.hpp"
#include "core/text/trim.hpp"

namespace retain {

namespace {

const std::vector<std::string> kResultsHeader = {"student", "bank", "question", "answer", "score", "time_seconds"};

// Undoes spreadsheetSafe: "'=x" was "=x" (the apostrophe keeps a spreadsheet from running it).
std::string unquoteResultCell(const std::string& cell) {
    if (cell.size() >= 2 && cell.front() == '\'' && std::string_view("=+-@\t\r").find(cell[1]) != std::string_view::npos)
        return cell.substr(1);
    return cell;
}

// Reads a decimal number (classResultsCsv writes the shortest exact form); false when it is not one.
bool readResultNumber(const std::string& text, double& value) {
    const char* end = text.data() + text.size();
    const auto [at, error] = std::from_chars(text.data(), end, value);
    return error == std::errc() && at == end && std::isfinite(value);
}

// The content of a row that says "the same answer": student (folded), question, answer, score, time.
using RowContent = std::tuple<std::string, std::string, std::string, std::string, double, double>;

RowContent resultRowContent(const ClassResultRow& row) {
    return {nicknameKey(trimmedCopy(row.student)), row.key.bankId, row.key.questionId, row.answer, row.score, row.timeSeconds};
}

}  // namespace

ClassResultsFile readClassResultsCsv(std::string_view text, const std::string& fileName) {
    ClassResultsFile file;
    const std::vector<DelimitedRecord> records = parseDelimited(text, ",", fileName, file.problems);
    auto warn = [&](int line, const std::string& message) {
        file.problems.push_back(Problem{fileName, line, 0, Severity::Warning, message + ": line skipped"});
    };
    if (records.empty() || records[0].fields.size() < kResultsHeader.size() ||
        !std::equal(kResultsHeader.begin(), kResultsHeader.end(), records[0].fields.begin())) {
        file.problems.push_back(Problem{fileName, records.empty() ? 0 : records[0].line, 0, Severity::Error,
                                        "not a results file: the first line must be student,bank,question,answer,score,time_seconds"});
        return file;
    }
    for (std::size_t i = 1; i < records.size(); ++i) {
        const DelimitedRecord& record = records[i];
        if (record.fields.size() < kResultsHeader.size()) {
            warn(record.line, "expected 6 fields, found " + std::to_string(record.fields.size()));
            continue;
        }
        AttributedResultRow read;
        ClassResultRow& row = read.row;
        row.student = trimmedCopy(unquoteResultCell(record.fields[0]));
        row.key.bankId = unquoteResultCell(record.fields[1]);
        row.key.questionId = unquoteResultCell(record.fields[2]);
        row.answer = unquoteResultCell(record.fields[3]);
        if (row.student.empty() || row.key.bankId.empty() || row.key.questionId.empty()) {
            warn(record.line, "the student, bank and question must not be blank");
            continue;
        }
        if (!readResultNumber(record.fields[4], row.score) || row.score < 0.0 || row.score > 1.0) {
            warn(record.line, "score '" + record.fields[4] + "' is not a number from 0 to 1");
            continue;
        }
        if (!readResultNumber(record.fields[5], row.timeSeconds) || row.timeSeconds < 0.0) {
            warn(record.line, "time_seconds '" + record.fields[5] + "' is not a number of seconds");
            continue;
        }
        // The file does not say which attempt a row came from: each student's rows in it count as one.
        read.attempt = "file|" + fileName + "|" + nicknameKey(row.student);
        file.rows.push_back(std::move(read));
    }
    return file;
}

int dropRowsAlreadyIn(std::vector<AttributedResultRow>& imported, const std::vector<std::vector<AttributedResultRow>>& sources) {
    std::set<RowContent> known;
    for (const std::vector<AttributedResultRow>& source : sources)
        for (const AttributedResultRow& row : source) known.insert(resultRowContent(row.row));
    const auto before = imported.size();
    std::erase_if(imported, [&](const AttributedResultRow& row) { return known.count(resultRowContent(row.row)) > 0; });
    return static_cast<int>(before - imported.size());
}

}  // namespace retain
