// The lexical layer of Moodle's GIFT format, shared by the importer and the exporter: escapes, the
// split of a file into question items, and the answer entries inside "{...}".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace retain {

// One question item: the lines between blank lines, without comment lines.
struct GiftItem {
    int line = 0;                   // 1-based line of the item's first line
    std::string text;               // its lines joined with '\n', escapes still in place
    std::vector<std::string> tags;  // from the last "$CATEGORY:" line above it
};

// Splits a GIFT file into items. "//" comment lines are dropped, "$CATEGORY: a/b" lines set the tags of
// the items after them (each path part slugified; "$course$"-style placeholders and "top" left out).
std::vector<GiftItem> splitGiftItems(std::string_view text);

// Returns the position of the first needle at or after from that is not escaped with '\', or npos.
std::size_t findUnescaped(std::string_view text, std::string_view needle, std::size_t from = 0);

// Resolves the escapes \~ \= \# \{ \} \: \\ and \n (a line break); a '\' before another character stays.
std::string unescapeGift(std::string_view text);

// Escapes text for GIFT: the characters ~ = # { } : and '\' get a '\', line breaks become \n.
std::string escapeGift(std::string_view text);

// One answer inside "{...}": "=right", "~wrong", "~%50%half", "=left -> right", each with "#feedback".
struct GiftEntry {
    char marker = '=';              // '=' or '~'
    std::optional<double> weight;   // percent from "%50%", when written
    std::string text;               // trimmed, escapes still in place
    std::string feedback;           // after the first unescaped '#', trimmed, escapes still in place
    std::size_t offset = 0;         // where the entry starts in the block text
};

// Splits the inside of an answer block into entries. Returns false with a message when text other than
// blanks stands before the first '=' or '~', or a weight is not a number between '%' signs.
bool splitGiftEntries(std::string_view block, std::vector<GiftEntry>& out, std::string& error);

}  // namespace retain

namespace retain {

// Retain's GIFT export appends " [unit: USD]" to the prompt of a numeric question (GIFT has no units);
// the importer takes a prompt ending in this form back apart.
inline constexpr std::string_view kGiftUnitOpen = "[unit: ";

}  // namespace retain
