// Pre-parse checks of a bank file's raw text.
//
// [SECTION] UTF-8
// [SECTION] structure scanner (nesting depth, aliases)
// [SECTION] prescanYaml
#include "core/bank/yaml_prescan.hpp"

#include <cstdio>
#include <vector>

#include "core/bank/bank_limits.hpp"

namespace retain {

// [SECTION] UTF-8 --------------------------------------------------------------------------------

std::size_t findInrepairUtf8(std::string_view text) {
    std::size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') return i;
            ++i;
            continue;
        }
        std::size_t length = 0;
        char32_t codePoint = 0;
        if (byte >= 0xC2 && byte <= 0xDF) {
            length = 2;
            codePoint = byte & 0x1Fu;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            length = 3;
            codePoint = byte & 0x0Fu;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            length = 4;
            codePoint = byte & 0x07u;
        } else {
            return i;  // continuation byte without a lead, overlong lead (C0, C1) or beyond U+10FFFF (F5..FF)
        }
        if (i + length > text.size()) return i;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0u) != 0x80u) return i;
            codePoint = (codePoint << 6) | (next & 0x3Fu);
        }
        const bool overlong = (length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000);
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (overlong || surrogate || codePoint > 0x10FFFF) return i;
        i += length;
    }
    return std::string_view::npos;
}

// [SECTION] structure scanner (nesting depth, aliases) -------------------------------------------

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// True when position i of line is the end of the line or a blank (how YAML ends "- ", ": " and "? ").
bool blankOrEnd(std::string_view line, std::size_t i) { return i >= line.size() || isBlank(line[i]); }

// A light, conservative reading of YAML's structure: block indentation levels, compact "- " / "? " / ": "
// entries and flow brackets add up to the nesting depth; "*name" at the start of a node is an alias use.
// It over-counts rather than under-counts, and it is linear in the text with a stack bounded by the limit.
class StructureScanner {
public:
    enum class Finding { None, TooDeep, TooManyAliases };

    explicit StructureScanner(std::string_view text) : m_text(text) {}

    // Scans the whole text; on a finding, offset() is where it was noticed.
    Finding run() {
        std::size_t start = 0;
        while (start <= m_text.size() && m_finding == Finding::None) {
            std::size_t end = m_text.find('\n', start);
            if (end == std::string_view::npos) end = m_text.size();
            scanLine(start, m_text.substr(start, end - start));
            start = end + 1;
        }
        return m_finding;
    }

    std::size_t offset() const { return m_offset; }
    std::size_t secondDocument() const { return m_secondDocument; }
    std::size_t unclosedBracket() const { return m_openBrackets.empty() ? std::string_view::npos : m_openBrackets.back(); }
    int depth() const { return static_cast<int>(m_indents.size()) + m_flow; }

private:
    enum class Quote { None, Single, Double };

    void note(Finding finding, std::size_t offset) {
        if (m_finding != Finding::None) return;
        m_finding = finding;
        m_offset = offset;
    }

    void noteSecondDocument(std::size_t offset) {
        if (m_secondDocument == std::string_view::npos) m_secondDocument = offset;
    }

    void openBracket(std::size_t offset) {
        ++m_flow;
        m_openBrackets.push_back(offset);
        checkDepth(offset);
    }

    void checkDepth(std::size_t offset) {
        if (depth() > kMaxNestingDepth) note(Finding::TooDeep, offset);
    }

    void pushIndent(int column, std::size_t offset) {
        m_indents.push_back(column);
        checkDepth(offset);
    }

    // Skips an anchor, alias or tag name: everything up to a blank or a flow indicator.
    static std::size_t skipName(std::string_view line, std::size_t i) {
        while (i + 1 < line.size() && !isBlank(line[i + 1]) && line[i + 1] != ',' && line[i + 1] != '[' &&
               line[i + 1] != ']' && line[i + 1] != '{' && line[i + 1] != '}') {
            ++i;
        }
        return i;
    }

