// Control characters in decoded text (issue 19, case 3). A bank or an import may spell them through
// YAML escapes ("\x1b", "\0") or carry them in CSV and Anki fields; shown on a terminal they ring the
// bell, move the cursor or recolour it. C0 controls (U+0000..U+001F), DEL (U+007F) and C1 controls
// (U+0080..U+009F) are found here; tab, and line feed where the text allows line breaks, are not
// counted as controls.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace retain {

// Whether a line feed counts as ordinary text (multi-line prompts) or as a control (ids, one-line fields);
// AnyStyle also keeps carriage returns, for a whole file whose line endings are read later.
enum class LineBreaks { Allowed, AnyStyle, Refused };

struct ControlCharacter {
    std::size_t offset = 0;    // byte offset in the text
    char32_t codePoint = 0;    // U+0000..U+001F, U+007F or U+0080..U+009F
};

// Returns the first control character of text (tab never counts; line feed counts when lineBreaks is
// Refused), or nullopt when there is none.
std::optional<ControlCharacter> findControlCharacter(std::string_view text, LineBreaks lineBreaks);

// Returns text without its control characters (as findControlCharacter counts them); removed, when not
// null, is set to how many were dropped. A carriage return before a line feed is dropped too, so CR LF
// line breaks become LF.
std::string stripControlCharacters(std::string_view text, LineBreaks lineBreaks, std::size_t* removed = nullptr);

// Returns text safe to write to a terminal: each control character other than tab and line feed is
// replaced by a visible stand-in (U+2400..U+241F "control pictures" for C0, U+2421 for DEL, U+FFFD for
// C1), so the terminal shows what the text holds and obeys none of it.
std::string terminalSafe(std::string_view text);

// Returns "U+001B (escape)" and the like, for messages.
std::string controlCharacterName(char32_t codePoint);

}  // namespace retain
