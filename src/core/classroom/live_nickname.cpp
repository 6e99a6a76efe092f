// Live-classroom nicknames (see live_nickname.hpp).
#include "core/classroom/live_nickname.hpp"

#include <utf8proc.h>

#include "core/text/trim.hpp"

namespace retain {

namespace {

// True for code points a name must not hold: C0 and C1 controls, DEL, and the line/paragraph separators
// (which break a one-line leaderboard as a newline would).
bool isControl(utf8proc_int32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029;
}

// True for the bidirectional controls (marks, embeddings, overrides, isolates): U+202E in "Ana\u202Eeb" shows
// "Anabe" on the projector, so a name could pose as another or reverse the text after it on a board.
bool isBidiControl(utf8proc_int32_t cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

NicknameCheck checkNickname(std::string_view raw) {
    NicknameCheck check;
    const std::string_view name = trimBlanks(raw);
    if (name.empty()) {
        check.error = "Please type a name.";
        return check;
    }
    int codePoints = 0;
    std::size_t pos = 0;
    while (pos < name.size()) {
        utf8proc_int32_t cp = 0;
        const auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(name.data() + pos),
                                             static_cast<utf8proc_ssize_t>(name.size() - pos), &cp);
        if (length <= 0) {
            check.error = "The name is not valid text (UTF-8).";
            return check;
        }
        if (isControl(cp)) {
            check.error = "The name cannot hold control characters or line breaks.";
            return check;
        }
        if (isBidiControl(cp)) {
            check.error = "The name cannot hold text-direction controls (such as U+202E).";
            return check;
        }
        // Dear ImGui reads "##" in a label as "the rest is an id": "Ana##Ben" would show as "Ana" on the
        // teacher's screen. One '#' next to the view's own "##id" suffix does the same, so '#' is refused.
        if (cp == '#') {
            check.error = "The name cannot hold '#'.";
            return check;
        }
        pos += static_cast<std::size_t>(length);
        if (++codePoints > kLiveNicknameMaxCodePoints) {
            check.error = "The name is too long (at most " + std::to_string(kLiveNicknameMaxCodePoints) + " characters).";
            return check;
        }
    }
    check.name = std::string(name);
    return check;
}

std::string nicknameKey(std::string_view name) {
    std::string key(name);
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return key;
}

}  // namespace retain