    void scanLine(std::size_t lineStart, std::string_view line) {
        std::size_t indent = 0;
        while (indent < line.size() && line[indent] == ' ') ++indent;
        const bool blankLine = indent >= line.size() || line.find_first_not_of(" \t\r", indent) == std::string_view::npos;
        if (m_blockScalarParent >= 0) {
            if (blankLine || static_cast<int>(indent) > m_blockScalarParent) return;  // literal text
            m_blockScalarParent = -1;
        }
        std::size_t i = 0;
        if (m_quote == Quote::None && m_flow == 0) {
            if (blankLine || line[indent] == '#' || (indent == 0 && line[0] == '%')) return;
            if (indent == 0 && (line.substr(0, 3) == "---" || line.substr(0, 3) == "...") && blankOrEnd(line, 3)) {
                const bool start = line[0] == '-';
                if (start && (m_documentHasContent || m_documentEnded)) noteSecondDocument(lineStart);
                m_documentEnded = !start;
                m_documentHasContent = false;
                m_indents.clear();  // a new document starts from the top
                i = 3;
            } else {
                if (m_documentEnded) noteSecondDocument(lineStart);  // content after "..." is a new document
                m_documentHasContent = true;
                const int column = static_cast<int>(indent);
                while (!m_indents.empty() && m_indents.back() > column) m_indents.pop_back();
                if (m_indents.empty() || m_indents.back() < column) pushIndent(column, lineStart + indent);
                i = indent;
                // "- - - x" and "? - x" nest on one line: each indicator opens a level at the column after it.
                while (i < line.size() && (line[i] == '-' || line[i] == '?' || line[i] == ':') && blankOrEnd(line, i + 1)) {
                    ++i;
                    while (i < line.size() && isBlank(line[i])) ++i;
                    if (i >= line.size() || line[i] == '#') return;
                    pushIndent(static_cast<int>(i), lineStart + i);
                    if (m_finding != Finding::None) return;
                }
            }
        }
        scanCharacters(lineStart, line, i, static_cast<int>(indent));
    }

    void scanCharacters(std::size_t lineStart, std::string_view line, std::size_t i, int lineIndent) {
        bool atNodeStart = true;  // a quote, bracket, alias or block scalar indicator here starts a node
        for (; i < line.size() && m_finding == Finding::None; ++i) {
            const char c = line[i];
            if (m_quote == Quote::Double) {
                if (c == '\\') {
                    ++i;
                } else if (c == '"') {
                    m_quote = Quote::None;
                    atNodeStart = false;
                }
                continue;
            }
            if (m_quote == Quote::Single) {
                if (c == '\'') {
                    if (i + 1 < line.size() && line[i + 1] == '\'') {
                        ++i;
                    } else {
                        m_quote = Quote::None;
                        atNodeStart = false;
                    }
                }
                continue;
            }
            if (isBlank(c)) continue;
            if (c == '#' && (i == 0 || isBlank(line[i - 1]))) return;  // comment to the end of the line
            if (atNodeStart) {
                if (c == '"' || c == '\'') {
                    m_quote = c == '"' ? Quote::Double : Quote::Single;
                    continue;
                }
                if (c == '*') {
                    if (++m_aliases > kMaxAliases) note(Finding::TooManyAliases, lineStart + i);
                    i = skipName(line, i);
                    atNodeStart = false;
                    continue;
                }
                if (c == '&' || c == '!') {
                    i = skipName(line, i);  // an anchor or tag comes before the node it names
                    continue;
                }
                if ((c == '|' || c == '>') && m_flow == 0) {
                    m_blockScalarParent = lineIndent;  // the following, deeper indented lines are text
                    return;
                }
                if (c == '[' || c == '{') {
                    openBracket(lineStart + i);
                    continue;
                }
            }
            if (m_flow > 0) {
                if (c == '[' || c == '{') {
                    openBracket(lineStart + i);
                    atNodeStart = true;
                    continue;
                }
                if (c == ']' || c == '}') {
                    --m_flow;
                    m_openBrackets.pop_back();
                    atNodeStart = false;
                    continue;
                }
                if (c == ',' || c == ':' || c == '?') {
                    atNodeStart = true;
                    continue;
                }
            } else if ((c == ':' || ((c == '-' || c == '?') && atNodeStart)) && blankOrEnd(line, i + 1)) {
                // YAML: inside a plain scalar ("term one - [x") "- " and "? " are text and so is a later
                // '[' or '{'; only ": " ends the scalar (it is a key) and starts a new node.
                atNodeStart = true;
                continue;
            }
            atNodeStart = false;
        }
    }

