// [SECTION] tokens
// [SECTION] vocabularies
// [SECTION] evidence and clauses
#include "core/draft/words.hpp"

#include <algorithm>
#include <array>

namespace retain::draft {

// [SECTION] tokens -------------------------------------------------------------------------------

namespace {

// Length of the punctuation at the front of word (ASCII and the curly quotes, 3 bytes each).
std::size_t leadingPunctuation(std::string_view word) {
    std::size_t at = 0;
    while (at < word.size()) {
        const char c = word[at];
        if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '*') {
            ++at;
        } else if (word.substr(at, 3) == "\xE2\x80\x9C" || word.substr(at, 3) == "\xE2\x80\x98") {
            at += 3;
        } else {
            break;
        }
    }
    return at;
}

std::size_t trailingPunctuation(std::string_view word) {
    std::size_t cut = 0;
    while (cut < word.size()) {
        const std::string_view rest = word.substr(0, word.size() - cut);
        const char c = rest.back();
        if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ',' || c == '.' || c == ';' || c == ':' || c == '?' ||
            c == '!') {
            ++cut;
        } else if (rest.size() >= 3 && (rest.substr(rest.size() - 3) == "\xE2\x80\x9D" || rest.substr(rest.size() - 3) == "\xE2\x80\x99")) {
            cut += 3;
        } else {
            break;
        }
    }
    return cut;
}

}  // namespace

std::vector<Token> tokenize(std::string_view sentence) {
    std::vector<Token> tokens;
    // Blanks: space, tab and the no-break space (C2 A0) the article's source puts between words.
    const auto blankAt = [&](std::size_t at) -> std::size_t {
        if (sentence[at] == ' ' || sentence[at] == '\t') return 1;
        return sentence.substr(at, 2) == "\xC2\xA0" ? 2 : 0;
    };
    std::size_t at = 0;
    while (at < sentence.size()) {
        while (at < sentence.size() && blankAt(at) > 0) at += blankAt(at);
        if (at >= sentence.size()) break;
        std::size_t end = at;
        while (end < sentence.size() && blankAt(end) == 0) ++end;
        Token token;
        token.begin = at;
        token.end = end;
        token.word = sentence.substr(at, end - at);
        const std::size_t lead = leadingPunctuation(token.word);
        const std::size_t trail = lead < token.word.size() ? trailingPunctuation(token.word.substr(lead)) : 0;
        token.core = token.word.substr(lead, token.word.size() - lead - trail);
        // "Mr." and "St." keep their full stop as part of the word; it closes no clause.
        const bool abbreviation = token.core == "Mr" || token.core == "Mrs" || token.core == "Ms" || token.core == "Dr" ||
                                  token.core == "St";
        const char last = token.word.back();
        token.closesClause = !abbreviation && (last == ',' || last == ';' || last == ':' || last == ')' || last == '.' ||
                                               token.word.substr(token.word.size() - std::min<std::size_t>(4, token.word.size())) == ",\xE2\x80\x9D");
        tokens.push_back(token);
        at = end;
    }
    return tokens;
}

std::string lowerAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// [SECTION] vocabularies -------------------------------------------------------------------------

namespace {

template <std::size_t N>
bool among(const std::array<std::string_view, N>& list, std::string_view word) {
    const std::string lower = lowerAscii(word);
    return std::find(list.begin(), list.end(), lower) != list.end();
}

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 20> kUnits = {"zero",    "one",     "two",       "three",    "four",
                                                     "five",    "six",     "seven",     "eight",    "nine",
                                                     "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                                     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 13> kOrdinals = {"",        "first",  "second", "third", "fourth",
                                                        "fifth",   "sixth",  "seventh", "eighth", "ninth",
                                                        "tenth",   "eleventh", "twelfth"};
constexpr std::array<std::string_view, 9> kJoiners = {"of", "the", "and", "for", "de", "on", "in", "at", "&"};
constexpr std::array<std::string_view, 22> kPostWords = {
    "secretary", "minister", "ministers", "chair",     "chairman", "chairwoman", "chief",     "president",
    "prime",     "director", "head",      "ambassador", "governor", "mayor",     "professor", "ceo",
    "editor",    "founder",  "speaker",   "commander", "deputy",   "spokesman"};
constexpr std::array<std::string_view, 28> kOpinionWords = {
    "should",  "would",   "could",    "might",      "may",       "believe",  "believes", "believed", "claim",  "claimed",
    "likely",  "possibly", "possible", "perhaps",   "doubts",    "hardly",   "seems",    "appears",  "expect", "expected",
    "hope",    "undoubtedly", "arguably", "will",   "opinion",   "accused",  "criticizing", "must"};
constexpr std::array<std::string_view, 14> kVague = {"several", "many",   "numerous", "dozens", "hundreds", "thousands", "plus",
                                                     "few",     "various", "most",    "some",   "lots",     "plenty",    "half"};
constexpr std::array<std::string_view, 7> kHedges = {"approximately", "about", "around", "roughly", "nearly", "almost", "circa"};

}  // namespace

