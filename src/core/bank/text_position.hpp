// Converts byte offsets and yaml-cpp marks (0-based line, 0-based byte column) into the 1-based line and
// character column that editors show, for problems a teacher can jump to.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace retain {

struct TextPosition {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, counted in Unicode code points
};

class LineIndex {
public:
    // Indexes the line starts of text; text must outlive the index.
    explicit LineIndex(std::string_view text);

    // Returns the position of a byte offset (clamped into the text).
    TextPosition positionOfOffset(std::size_t offset) const;
    // Returns the position of a 0-based line and 0-based byte column, as yaml-cpp marks count them;
    // {0, 0} for a null mark (negative values).
    TextPosition positionOfMark(int line0, int byteColumn0) const;

private:
    std::string_view m_text;
    std::vector<std::size_t> m_lineStarts;  // byte offset of the first byte of each line
};

}  // namespace retain
