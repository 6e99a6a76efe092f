// parseAnswerText: one typed line into a LearnerAnswer for any question type (see grader.hpp).
//
// [SECTION] splitting and reading positions
// [SECTION] choice and multi
// [SECTION] ordering
// [SECTION] matching
// [SECTION] cloze
// [SECTION] parseAnswerText
#include <algorithm>
#include <optional>
#include <string_view>

#include "core/grading/grader.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/text_match.hpp"

namespace retain {

// [SECTION] splitting and reading positions ------------------------------------------------------

namespace {

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

// [SECTION] choice and multi ---------------------------------------------------------------------

std::vector<int> readChoice(std::string_view line, const std::vector<std::string>& choices) {
    if (auto index = findOption(line, choices, true)) return {*index};
    return {};
}

std::vector<int> sortedUnique(std::vector<int> values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

// "1,3", "1 3", "A C", "ac", "Tokyo; Osaka": positions first, then compact letters, then texts.
std::vector<int> readMulti(std::string_view line, const std::vector<std::string>& choices) {
    // Plain normalisation: answer mode would read the "A " of "A C" as an article.
    const std::string cleaned = normalizeText(line);
    if (cleaned.empty()) return {};
    if (auto whole = findByText(cleaned, choices, false)) return {*whole};
    std::vector<int> selected;
    bool allPositions = true;
    for (std::string token : splitAny(cleaned, ",; ", true)) {
        while (!token.empty() && (token.back() == '.' || token.back() == ')')) token.pop_back();
        if (token == "and" || token == "&") continue;
        const auto index = readPosition(token, choices.size());
        if (!index) {
            allPositions = false;
            break;
        }
        selected.push_back(*index);
    }
    if (allPositions && !selected.empty()) return sortedUnique(selected);
    selected.clear();
    bool allLetters = cleaned.size() <= choices.size() && cleaned.find(' ') == std::string::npos;
    for (char c : cleaned) {
        const auto index = allLetters ? readLetter(std::string_view(&c, 1), choices.size()) : std::nullopt;
        if (!index) allLetters = false;
        else selected.push_back(*index);
    }
    if (allLetters && !selected.empty()) return sortedUnique(selected);
    selected.clear();
    for (const std::string& piece : splitAny(line, ",;", true)) {
        if (normalizeAnswer(piece).empty()) continue;
        const auto index = findOption(piece, choices, true);
        if (!index) return {};
        selected.push_back(*index);
    }
    return sortedUnique(selected);
}

// [SECTION] ordering -----------------------------------------------------------------------------

// "3 1 2", "3,1,2", "3>1>2", or the item texts separated by ';'.
std::vector<int> readOrder(std::string_view line, const std::vector<std::string>& items) {
    const std::string cleaned = normalizeText(line);
    std::vector<int> order;
    bool allNumbers = true;
    for (const std::string& token : splitAny(cleaned, ",; >-", true)) {
        const auto index = readNumber(token, items.size());
        if (!index) {
            allNumbers = false;
            break;
        }
        order.push_back(*index);
    }
    if (allNumbers && !order.empty()) return order;
    order.clear();
    for (const std::string& piece : splitAny(line, ";\n", true)) {
        if (normalizeAnswer(piece).empty()) continue;
        const auto index = findByText(piece, items, true);
        if (!index) return {};
        order.push_back(*index);
    }
    return order;
}

// [SECTION] matching -----------------------------------------------------------------------------

struct PairRead {
    int left = -1;
    int right = -1;
};

// One pair: "1=2", "1-2", "1:2", "1->b", "1b", or "left text = right text".
std::optional<PairRead> readPair(std::string_view piece, const std::vector<std::string>& lefts, const std::vector<std::string>& rights) {
    const std::string cleaned = normalizeText(piece);
    if (cleaned.empty()) return std::nullopt;
    // Compact "1b".
    std::size_t digits = 0;
    while (digits < cleaned.size() && cleaned[digits] >= '0' && cleaned[digits] <= '9') ++digits;
    if (digits > 0 && digits + 1 == cleaned.size()) {
        const auto left = readNumber(std::string_view(cleaned).substr(0, digits), lefts.size());
        const auto right = readLetter(std::string_view(cleaned).substr(digits), rights.size());
        if (left && right) return PairRead{*left, *right};
    }
    for (std::string_view arrow : {"->", "\u2192", "=", ":", "-", ">"}) {
        const std::size_t at = cleaned.find(arrow);
        if (at == std::string::npos) continue;
        const std::string_view leftPart = std::string_view(cleaned).substr(0, at);
        const std::string_view rightPart = std::string_view(cleaned).substr(at + arrow.size());
        const auto left = findOption(leftPart, lefts, false);
        const auto right = findOption(rightPart, rights, true);
        if (left && right) return PairRead{*left, *right};
    }
    const std::vector<std::string> words = splitAny(cleaned, " ", true);
    if (words.size() == 2) {
        const auto left = readNumber(words[0], lefts.size());
        const auto right = readPosition(words[1], rights.size());
        if (left && right) return PairRead{*left, *right};
    }
    return std::nullopt;
}

// "1=2;2=1", "1b 2a", "1-b, 2-a": pieces split on ';' or ',', or on spaces when each word is a pair.
std::vector<int> readMatches(std::string_view line, const MatchingAnswer& spec) {
    std::vector<std::string> lefts;
    std::vector<std::string> rights;
    for (const auto& pair : spec.pairs) {
        lefts.push_back(pair.first);
        rights.push_back(pair.second);
    }
    std::vector<std::string> pieces = splitAny(line, ";,\n", true);
    if (pieces.size() == 1) {
        const std::vector<std::string> words = splitAny(normalizeText(line), " ", true);
        const bool eachWordPairs = words.size() > 1 && std::all_of(words.begin(), words.end(), [&](const std::string& word) {
                                       return readPair(word, lefts, rights).has_value();
                                   });
        if (eachWordPairs) pieces = words;
    }
    std::vector<int> matches(spec.pairs.size(), -1);
    bool any = false;
    for (const std::string& piece : pieces) {
        if (normalizeText(piece).empty()) continue;
        const auto pair = readPair(piece, lefts, rights);
        if (!pair) return {};
        matches[static_cast<std::size_t>(pair->left)] = pair->right;
        any = true;
    }
    return any ? matches : std::vector<int>{};
}

// [SECTION] cloze --------------------------------------------------------------------------------

// One gap takes the whole line; several are split on '|' (or, without any '|', on ';').
std::vector<std::string> readGaps(std::string_view line, std::size_t gapCount) {
    if (normalizeText(line).empty()) return {};
    if (gapCount <= 1) return {std::string(line)};
    const bool pipes = line.find('|') != std::string_view::npos;
    return splitAny(line, pipes ? "|" : ";", false);
}

}  // namespace

// [SECTION] parseAnswerText ----------------------------------------------------------------------

LearnerAnswer parseAnswerText(const Question& question, std::string_view line) {
    LearnerAnswer answer;
    answer.text = std::string(line);
    if (const auto* choice = std::get_if<ChoiceAnswer>(&question.answer)) {
        answer.selected = readChoice(line, choice->choices);
    } else if (const auto* multi = std::get_if<MultiAnswer>(&question.answer)) {
        answer.selected = readMulti(line, multi->choices);
    } else if (const auto* ordering = std::get_if<OrderingAnswer>(&question.answer)) {
        answer.order = readOrder(line, ordering->items);
    } else if (const auto* matching = std::get_if<MatchingAnswer>(&question.answer)) {
        answer.matches = readMatches(line, *matching);
    } else if (const auto* cloze = std::get_if<ClozeAnswer>(&question.answer)) {
        answer.gaps = readGaps(line, cloze->gaps.size());
    }
    return answer;
}

}  // namespace retain
