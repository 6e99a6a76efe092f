// Other readings of a typed text answer (see answer_forms.hpp).
//
// [SECTION] word lists
// [SECTION] words
// [SECTION] readings
// [SECTION] brackets and initials
// [SECTION] matching
#include "core/grading/answer_forms.hpp"

#include <array>
#include <optional>

#include "core/grading/normalize.hpp"
#include "core/grading/typed_line.hpp"

namespace retain {

namespace {

// [SECTION] word lists ---------------------------------------------------------------------------

// Titles and posts written before a person's name, in lower case, longest first so "prime minister"
// is dropped whole rather than as "prime".
constexpr std::array<std::string_view, 44> kTitles = {
    "minister of foreign affairs",
    "chief of general staff",
    "deputy prime minister",
    "prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "secretary general",
    "secretary-general",
    "vice president",
    "vice-president",
    "chief cabinet secretary",
    "cabinet secretary",
    "president",
    "premier",
    "pm",
    "minister",
    "secretary",
    "general",
    "admiral",
    "ambassador",
    "chairman",
    "chairwoman",
    "chair",
    "governor",
    "mayor",
    "senator",
    "professor",
    "prof",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mister",
    "dr",
    "sir",
    "madam",
    "madame",
    "chancellor",
    "emperor",
    "king",
    "queen",
    "ceo",
    "director",
};

// Words of nationality that may stand before a title ("Russian President Putin").
constexpr std::array<std::string_view, 10> kTitleNationalities = {
    "russian", "russia's", "japanese", "japan's", "us", "u.s", "american", "british", "chinese", "french",
};

// Legal suffixes of company names, dropped at the end ("Mazda Motor Corporation", "Sollers PJSC").
constexpr std::array<std::string_view, 14> kCompanySuffixes = {
    "corporation", "corp", "incorporated", "inc", "co",  "company", "ltd",
    "limited",     "llc",  "pjsc",         "jsc", "plc", "oao",     "pao",
};
// Legal forms also written before the name ("PJSC Transneft").
constexpr std::array<std::string_view, 5> kCompanyPrefixes = {"pjsc", "jsc", "oao", "pao", "ooo"};

// Small words an initialism may skip ("Ministry of Foreign Affairs" = MFA).
constexpr std::array<std::string_view, 5> kSmallWords = {"of", "and", "the", "for", "&"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& table, std::string_view word) {
    for (std::string_view entry : table) {
        if (entry == word) return true;
    }
    return false;
}

// [SECTION] words --------------------------------------------------------------------------------

// A typed text as words: as written (for the reading and the note) and folded (for comparing).
struct Words {
    std::vector<std::string> written;
    std::vector<std::string> folded;  // normalizeAnswer of each word: lower case, no surrounding punctuation
};

std::vector<std::string> splitSpaces(const std::string& text) { return splitAny(text, " ", true); }

Words wordsOf(std::string_view text) {
    Words words;
    words.written = splitSpaces(normalizeAnswer(text, true));  // keeps case; no leading article, no end punctuation
    for (const std::string& word : words.written) words.folded.push_back(normalizeAnswer(word));
    return words;
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (i > from ? " " : "") + words[i];
    return out;
}

// How many words of phrase (lower case, spaces) match words.folded from position at; 0 when not all.
std::size_t phraseAt(const Words& words, std::size_t at, std::string_view phrase) {
    const std::vector<std::string> parts = splitSpaces(std::string(phrase));
    if (parts.empty() || at + parts.size() > words.folded.size()) return 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (words.folded[at + i] != parts[i]) return 0;
    }
    return parts.size();
}

// Drops count words at the front (or the back) of words and returns them as written.
std::string dropWords(Words& words, std::size_t count, bool front) {
    const std::size_t from = front ? 0 : words.written.size() - count;
    const std::string dropped = joined(words.written, from, from + count);
    const auto first = static_cast<std::ptrdiff_t>(from);
    const auto last = static_cast<std::ptrdiff_t>(from + count);
    words.written.erase(words.written.begin() + first, words.written.begin() + last);
    words.folded.erase(words.folded.begin() + first, words.folded.begin() + last);
    return dropped;
}

// Returns the number of words of a leading title (with an optional nationality before it), 0 when none.
std::size_t leadingTitle(const Words& words) {
    const std::size_t skip = !words.folded.empty() && listed(kTitleNationalities, words.folded.front()) ? 1 : 0;
    for (std::string_view title : kTitles) {
        if (const std::size_t length = phraseAt(words, skip, title)) return skip + length;
    }
    return 0;
}

std::string quoted(const std::string& text) {
    return "'" + text + "'";
}

// Removes a trailing comma left before a dropped suffix ("Mazda Motor Co., Ltd." -> "Mazda Motor").
void trimTrailingComma(Words& words) {
    if (!words.written.empty() && !words.written.back().empty() && words.written.back().back() == ',')
        words.written.back().pop_back();
}

}  // namespace

