// Reading typed amounts (see numeric_parser.hpp).
//
// [SECTION] vocabulary: currencies, scale words, number words, hedges
// [SECTION] tokens
// [SECTION] digit literals
// [SECTION] number words
// [SECTION] parseNumber
#include "core/grading/numeric_parser.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>
#include <string_view>
#include <utf8proc.h>

#include "core/grading/normalize.hpp"

namespace retain {

// [SECTION] vocabulary: currencies, scale words, number words, hedges ----------------------------

namespace {

struct Spelling {
    std::string_view text;   // normalised (case-folded) spelling
    std::string_view code;
};

// Spellings people use for the currencies a bank is likely to ask about. "$" is read as US dollars and
// "¥" as yen; a bank that means another dollar or the yuan lists the symbol among its unit_aliases.
constexpr std::array<Spelling, 44> kCurrencies = {{
    {"$", "USD"},      {"us$", "USD"},      {"usd", "USD"},      {"dollar", "USD"},   {"dollars", "USD"},
    {"us dollar", "USD"}, {"us dollars", "USD"}, {"€", "EUR"},   {"eur", "EUR"},      {"euro", "EUR"},
    {"euros", "EUR"},  {"¥", "JPY"},        {"jpy", "JPY"},      {"yen", "JPY"},      {"japanese yen", "JPY"},
    {"₽", "RUB"},      {"rub", "RUB"},      {"ruble", "RUB"},    {"rubles", "RUB"},   {"rouble", "RUB"},
    {"roubles", "RUB"}, {"russian rubles", "RUB"}, {"russian roubles", "RUB"}, {"£", "GBP"}, {"gbp", "GBP"},
    {"pound", "GBP"},  {"pounds", "GBP"},   {"pounds sterling", "GBP"}, {"cny", "CNY"}, {"yuan", "CNY"},
    {"rmb", "CNY"},    {"renminbi", "CNY"}, {"₹", "INR"},        {"inr", "INR"},      {"rupee", "INR"},
    {"rupees", "INR"}, {"₩", "KRW"},        {"krw", "KRW"},      {"chf", "CHF"},      {"cad", "CAD"},
    {"c$", "CAD"},     {"aud", "AUD"},      {"a$", "AUD"},       {"swiss francs", "CHF"},
}};

struct ScaleWord {
    std::string_view text;
    double factor;
    std::string_view canonical;
};

constexpr std::array<ScaleWord, 22> kScaleWords = {{
    {"thousand", 1e3, "thousand"},  {"thousands", 1e3, "thousand"}, {"k", 1e3, "thousand"},
    {"million", 1e6, "million"},    {"millions", 1e6, "million"},   {"mn", 1e6, "million"},
    {"mln", 1e6, "million"},        {"mil", 1e6, "million"},        {"mio", 1e6, "million"},
    {"m", 1e6, "million"},          {"billion", 1e9, "billion"},    {"billions", 1e9, "billion"},
    {"bn", 1e9, "billion"},         {"bln", 1e9, "billion"},        {"bil", 1e9, "billion"},
    {"b", 1e9, "billion"},          {"trillion", 1e12, "trillion"}, {"trillions", 1e12, "trillion"},
    {"tn", 1e12, "trillion"},       {"trn", 1e12, "trillion"},      {"tr", 1e12, "trillion"},
    {"t", 1e12, "trillion"},
}};

// Number words with their value; hundred is 100 and the scales are the four big ones.
struct NumberWord {
    std::string_view text;
    int value;
};
constexpr std::array<NumberWord, 28> kNumberWords = {{
    {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},       {"seven", 7},      {"eight", 8},      {"nine", 9},      {"ten", 10},      {"eleven", 11},
    {"twelve", 12},   {"thirteen", 13},  {"fourteen", 14},  {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19},  {"twenty", 20},    {"thirty", 30},   {"forty", 40},    {"fifty", 50},
    {"sixty", 60},    {"seventy", 70},   {"eighty", 80},    {"ninety", 90},
}};

constexpr std::array<std::string_view, 10> kHedges = {"about", "around", "approximately", "approx", "roughly",
                                                     "circa", "ca", "some", "approximatively", "~"};
constexpr std::array<std::string_view, 4> kOrdinalSuffixes = {"st", "nd", "rd", "th"};

template <typename Table>
bool contains(const Table& table, std::string_view word) {
    for (std::string_view entry : table) {
        if (entry == word) return true;
    }
    return false;
}

const ScaleWord* findScale(std::string_view word) {
    for (const ScaleWord& scale : kScaleWords) {
        if (scale.text == word) return &scale;
    }
    return nullptr;
}

std::optional<int> findNumberWord(std::string_view word) {
    for (const NumberWord& entry : kNumberWords) {
        if (entry.text == word) return entry.value;
    }
    return std::nullopt;
}

std::string_view lookupCurrency(std::string_view normalized) {
    for (const Spelling& spelling : kCurrencies) {
        if (spelling.text == normalized) return spelling.code;
    }
    return {};
}

}  // namespace

std::string currencyCode(std::string_view spelling) {
    return std::string(lookupCurrency(normalizeText(spelling)));
}

// [SECTION] tokens -------------------------------------------------------------------------------

namespace {

enum class NumberTokenKind { Number, Word, Currency, Dash, Hexadecimal, Fraction };

struct NumberToken {
    NumberTokenKind kind = NumberTokenKind::Word;
    double value = 0.0;      // Number
    bool overflow = false;   // Number: too large for a double
    std::string text;        // Word: the word; Currency: the ISO code
    bool underflow = false;  // Number: so small that a double holds only 0
};

bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool isLetter(char32_t c) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

bool isCategory(char32_t c, utf8proc_category_t first, utf8proc_category_t last) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return category >= first && category <= last;
}

// [SECTION] digit literals -----------------------------------------------------------------------

// Counts the digits from pos on.
std::size_t digitRun(std::u32string_view s, std::size_t pos) {
    std::size_t n = 0;
    while (pos + n < s.size() && isDigit(s[pos + n])) ++n;
    return n;
}

// True when s[pos] is the separator sep followed by exactly three digits and no fourth.
bool groupFollows(std::u32string_view s, std::size_t pos, char32_t sep) {
    return pos < s.size() && s[pos] == sep && digitRun(s, pos + 1) == 3;
}

// Reads a digit literal at pos (which holds a digit, or '.' before a digit, or a sign before either).
// Thousands may be grouped by ',', ' ', '\'' or (two groups or more) '.'; a ',' that does not start a
// group of three is a decimal comma. Advances pos past the literal.
NumberToken readLiteral(std::u32string_view s, std::size_t& pos) {
    std::string ascii;
    if (s[pos] == U'-' || s[pos] == U'+') ascii += static_cast<char>(s[pos++]);
    auto takeDigits = [&](std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) ascii += static_cast<char>(s[pos++]);
    };
    const std::size_t lead = digitRun(s, pos);
    takeDigits(lead);
    char32_t groupSep = 0;
    if (lead >= 1 && lead <= 3) {
        for (char32_t sep : {U',', U' ', U'\'', U'.'}) {
            const bool enough = sep == U'.' ? groupFollows(s, pos, sep) && groupFollows(s, pos + 4, sep) : groupFollows(s, pos, sep);
            if (enough) {
                groupSep = sep;
                break;
            }
        }
        while (groupSep != 0 && groupFollows(s, pos, groupSep)) {
            ++pos;
            takeDigits(3);
        }
    }
    const char32_t decimalSep = groupSep == U'.' ? U',' : U'.';
    if (pos + 1 < s.size() && s[pos] == decimalSep && isDigit(s[pos + 1])) {
        ++pos;
        ascii += '.';
        takeDigits(digitRun(s, pos));
    } else if (groupSep == 0 && pos + 1 < s.size() && s[pos] == U',' && isDigit(s[pos + 1])) {
        ++pos;  // a decimal comma: "1,5 billion"
        ascii += '.';
        takeDigits(digitRun(s, pos));
    }
    if (pos < s.size() && s[pos] == U'e') {
        std::size_t at = pos + 1;
        if (at < s.size() && (s[at] == U'+' || s[at] == U'-')) ++at;
        if (digitRun(s, at) > 0) {
            ascii += 'e';
            ++pos;
            if (s[pos] == U'+' || s[pos] == U'-') ascii += static_cast<char>(s[pos++]);
            takeDigits(digitRun(s, pos));
        }
    }
    NumberToken token;
    token.kind = NumberTokenKind::Number;
    const char* first = ascii.data();
    if (*first == '+') ++first;
    const auto result = std::from_chars(first, ascii.data() + ascii.size(), token.value);
    // Out of range with a negative exponent is too small, not too large ("1e-999" rounds to zero).
    const bool negativeExponent = ascii.find("e-") != std::string::npos;
    token.underflow = result.ec == std::errc::result_out_of_range && negativeExponent;
    token.overflow = (result.ec == std::errc::result_out_of_range && !negativeExponent) || !std::isfinite(token.value);
    if (result.ec == std::errc::invalid_argument) token.overflow = true;  // cannot happen: ascii is digits
    return token;
}

