// How wide text stands in a terminal, in columns: a CJK character takes two, a combining accent none
// (utf8proc_charwidth, Unicode's East Asian Width). Byte counts (printf's %-24s) misalign every UTF-8
// name; tables written for a terminal pad and cut by these widths instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace retain {

// Returns the columns text takes in a terminal (invalid bytes count as one column each, as U+FFFD).
int displayWidth(std::string_view text);

// Returns text cut to at most width columns: when it is wider, it ends in "…" (one column) after as many
// whole characters as fit. width < 1 gives "".
std::string cutToWidth(std::string_view text, int width);

enum class CellAlign { Left, Right };

// One column of a text table: its title, alignment and the widest it may grow, in columns.
struct TableColumn {
    std::string title;
    CellAlign align = CellAlign::Left;
    int maxWidth = 40;  // columns; a longer cell is cut with "…"
};

// Returns a table for a terminal: each line starts with indent, columns are two spaces apart, each as wide
// as its widest cell (capped at maxWidth, by display width), the title line first; trailing spaces are
// dropped. A row shorter than the columns is padded with empty cells. Cells are made terminal-safe
// (terminalSafe: control characters shown, not obeyed) and kept on one line (tabs and line feeds as spaces).
std::string formatTextTable(const std::vector<TableColumn>& columns, const std::vector<std::vector<std::string>>& rows,
                            std::string_view indent = "  ");

}  // namespace retain