// [SECTION] readings -----------------------------------------------------------------------------

std::vector<AnswerForm> answerForms(std::string_view given, const std::vector<std::string>& allowExtra) {
    std::vector<AnswerForm> forms;
    Words words = wordsOf(given);
    std::vector<std::string> notes;
    auto push = [&] {
        std::string note;
        for (std::size_t i = 0; i < notes.size(); ++i)
            note += (i == 0 ? "" : (i + 1 == notes.size() ? " and " : ", ")) + notes[i];
        forms.push_back(AnswerForm{joined(words.written, 0, words.written.size()), note});
    };
    // Titles: never down to nothing, so "Prime Minister" alone stays as typed.
    std::vector<std::string> titles;
    while (words.written.size() > 1) {
        const std::size_t length = leadingTitle(words);
        if (length == 0 || length >= words.written.size()) break;
        titles.push_back(dropWords(words, length, true));
    }
    if (!titles.empty()) {
        std::string list;
        for (std::size_t i = 0; i < titles.size(); ++i) list += (i == 0 ? "" : " ") + titles[i];
        notes.push_back("without the title " + quoted(list));
        push();
    }
    // Company suffixes at the end, legal forms at the front.
    std::vector<std::string> suffixes;
    while (words.written.size() > 1 && listed(kCompanySuffixes, words.folded.back())) {
        suffixes.insert(suffixes.begin(), dropWords(words, 1, false));
        trimTrailingComma(words);
    }
    while (words.written.size() > 1 && listed(kCompanyPrefixes, words.folded.front()))
        suffixes.push_back(dropWords(words, 1, true));
    if (!suffixes.empty()) {
        notes.push_back("without the company suffix " + quoted(joined(suffixes, 0, suffixes.size())));
        push();
    }
    // The qualifiers the question allows, at either end, as often as they stand there.
    std::vector<std::string> qualifiers;
    bool dropped = true;
    while (dropped && words.written.size() > 1) {
        dropped = false;
        for (const std::string& extra : allowExtra) {
            const std::string phrase = normalizeAnswer(extra);
            const std::size_t parts = splitSpaces(phrase).size();
            if (parts == 0 || parts >= words.written.size()) continue;
            if (phraseAt(words, 0, phrase) == parts) {
                qualifiers.push_back(dropWords(words, parts, true));
                dropped = true;
            } else if (phraseAt(words, words.written.size() - parts, phrase) == parts) {
                qualifiers.push_back(dropWords(words, parts, false));
                dropped = true;
            }
            if (dropped) break;
        }
    }
    if (!qualifiers.empty()) {
        std::string list;
        for (std::size_t i = 0; i < qualifiers.size(); ++i) list += (i == 0 ? "" : " and ") + quoted(qualifiers[i]);
        notes.push_back("without " + list);
        push();
    }
    return forms;
}

// [SECTION] brackets and initials ----------------------------------------------------------------

bool splitBracketed(std::string_view given, BracketedParts& parts) {
    const std::string text = normalizeText(given, NormalizeOptions{false, false});
    if (text.size() < 4 || text.back() != ')') return false;
    const std::size_t open = text.rfind('(');
    if (open == std::string::npos || open == 0) return false;
    const std::string outside = normalizeText(text.substr(0, open), NormalizeOptions{false, false});
    const std::string inside =
        normalizeText(text.substr(open + 1, text.size() - open - 2), NormalizeOptions{false, false});
    if (outside.empty() || inside.empty() || inside.find_first_of("()") != std::string::npos ||
        outside.find_first_of("()") != std::string::npos) {
        return false;
    }
    parts = BracketedParts{outside, inside};
    return true;
}