// Splits normalised text into numbers, words, currency symbols and range dashes. Other punctuation is
// dropped; other symbols become one-character words (so "°" stays a unit).
std::vector<NumberToken> tokenize(std::u32string_view s) {
    std::vector<NumberToken> tokens;
    std::size_t pos = 0;
    auto previousIsNumber = [&] { return !tokens.empty() && tokens.back().kind == NumberTokenKind::Number; };
    while (pos < s.size()) {
        const char32_t c = s[pos];
        const bool digitNext = pos + 1 < s.size() && isDigit(s[pos + 1]);
        const bool pointDigitNext = pos + 2 < s.size() && s[pos + 1] == U'.' && isDigit(s[pos + 2]);
        if (c == U'0' && pos + 2 < s.size() && s[pos + 1] == U'x' && std::isxdigit(static_cast<int>(s[pos + 2] < 128 ? s[pos + 2] : 0))) {
            pos += 2;  // "0x10" (case folded): a hexadecimal literal, read as one token to name it
            while (pos < s.size() && s[pos] < 128 && std::isalnum(static_cast<int>(s[pos]))) ++pos;
            tokens.push_back(NumberToken{NumberTokenKind::Hexadecimal, 0.0, false, "", false});
        } else if (isDigit(c) || (c == U'.' && digitNext)) {
            tokens.push_back(readLiteral(s, pos));
            // "1/2", and "½" (NFKC: "1⁄2" with U+2044 FRACTION SLASH): a fraction, named as such.
            if (pos + 1 < s.size() && (s[pos] == U'/' || s[pos] == 0x2044) && isDigit(s[pos + 1])) {
                ++pos;
                readLiteral(s, pos);
                tokens.back() = NumberToken{NumberTokenKind::Fraction, 0.0, false, "", false};
            }
        } else if ((c == U'-' || c == U'+') && (digitNext || pointDigitNext)) {
            if (previousIsNumber() && c == U'-') {
                tokens.push_back(NumberToken{NumberTokenKind::Dash, 0.0, false, "-"});
                ++pos;
            } else {
                tokens.push_back(readLiteral(s, pos));
            }
        } else if (isLetter(c)) {
            std::u32string word;
            while (pos < s.size() && isLetter(s[pos])) word += s[pos++];
            std::string utf8 = toUtf8(word);
            if (pos < s.size() && s[pos] == U'$' && !lookupCurrency(utf8 + "$").empty()) {
                ++pos;
                tokens.push_back(NumberToken{NumberTokenKind::Currency, 0.0, false, std::string(lookupCurrency(utf8 + "$"))});
            } else {
                tokens.push_back(NumberToken{NumberTokenKind::Word, 0.0, false, std::move(utf8)});
            }
        } else if (c == U'%') {
            tokens.push_back(NumberToken{NumberTokenKind::Word, 0.0, false, "%"});
            ++pos;
        } else if (isCategory(c, UTF8PROC_CATEGORY_SM, UTF8PROC_CATEGORY_SO) && c != U'~' && c != 0x2248) {
            const std::string symbol = toUtf8(std::u32string(1, c));
            const std::string_view code = lookupCurrency(symbol);
            tokens.push_back(code.empty() ? NumberToken{NumberTokenKind::Word, 0.0, false, symbol}
                                          : NumberToken{NumberTokenKind::Currency, 0.0, false, std::string(code)});
            ++pos;
        } else {
            ++pos;  // white space, punctuation, hyphens inside "twenty-five", hedging '~' and '≈'
        }
    }
    return tokens;
}

