// Reading a class list (see class_list.hpp).
#include "core/classroom/class_list.hpp"

#include <algorithm>
#include <map>

#include "core/classroom/live_nickname.hpp"
#include "core/files/regular_file.hpp"
#include "core/text/delimited_text.hpp"
#include "core/text/trim.hpp"

namespace retain {

namespace {

// Header cells that name the names column (compared by nicknameKey, so case does not matter).
constexpr const char* kNameWords[] = {"name", "names", "student", "students", "pupil", "pupils", "full name",
                                      "student name", "nom", "nombre", "nome"};

bool isNameHeaderCell(std::string_view cell) {
    const std::string key = nicknameKey(trimBlanks(cell));
    return std::any_of(std::begin(kNameWords), std::end(kNameWords), [&](const char* word) { return key == word; });
}

// Returns ";" when the first line has more semicolons than commas, else ",".
std::string_view guessSeparator(std::string_view text) {
    const std::string_view first = text.substr(0, text.find('\n'));
    const auto semicolons = std::count(first.begin(), first.end(), ';');
    const auto commas = std::count(first.begin(), first.end(), ',');
    return semicolons > commas ? ";" : ",";
}

// Returns the records of a pasted list: one per non-blank line, the whole line as its only field.
std::vector<DelimitedRecord> pastedRecords(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::vector<DelimitedRecord> records;
    int line = 0;
    while (!text.empty()) {
        ++line;
        const std::size_t end = text.find('\n');
        const std::string_view row = text.substr(0, end);
        if (!trimBlanks(row).empty()) records.push_back({line, {std::string(row)}});
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return records;
}

void warn(ClassListParse& parse, const std::string& fileName, int line, std::string message) {
    parse.problems.push_back(Problem{fileName, line, 0, Severity::Warning, std::move(message)});
}

}  // namespace

ClassListParse parseClassList(std::string_view text, ClassListSource source, const std::string& fileName) {
    ClassListParse parse;
    std::vector<DelimitedRecord> records =
        source == ClassListSource::Csv ? parseDelimited(text, guessSeparator(text), fileName, parse.problems) : pastedRecords(text);
    std::size_t first = 0;
    if (source == ClassListSource::Csv && !records.empty()) {
        const std::vector<std::string>& cells = records.front().fields;
        for (std::size_t column = 0; column < cells.size(); ++column) {
            if (isNameHeaderCell(cells[column])) {
                parse.column = static_cast<int>(column);
                parse.header = true;
                first = 1;
                break;
            }
        }
    }
    std::map<std::string, int> seenAt;  // nicknameKey -> line of its first appearance
    for (std::size_t index = first; index < records.size(); ++index) {
        const DelimitedRecord& record = records[index];
        const auto column = static_cast<std::size_t>(parse.column);
        const std::string cell = column < record.fields.size() ? record.fields[column] : std::string();
        if (trimBlanks(cell).empty()) {
            warn(parse, fileName, record.line, "no name in column " + std::to_string(parse.column + 1) + ": line skipped");
            continue;
        }
        const NicknameCheck check = checkNickname(cell);
        if (!check.ok()) {
            warn(parse, fileName, record.line, check.error + " Line skipped.");
            continue;
        }
        const auto [at, added] = seenAt.emplace(nicknameKey(check.name), record.line);
        if (!added) {
            warn(parse, fileName, record.line,
                 "'" + check.name + "' is already on the list (line " + std::to_string(at->second) + "): line skipped");
            continue;
        }
        parse.names.push_back(check.name);
    }
    return parse;
}

std::string readClassListFile(const std::string& path, std::string& text) {
    const FileReadResult read = readRegularFile(path, text, kClassListMaxBytes);
    if (read.error == FileReadError::TooBig) return path + " is over 1 MiB: not a class list";
    if (read.error != FileReadError::None) return path + ": " + read.message;
    if (text.find('\0') != std::string::npos) return path + " is not text (it holds NUL bytes)";
    return {};
}

std::string linesSkippedText(std::size_t count) {
    return std::to_string(count) + (count == 1 ? " line skipped" : " lines skipped");
}

int findClassListName(const std::vector<std::string>& names, std::string_view name) {
    const std::string key = nicknameKey(trimBlanks(name));
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (nicknameKey(names[i]) == key) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace retain
