#include "core/bank/text_position.hpp"

#include <algorithm>

namespace retain {

namespace {

// Code points in text[from, to): every byte that is not a UTF-8 continuation byte starts one.
int countCodePoints(std::string_view text, std::size_t from, std::size_t to) {
    int count = 0;
    for (std::size_t i = from; i < to && i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u) ++count;
    }
    return count;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : m_text(text) {
    m_lineStarts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') m_lineStarts.push_back(i + 1);
    }
}

TextPosition LineIndex::positionOfOffset(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const auto lineIndex = static_cast<std::size_t>(next - m_lineStarts.begin()) - 1;
    return {static_cast<int>(lineIndex) + 1, countCodePoints(m_text, m_lineStarts[lineIndex], offset) + 1};
}

TextPosition LineIndex::positionOfMark(int line0, int byteColumn0) const {
    if (line0 < 0 || byteColumn0 < 0) return {};
    const auto lineIndex = std::min(static_cast<std::size_t>(line0), m_lineStarts.size() - 1);
    const std::size_t start = m_lineStarts[lineIndex];
    const std::size_t end = lineIndex + 1 < m_lineStarts.size() ? m_lineStarts[lineIndex + 1] : m_text.size();
    const std::size_t offset = std::min(start + static_cast<std::size_t>(byteColumn0), end);
    return {static_cast<int>(lineIndex) + 1, countCodePoints(m_text, start, offset) + 1};
}

}  // namespace retain
