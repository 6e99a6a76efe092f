// Nicknames of live-classroom players: what a phone may send as a name. Names are kept as text (HTML such as
// "<b>" stays literally "<b>"; every client renders names with textContent), so the only rules are about
// what cannot be shown or compared: empty, too long, control characters, bidi controls, '#', invalid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace retain {

constexpr int kLiveNicknameMaxCodePoints = 40;  // longest accepted nickname, Unicode code points

// The outcome of checking a nickname.
struct NicknameCheck {
    std::string name;   // the name to use: surrounding white space trimmed; "" when refused
    std::string error;  // "" when accepted, else one sentence for the player
    bool ok() const { return error.empty(); }
};

// Checks raw: trims ASCII blanks at both ends (trimBlanks), then refuses invalid UTF-8, an empty name, more than
// kLiveNicknameMaxCodePoints code points, or any control character (U+0000..U+001F, U+007F..U+009F) or
// line/paragraph separator, bidirectional control (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069)
// or '#' (Dear ImGui's label/id separator) inside.
NicknameCheck checkNickname(std::string_view raw);

// Returns name folded for duplicate detection: ASCII letters lower-cased, inner runs of white space kept.
std::string nicknameKey(std::string_view name);

}  // namespace retain
