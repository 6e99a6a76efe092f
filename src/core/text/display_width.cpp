// Terminal display widths and text tables (see display_width.hpp).
#include "core/text/display_width.hpp"

#include <algorithm>

#include <utf8proc.h>

#include "core/text/control_chars.hpp"
#include "core/text/utf8.hpp"

namespace retain {

namespace {

int characterWidth(char32_t cp) { return std::max(0, utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp))); }

constexpr std::string_view kEllipsis = "\u2026";

// Returns cell as one terminal-safe line: control characters as visible stand-ins, tabs and line breaks
// as spaces (either would break the columns).
std::string oneSafeLine(std::string_view cell) {
    std::string text = terminalSafe(cell);
    std::replace_if(text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n'; }, ' ');
    return text;
}

}  // namespace

int displayWidth(std::string_view text) {
    int width = 0;
    for (const char32_t cp : toCodePoints(text)) width += characterWidth(cp);
    return width;
}

std::string cutToWidth(std::string_view text, int width) {
    if (width < 1) return {};
    if (displayWidth(text) <= width) return std::string(text);
    std::u32string kept;
    int used = 0;
    for (const char32_t cp : toCodePoints(text)) {
        const int w = characterWidth(cp);
        if (used + w > width - 1) break;  // one column stays for the ellipsis
        kept += cp;
        used += w;
    }
    return toUtf8(kept) + std::string(kEllipsis);
}

std::string formatTextTable(const std::vector<TableColumn>& columns, const std::vector<std::vector<std::string>>& rows,
                            std::string_view indent) {
    std::vector<std::vector<std::string>> safe;
    for (const auto& row : rows) {
        safe.emplace_back();
        for (const std::string& cell : row) safe.back().push_back(oneSafeLine(cell));
    }
    std::vector<int> widths;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        int widest = displayWidth(columns[c].title);
        for (const auto& row : safe) {
            if (c < row.size()) widest = std::max(widest, displayWidth(row[c]));
        }
        widths.push_back(std::min(widest, std::max(1, columns[c].maxWidth)));
    }
    std::string out;
    auto line = [&](auto cellOf) {
        std::string text(indent);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::string cell = cutToWidth(cellOf(c), widths[c]);
            const std::string pad(static_cast<std::size_t>(widths[c] - displayWidth(cell)), ' ');
            if (c > 0) text += "  ";
            text += columns[c].align == CellAlign::Right ? pad + cell : cell + pad;
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out += text + "\n";
    };
    line([&](std::size_t c) { return columns[c].title; });
    for (const auto& row : safe) line([&](std::size_t c) { return c < row.size() ? row[c] : std::string(); });
    return out;
}

}  // namespace retain