// [SECTION] number words -------------------------------------------------------------------------

bool isScaleWordName(std::string_view word) {
    return word == "thousand" || word == "million" || word == "billion" || word == "trillion";
}

// True when tokens[i] can belong to a run of number words ("one hundred and twenty", "a billion").
bool isNumberWordAt(const std::vector<NumberToken>& tokens, std::size_t i, bool inRun) {
    if (tokens[i].kind != NumberTokenKind::Word) return false;
    const std::string& word = tokens[i].text;
    if (findNumberWord(word) || word == "hundred" || isScaleWordName(word)) return true;
    const bool nextIsNumberWord = i + 1 < tokens.size() && tokens[i + 1].kind == NumberTokenKind::Word &&
                                  (findNumberWord(tokens[i + 1].text) || tokens[i + 1].text == "hundred" ||
                                   isScaleWordName(tokens[i + 1].text));
    if (word == "and") return inRun && nextIsNumberWord;
    if (word == "a") return !inRun && nextIsNumberWord && !findNumberWord(tokens[i + 1].text);
    return false;
}

struct WordNumber {
    bool ok = false;
    double value = 0.0;
    double largestScale = 1.0;  // the biggest scale word used
    std::string scaleWord;
};

// Reads a run of number words as people write them: "eleven", "twenty five", "one hundred and twenty",
// "eighteen billion", "two billion five hundred million". Rejects runs no one writes ("five five").
WordNumber readNumberWords(const std::vector<std::string>& words) {
    enum class Last { None, Unit, Teen, Ten, Hundred, Scale, And };
    WordNumber result;
    double total = 0.0;
    double group = 0.0;     // the part below the last scale word, < 1000
    double lastScale = 1e18;
    Last last = Last::None;
    for (const std::string& word : words) {
        if (word == "a") {
            group = 1;
            last = Last::Unit;
        } else if (word == "and") {
            if (last != Last::Hundred && last != Last::Scale) return result;
            last = Last::And;
        } else if (word == "hundred") {
            if ((last != Last::Unit && last != Last::Teen) || group >= 100) return result;
            group *= 100;
            last = Last::Hundred;
        } else if (isScaleWordName(word)) {
            const double factor = findScale(word)->factor;
            if (group <= 0 || factor >= lastScale || last == Last::And) return result;
            total += group * factor;
            group = 0;
            lastScale = factor;
            if (factor > result.largestScale) {
                result.largestScale = factor;
                result.scaleWord = word;
            }
            last = Last::Scale;
        } else {
            const int value = *findNumberWord(word);
            const Last kind = value < 10 ? Last::Unit : value < 20 ? Last::Teen : Last::Ten;
            const bool fits = last == Last::None || last == Last::Hundred || last == Last::Scale || last == Last::And ||
                              (last == Last::Ten && kind == Last::Unit && value > 0);
            if (!fits || (value == 0 && last != Last::None)) return result;
            if (value == 0 && words.size() > 1) return result;
            group += value;
            last = kind;
        }
    }
    if (last == Last::And || last == Last::None) return result;
    result.ok = true;
    result.value = total + group;
    return result;
}