int monthNumber(std::string_view word) {
    const std::string lower = lowerAscii(word);
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (lower == kMonths[i]) return static_cast<int>(i + 1);
    }
    return 0;
}

std::optional<double> countValue(std::string_view word) {
    if (word.empty()) return std::nullopt;
    if (word[0] >= '0' && word[0] <= '9') {
        double value = 0;
        for (const char c : word) {
            if (c == ',') continue;
            if (c < '0' || c > '9') return std::nullopt;
            value = value * 10 + (c - '0');
        }
        return value;
    }
    const std::string lower = lowerAscii(word);
    for (std::size_t i = 0; i < kUnits.size(); ++i) {
        if (lower == kUnits[i]) return static_cast<double>(i);
    }
    for (std::size_t i = 2; i < kTens.size(); ++i) {
        if (lower == kTens[i]) return static_cast<double>(10 * i);
    }
    return std::nullopt;
}

std::optional<int> ordinalValue(std::string_view word) {
    const std::string lower = lowerAscii(word);
    for (std::size_t i = 1; i < kOrdinals.size(); ++i) {
        if (lower == kOrdinals[i]) return static_cast<int>(i);
    }
    if (lower.size() < 3) return std::nullopt;
    const std::string suffix = lower.substr(lower.size() - 2);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i + 2 < lower.size(); ++i) {
        if (lower[i] < '0' || lower[i] > '9' || value > 100000) return std::nullopt;
        value = value * 10 + (lower[i] - '0');
    }
    if (value <= 0 || ordinalDigits(value).substr(std::to_string(value).size()) != suffix) return std::nullopt;
    return value;
}

std::string ordinalDigits(int n) {
    const int lastTwo = n % 100;
    const char* suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (n % 10 == 1) suffix = "st";
        if (n % 10 == 2) suffix = "nd";
        if (n % 10 == 3) suffix = "rd";
    }
    return std::to_string(n) + suffix;
}

bool isCapitalised(std::string_view word) { return !word.empty() && word[0] >= 'A' && word[0] <= 'Z'; }

bool isAcronym(std::string_view word) {
    if (word.size() < 2 || word.size() > 6) return false;
    int letters = 0;
    for (const char c : word) {
        if (c >= 'A' && c <= 'Z') {
            ++letters;
        } else if (!(c >= '0' && c <= '9')) {
            return false;
        }
    }
    return letters >= 2;
}

bool isNameJoiner(std::string_view word) { return among(kJoiners, word); }
bool isPostWord(std::string_view word) { return among(kPostWords, word); }
bool isVagueQuantity(std::string_view word) { return among(kVague, word); }
bool isHedge(std::string_view word) { return among(kHedges, word); }

bool isOpinion(std::string_view sentence) {
    if (sentence.find('?') != std::string_view::npos) return true;
    for (const Token& token : tokenize(sentence)) {
        if (token.core == "May") continue;  // the month, not the modal verb
        if (among(kOpinionWords, token.core)) return true;
    }
    return false;
}

// [SECTION] evidence and clauses -----------------------------------------------------------------

std::string spanText(std::string_view sentence, const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    const std::size_t begin = tokens[first].begin + static_cast<std::size_t>(tokens[first].core.data() - tokens[first].word.data());
    const std::size_t end = tokens[last].begin + static_cast<std::size_t>(tokens[last].core.data() - tokens[last].word.data()) +
                            tokens[last].core.size();
    // The text as written, with no-break spaces as plain ones (the evidence check reads them alike).
    std::string text(sentence.substr(begin, end - begin));
    for (std::size_t at = text.find("\xC2\xA0"); at != std::string::npos; at = text.find("\xC2\xA0", at)) text.replace(at, 2, " ");
    return text;
}

std::string evidenceAround(std::string_view sentence, const std::vector<Token>& tokens, std::size_t first,
                           std::size_t last, std::size_t maxWords) {
    std::size_t begin = first;
    std::size_t end = last;
    // Grow towards the following words first (a figure's noun follows it), never across a clause mark.
    while (end - begin + 1 < std::min<std::size_t>(maxWords, 4) && end + 1 < tokens.size() && !tokens[end].closesClause) ++end;
    while (end - begin + 1 < std::min<std::size_t>(maxWords, 4) && begin > 0 && !tokens[begin - 1].closesClause) --begin;
    while (end - begin + 1 > maxWords && end > last) --end;
    while (end - begin + 1 > maxWords && begin < first) ++begin;
    if (end - begin + 1 > maxWords) end = begin + maxWords - 1;
    return spanText(sentence, tokens, begin, end);
}

std::pair<std::size_t, std::size_t> clauseAround(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                                 std::size_t maxWords) {
    std::size_t begin = first;
    while (begin > 0 && tokens[begin - 1].word.back() != ';') --begin;
    std::size_t end = last + 1;
    while (end < tokens.size() && tokens[end - 1].word.back() != ';') ++end;
    while (end - begin > maxWords && end > last + 1) {
        // Cut the tail at the last comma before the limit, or word by word.
        --end;
    }
    while (end - begin > maxWords && begin < first) ++begin;
    return {begin, end};
}

}  // namespace retain::draft