    std::string_view m_text;
    std::vector<int> m_indents;      // columns of the open block levels, increasing
    int m_flow = 0;                  // open [ and { brackets
    std::vector<std::size_t> m_openBrackets;  // byte offsets of the open brackets, innermost last
    Quote m_quote = Quote::None;     // inside a quoted scalar (may span lines)
    int m_blockScalarParent = -1;    // indentation of the line that opened a | or > block scalar; -1 = none
    int m_aliases = 0;               // alias uses so far
    bool m_documentHasContent = false;  // the current document has a node line
    bool m_documentEnded = false;       // a "..." line ended the current document
    std::size_t m_secondDocument = std::string_view::npos;
    Finding m_finding = Finding::None;
    std::size_t m_offset = 0;
};

std::string hexByte(unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(byte));
    return buffer;
}

}  // namespace

// [SECTION] prescanYaml --------------------------------------------------------------------------

PrescanResult prescanYaml(std::string_view text, const std::string& fileName, const LineIndex& lines, ProblemList& problems) {
    auto report = [&](std::size_t offset, std::string message) {
        const TextPosition at = offset == std::string_view::npos ? TextPosition{} : lines.positionOfOffset(offset);
        problems.push_back({fileName, at.line, at.column, Severity::Error, std::move(message)});
    };
    if (text.size() > kMaxBankFileBytes) {
        report(std::string_view::npos, "the file is " + std::to_string(text.size()) + " bytes; a bank file may hold at most " +
                                           std::to_string(kMaxBankFileBytes / (1024 * 1024)) +
                                           " MiB: split it into several files of a bank folder");
        return {};
    }
    const std::size_t bad = findInrepairUtf8(text);
    if (bad != std::string_view::npos) {
        const auto byte = static_cast<unsigned char>(text[bad]);
        if (byte < 0x20) {
            report(bad, "control character " + hexByte(byte) + " is not allowed in a bank file; delete it");
        } else {
            report(bad, "invalid UTF-8 (byte " + hexByte(byte) + "): save the file as UTF-8 in your editor");
        }
        return {};
    }
    // A CR not followed by LF: yaml-cpp reads such a file as one long line and reports a puzzling ': '.
    for (std::size_t i = text.find('\r'); i != std::string_view::npos; i = text.find('\r', i + 1)) {
        if (i + 1 < text.size() && text[i + 1] == '\n') continue;
        report(i, "old Mac style line endings (CR only): save it with LF line endings (Unix; CR LF is fine too)");
        return {};
    }
    StructureScanner scanner(text);
    switch (scanner.run()) {
        case StructureScanner::Finding::None: return {true, scanner.secondDocument(), scanner.unclosedBracket()};
        case StructureScanner::Finding::TooDeep:
            report(scanner.offset(), "lists and maps are nested more than " + std::to_string(kMaxNestingDepth) +
                                         " levels deep; a bank needs only a few levels");
            return {};
        case StructureScanner::Finding::TooManyAliases:
            report(scanner.offset(), "more than " + std::to_string(kMaxAliases) +
                                         " aliases (*name) in one file; write the values out instead");
            return {};
    }
    return {};
}

}  // namespace retain
