// Reading and writing delimiter-separated text (CSV, TSV, Quizlet's custom separators): quoted fields
// with doubled quotes and embedded line breaks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bank/problem.hpp"

namespace retain {

struct DelimitedRecord {
    int line = 0;                     // 1-based line where the record starts
    std::vector<std::string> fields;  // as read, quotes removed
};

// Splits text into records. separator is one or more bytes (",", "\t", " - "); a field that starts with
// '"' is quoted: it may hold separators and line breaks, and "" stands for one quote. Records end at LF or
// CRLF; blank lines are skipped; a UTF-8 byte order mark is dropped. An unterminated quote is reported in
// problems (as fileName:line) and the rest of the text is taken as that field.
std::vector<DelimitedRecord> parseDelimited(std::string_view text, std::string_view separator, const std::string& fileName,
                                            ProblemList& problems);

// Returns text made safe for a spreadsheet cell (OWASP, "CSV Injection"): text starting with = + - @, a
// tab or a carriage return gets a leading apostrophe, so Excel, LibreOffice and Sheets show it as text
// instead of running it as a formula. A plain number such as "-3.5" is left alone. Apply it to every field
// that people typed (names, answers, ids), never to numbers the program wrote.
std::string spreadsheetSafe(std::string_view text);

// Returns one record as a line ending in "\r\n" (RFC 4180): a field is quoted when it holds the
// separator, a quote, a line break or blanks at its ends.
std::string formatDelimitedRecord(const std::vector<std::string>& fields, char separator);

}  // namespace retain
