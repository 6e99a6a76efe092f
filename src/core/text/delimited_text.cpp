// Delimiter-separated text, read and written.
#include "core/text/delimited_text.hpp"

#include <algorithm>

#include "core/interop/import_result.hpp"

namespace retain {

namespace {

// Reads the quoted field whose opening quote is at text[pos]; advances pos past the closing quote and
// counts the line breaks inside. Returns false when the quote never closes (pos is then text.size()).
bool readQuoted(std::string_view text, std::size_t& pos, std::string& field, int& line) {
    ++pos;
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == '"') {
            if (pos + 1 < text.size() && text[pos + 1] == '"') {
                field += '"';
                pos += 2;
                continue;
            }
            ++pos;
            return true;
        }
        if (c == '\n') ++line;
        if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') {
            ++pos;  // a CRLF inside a field is kept as LF
            continue;
        }
        field += c;
        ++pos;
    }
    return false;
}

bool atLineEnd(std::string_view text, std::size_t pos) {
    return pos >= text.size() || text[pos] == '\n' || (text[pos] == '\r' && (pos + 1 >= text.size() || text[pos + 1] == '\n'));
}

}  // namespace

std::vector<DelimitedRecord> parseDelimited(std::string_view text, std::string_view separator, const std::string& fileName,
                                            ProblemList& problems) {
    std::vector<DelimitedRecord> records;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (separator.empty()) separator = ",";
    std::size_t pos = 0;
    int line = 1;
    while (pos < text.size()) {
        DelimitedRecord record;
        record.line = line;
        bool blank = true;
        while (true) {
            std::string field;
            if (pos < text.size() && text[pos] == '"') {
                const int quoteLine = line;
                blank = false;
                if (!readQuoted(text, pos, field, line)) {
                    addImportProblem(problems, fileName, quoteLine, "a quoted field is never closed; the rest of the file was read into it");
                }
                // Text between the closing quote and the next separator is kept as written.
                while (!atLineEnd(text, pos) && text.substr(pos, separator.size()) != separator) field += text[pos++];
            } else {
                while (!atLineEnd(text, pos) && text.substr(pos, separator.size()) != separator) field += text[pos++];
            }
            if (!field.empty()) blank = false;
            record.fields.push_back(std::move(field));
            if (!atLineEnd(text, pos)) {
                pos += separator.size();
                blank = false;
                continue;
            }
            break;
        }
        if (pos < text.size() && text[pos] == '\r') ++pos;
        if (pos < text.size() && text[pos] == '\n') {
            ++pos;
            ++line;
        }
        if (!blank) records.push_back(std::move(record));
    }
    return records;
}

std::string spreadsheetSafe(std::string_view text) {
    if (text.empty() || std::string_view("=+-@\t\r").find(text.front()) == std::string_view::npos) return std::string(text);
    // "-3", "+2.5": a signed decimal number is no formula and stays a number in the sheet.
    const std::string_view rest = text.substr(1);
    const bool signedNumber = (text.front() == '-' || text.front() == '+') && !rest.empty() &&
                              rest.find_first_not_of("0123456789.") == std::string_view::npos &&
                              std::count(rest.begin(), rest.end(), '.') <= 1 && rest != ".";
    if (signedNumber) return std::string(text);
    // Appended, not "'" + text: GCC 12 warns falsely (-Wrestrict) about operator+ with a literal.
    std::string safe;
    safe.reserve(text.size() + 1);
    safe += '\'';
    safe += text;
    return safe;
}

std::string formatDelimitedRecord(const std::vector<std::string>& fields, char separator) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += separator;
        const std::string& field = fields[i];
        const bool quote = field.find_first_of(std::string{'"', '\n', '\r', separator}) != std::string::npos ||
                           (!field.empty() && (field.front() == ' ' || field.back() == ' '));
        if (!quote) {
            out += field;
            continue;
        }
        out += '"';
        for (char c : field) {
            if (c == '"') out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
    return out;
}

}  // namespace retain
