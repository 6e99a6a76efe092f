// Reading the pieces of a typed line (terminal study, exams): positions "2", letters "b", option texts
// matched leniently. Each question type's readTyped() builds on these.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace retain {

// Splits text at any of the separator characters; drops empty pieces when dropEmpty.
std::vector<std::string> splitAny(std::string_view text, std::string_view separators, bool dropEmpty);
// Reads a 1-based number ("2") as a 0-based index below count.
std::optional<int> readNumber(std::string_view token, std::size_t count);
// Reads a letter ("b", "B") as a 0-based index below count.
std::optional<int> readLetter(std::string_view token, std::size_t count);
// Reads a 1-based number or a letter.
std::optional<int> readPosition(std::string_view token, std::size_t count);
// The index of the one option equal to piece after normalisation, else of the one within typo tolerance.
std::optional<int> findByText(std::string_view piece, const std::vector<std::string>& options, bool allowTypos);
// A position or an option text; a piece that reads as a position of one option and as the text of
// another is ambiguous and not read.
std::optional<int> findOption(std::string_view piece, const std::vector<std::string>& options, bool letters);

}  // namespace retain