bool isInitialism(std::string_view acronym, std::string_view expansion) {
    std::string letters;
    for (char c : normalizeAnswer(acronym)) {
        if (c != '.') letters += c;
    }
    if (letters.size() < 2 || letters.find(' ') != std::string::npos) return false;
    std::string spaced = normalizeAnswer(expansion);
    for (char& c : spaced) {
        if (c == '-') c = ' ';
    }
    const std::vector<std::string> words = splitSpaces(spaced);
    if (words.size() < 2) return false;
    std::string all;
    std::string content;
    for (const std::string& word : words) {
        all += word.front();
        if (!listed(kSmallWords, word)) content += word.front();
    }
    return letters == all || letters == content;
}

// [SECTION] matching -----------------------------------------------------------------------------

namespace {

int rank(TextMatchKind kind) {
    switch (kind) {
        case TextMatchKind::Exact:
            return 3;
        case TextMatchKind::Typo:
            return 2;
        case TextMatchKind::NearMiss:
            return 1;
        case TextMatchKind::None:
            break;
    }
    return 0;
}

bool isRight(TextMatchKind kind) {
    return kind == TextMatchKind::Exact || kind == TextMatchKind::Typo;
}

// The best of the text as typed and its readings (no brackets rule).
FormMatch matchPlain(std::string_view text, const std::vector<std::string>& accepted, const TextMatchOptions& options,
                     const std::vector<std::string>& allowExtra) {
    FormMatch best{matchText(text, accepted, options), {}};
    for (const AnswerForm& form : answerForms(text, allowExtra)) {
        const TextMatch match = matchText(form.text, accepted, options);
        if (rank(match.kind) > rank(best.match.kind)) best = FormMatch{match, form.note};
    }
    return best;
}

// The match of "right (other)" or "other (right)" when right matches and other agrees with it.
std::optional<FormMatch> matchBracketed(const BracketedParts& parts, const std::vector<std::string>& accepted,
                                        const TextMatchOptions& options, const std::vector<std::string>& allowExtra) {
    const FormMatch outside = matchPlain(parts.outside, accepted, options, allowExtra);
    const FormMatch inside = matchPlain(parts.inside, accepted, options, allowExtra);
    auto agrees = [&](const std::string& rightText, const FormMatch& right, const std::string& otherText,
                      const FormMatch& other) {
        if (isRight(other.match.kind)) return true;
        const std::string& matched = accepted[static_cast<std::size_t>(right.match.acceptedIndex)];
        return isInitialism(otherText, rightText) || isInitialism(otherText, matched) ||
               isInitialism(rightText, otherText) || isInitialism(matched, otherText);
    };
    for (int side = 0; side < 2; ++side) {
        const FormMatch& right = side == 0 ? outside : inside;
        const FormMatch& other = side == 0 ? inside : outside;
        const std::string& rightText = side == 0 ? parts.outside : parts.inside;
        const std::string& otherText = side == 0 ? parts.inside : parts.outside;
        if (!isRight(right.match.kind) || !agrees(rightText, right, otherText, other)) continue;
        FormMatch result = right;
        if (other.match.kind == TextMatchKind::Typo) result.match.kind = TextMatchKind::Typo;
        result.note = "with " + quoted(parts.inside) + " in brackets";
        return result;
    }
    return std::nullopt;
}

}  // namespace

FormMatch matchAnswerForms(std::string_view given, const std::vector<std::string>& accepted,
                           const TextMatchOptions& options, const std::vector<std::string>& allowExtra) {
    FormMatch best;
    for (const AnswerForm& form : answerForms(given, allowExtra)) {
        const TextMatch match = matchText(form.text, accepted, options);
        if (rank(match.kind) > rank(best.match.kind)) best = FormMatch{match, form.note};
    }
    BracketedParts parts;
    if (rank(best.match.kind) < rank(TextMatchKind::Exact) && splitBracketed(given, parts)) {
        if (const auto bracketed = matchBracketed(parts, accepted, options, allowExtra)) {
            if (rank(bracketed->match.kind) > rank(best.match.kind)) best = *bracketed;
        }
    }
    return best;
}

}  // namespace retain