bool isUnitWord(const std::string& word, const std::vector<std::string>& unitWords) {
    for (const std::string& unit : unitWords) {
        if (normalizeText(unit) == word) return true;
    }
    return false;
}

}  // namespace

// [SECTION] parseNumber --------------------------------------------------------------------------

ParsedNumber parseNumber(std::string_view text, const std::vector<std::string>& unitWords) {
    ParsedNumber out;
    const std::u32string normalized = toCodePoints(normalizeText(text));
    if (normalized.empty()) return out;
    const std::vector<NumberToken> tokens = tokenize(normalized);
    int numbers = 0;
    bool overflow = false;
    bool underflow = false;
    bool unreadable = false;
    bool hexadecimal = false;
    bool fraction = false;
    std::vector<std::string> unitParts;
    auto addUnit = [&](const std::string& word) { unitParts.push_back(word); };

    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const NumberToken& token = tokens[i];
        if (token.kind == NumberTokenKind::Dash) {
            continue;  // a range dash; the second number makes the answer "several"
        }
        if (token.kind == NumberTokenKind::Hexadecimal || token.kind == NumberTokenKind::Fraction) {
            hexadecimal = hexadecimal || token.kind == NumberTokenKind::Hexadecimal;
            fraction = fraction || token.kind == NumberTokenKind::Fraction;
            continue;
        }
        if (token.kind == NumberTokenKind::Currency) {
            if (out.currency.empty()) {
                out.currency = token.text;
            } else if (out.currency != token.text) {
                addUnit(token.text);  // two currencies: keep the second as a unit so the check fails
            }
            continue;
        }
        if (token.kind == NumberTokenKind::Number) {
            ++numbers;
            overflow = overflow || token.overflow;
            underflow = underflow || token.underflow;
            out.written = token.value;
            out.scale = 1.0;
            out.hasScale = false;
            out.scaleWord.clear();
            if (i + 1 < tokens.size() && tokens[i + 1].kind == NumberTokenKind::Word && !isUnitWord(tokens[i + 1].text, unitWords)) {
                if (const ScaleWord* scale = findScale(tokens[i + 1].text)) {
                    out.scale = scale->factor;
                    out.hasScale = true;
                    out.scaleWord = scale->canonical;
                    ++i;
                } else if (contains(kOrdinalSuffixes, tokens[i + 1].text)) {
                    ++i;
                }
            }
            continue;
        }
        // A word: a hedge, the start of a run of number words, a currency (one or two words) or a unit.
        if (contains(kHedges, token.text)) continue;
        if (!isUnitWord(token.text, unitWords) && isNumberWordAt(tokens, i, false)) {
            std::vector<std::string> run;
            while (i < tokens.size() && isNumberWordAt(tokens, i, !run.empty())) run.push_back(tokens[i++].text);
            --i;
            ++numbers;
            const WordNumber words = readNumberWords(run);
            if (!words.ok) {
                unreadable = true;
                continue;
            }
            out.written = words.value / words.largestScale;
            out.scale = words.largestScale;
            out.hasScale = words.largestScale > 1.0;
            out.scaleWord = words.scaleWord;
            // "eighteen bn": an abbreviated scale word after the words, when they used none themselves.
            if (!out.hasScale && i + 1 < tokens.size() && tokens[i + 1].kind == NumberTokenKind::Word &&
                !isUnitWord(tokens[i + 1].text, unitWords)) {
                if (const ScaleWord* scale = findScale(tokens[i + 1].text)) {
                    out.written = words.value;
                    out.scale = scale->factor;
                    out.hasScale = true;
                    out.scaleWord = scale->canonical;
                    ++i;
                }
            }
            continue;
        }
        if (i + 1 < tokens.size() && tokens[i + 1].kind == NumberTokenKind::Word) {
            const std::string_view pair = lookupCurrency(token.text + " " + tokens[i + 1].text);
            if (!pair.empty()) {
                if (out.currency.empty()) out.currency = std::string(pair);
                else if (out.currency != pair) addUnit(std::string(pair));
                ++i;
                continue;
            }
        }
        const std::string_view code = isUnitWord(token.text, unitWords) ? std::string_view() : lookupCurrency(token.text);
        if (!code.empty()) {
            if (out.currency.empty()) out.currency = std::string(code);
            else if (out.currency != code) addUnit(std::string(code));
            continue;
        }
        addUnit(token.text);
    }

    for (const std::string& part : unitParts) {
        if (!out.unit.empty()) out.unit += ' ';
        out.unit += part;
    }
    if (hexadecimal) {
        out.status = NumberStatus::Hexadecimal;  // named before "several": "0x10" is no list
    } else if (fraction) {
        out.status = NumberStatus::Fraction;
    } else if (numbers == 0) {
        out.status = NumberStatus::NoNumber;
    } else if (numbers > 1) {
        out.status = NumberStatus::Several;
    } else if (unreadable) {
        out.status = NumberStatus::Unreadable;
    } else {
        out.value = out.written * out.scale;
        out.status = (overflow || !std::isfinite(out.value)) ? NumberStatus::OutOfRange
                     : underflow                                ? NumberStatus::TooSmall
                                                                : NumberStatus::Ok;
    }
    return out;
}

}  // namespace retain
