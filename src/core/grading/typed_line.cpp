// Typed-line pieces (see typed_line.hpp).
#include "core/grading/typed_line.hpp"

#include "core/grading/normalize.hpp"
#include "core/grading/text_match.hpp"

namespace retain {

// Splits text at any of the separator characters; drops empty pieces when dropEmpty.
std::vector<std::string> splitAny(std::string_view text, std::string_view separators, bool dropEmpty) {
    std::vector<std::string> pieces;
    std::string current;
    for (char c : text) {
        if (separators.find(c) != std::string_view::npos) {
            if (!dropEmpty || !current.empty()) pieces.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!dropEmpty || !current.empty()) pieces.push_back(current);
    return pieces;
}

// Reads a 1-based number ("2") as a 0-based index below count.
std::optional<int> readNumber(std::string_view token, std::size_t count) {
    if (token.empty() || token.size() > 3) return std::nullopt;
    int value = 0;
    for (char c : token) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value < 1 || static_cast<std::size_t>(value) > count) return std::nullopt;
    return value - 1;
}

// Reads a letter ("b", "B") as a 0-based index below count.
std::optional<int> readLetter(std::string_view token, std::size_t count) {
    if (token.size() != 1) return std::nullopt;
    char c = token[0];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return std::nullopt;
    const int index = c - 'a';
    if (static_cast<std::size_t>(index) >= count) return std::nullopt;
    return index;
}

// Reads a 1-based number or a letter.
std::optional<int> readPosition(std::string_view token, std::size_t count) {
    if (auto number = readNumber(token, count)) return number;
    return readLetter(token, count);
}

// The index of the one option equal to piece after normalisation, else of the one within typo tolerance.
std::optional<int> findByText(std::string_view piece, const std::vector<std::string>& options, bool allowTypos) {
    const std::string typed = normalizeAnswer(piece);
    if (typed.empty()) return std::nullopt;
    std::optional<int> found;
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (normalizeAnswer(options[i]) == typed) {
            if (found) return std::nullopt;  // two options read the same
            found = static_cast<int>(i);
        }
    }
    if (found || !allowTypos) return found;
    const TextMatch match = matchText(piece, options, TextMatchOptions{});
    if (match.kind == TextMatchKind::Typo) return match.acceptedIndex;
    return std::nullopt;
}

// A position or an option text; a piece that reads as a position of one option and as the text of
// another is ambiguous and not read.
std::optional<int> findOption(std::string_view piece, const std::vector<std::string>& options, bool letters) {
    const std::string cleaned = normalizeAnswer(piece);
    const std::optional<int> byText = findByText(cleaned, options, false);
    const std::optional<int> byPosition = letters ? readPosition(cleaned, options.size()) : readNumber(cleaned, options.size());
    if (byText && byPosition && *byText != *byPosition) return std::nullopt;
    if (byText) return byText;
    if (byPosition) return byPosition;
    return findByText(cleaned, options, true);
}

}  // namespace retain
