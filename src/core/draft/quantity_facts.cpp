// Sums, counts, percentages and ordinals, found by word pattern. Sums are read by the grading numeric
// parser (currency and scale), so a drafted numeric question accepts what learners type.
//
// [SECTION] shared word tests
// [SECTION] sums, counts and percentages
// [SECTION] ordinals
#include <array>
#include <string>

#include "core/draft/extractors.hpp"
#include "core/draft/words.hpp"
#include "core/grading/numeric_parser.hpp"

namespace retain::draft {

namespace {

// [SECTION] shared word tests --------------------------------------------------------------------

constexpr std::array<std::string_view, 24> kStopWords = {"of",   "to",  "in",    "for",   "and",  "or",   "the",  "a",
                                                         "with", "on",  "by",    "that",  "which", "were", "was", "is",
                                                         "are",  "have", "has",  "had",   "from", "at",   "as",   "than"};

bool isStopWord(std::string_view word) {
    const std::string lower = lowerAscii(word);
    for (const std::string_view stop : kStopWords) {
        if (lower == stop) return true;
    }
    return false;
}

bool isPlainWord(std::string_view word) {
    if (word.empty()) return false;
    for (const char c : word) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
        if (!letter) return false;
    }
    return true;
}

// A number that reads as a year (1800..2199, four digits) is a date, not a count.
bool looksLikeYear(std::string_view word, double value) { return word.size() == 4 && value >= 1800 && value <= 2199; }

// The counted noun after tokens[at]: up to three plain words, the last a plural, none a stop word.
// Returns the index of the plural, or 0 when there is none.
std::size_t countedNoun(const std::vector<Token>& tokens, std::size_t at) {
    for (std::size_t i = at + 1; i < tokens.size() && i <= at + 3; ++i) {
        const std::string_view word = tokens[i].core;
        if (!isPlainWord(word) || isStopWord(word) || isVagueQuantity(word)) return 0;
        if (word.size() > 3 && word.back() == 's' && word.substr(word.size() - 2) != "ss") return i;
        if (tokens[i].closesClause) return 0;
    }
    return 0;
}


}  // namespace

// [SECTION] sums, counts and percentages ---------------------------------------------------------

std::vector<Fact> extractQuantities(std::string_view sentence, SentencePlace place) {
    std::vector<Fact> facts;
    const std::vector<Token> tokens = tokenize(sentence);
    std::size_t skipTo = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i < skipTo) continue;
        // A sum: a currency code or symbol, then a figure, then maybe a scale word; or figure, scale, currency.
        for (std::size_t length = 3; length >= 2; --length) {
            if (i + length > tokens.size()) continue;
            const std::string text = spanText(sentence, tokens, i, i + length - 1);
            const ParsedNumber number = parseNumber(text);
            const bool opensWithFigure = countValue(tokens[i].core).has_value();
            if (number.status != NumberStatus::Ok || number.currency.empty() || !number.unit.empty()) continue;
            if (!opensWithFigure && currencyCode(tokens[i].core).empty()) continue;
            Fact fact = factOfSpan(FactKind::Sum, sentence, place, tokens, i, i + length - 1);
            fact.value = number.value;
            fact.scale = number.scale;
            fact.unit = number.currency;
            fact.approximate = i > 0 && isHedge(tokens[i - 1].core);
            facts.push_back(std::move(fact));
            skipTo = i + length;
            break;
        }
        if (skipTo > i) continue;
        // A single-token sum ("$18bn", "€300m").
        if (!tokens[i].core.empty() && !countValue(tokens[i].core)) {
            const ParsedNumber number = parseNumber(tokens[i].core);
            if (number.status == NumberStatus::Ok && !number.currency.empty() && number.unit.empty()) {
                Fact fact = factOfSpan(FactKind::Sum, sentence, place, tokens, i, i);
                fact.value = number.value;
                fact.scale = number.scale;
                fact.unit = number.currency;
                facts.push_back(std::move(fact));
                continue;
            }
        }
        const std::string_view core = tokens[i].core;
        // A percentage: "12%", "12 %", "12 percent", "12 per cent".
        std::string_view digits = core;
        const bool attached = !digits.empty() && digits.back() == '%';
        if (attached) digits.remove_suffix(1);
        double share = 0;
        try {
            std::size_t read = 0;
            share = digits.empty() || digits[0] < '0' || digits[0] > '9' ? -1 : std::stod(std::string(digits), &read);
            if (read != digits.size()) share = -1;
        } catch (const std::exception&) {
            share = -1;
        }
        if (share >= 0) {
            std::size_t last = i;
            if (!attached && i + 1 < tokens.size() && (tokens[i + 1].core == "%" || lowerAscii(tokens[i + 1].core) == "percent")) {
                last = i + 1;
            } else if (!attached && i + 2 < tokens.size() && lowerAscii(tokens[i + 1].core) == "per" &&
                       lowerAscii(tokens[i + 2].core) == "cent") {
                last = i + 2;
            }
            if (attached || last > i) {
                Fact fact = factOfSpan(FactKind::Percent, sentence, place, tokens, i, last);
                fact.value = share;
                fact.unit = "%";
                facts.push_back(std::move(fact));
                skipTo = last + 1;
                continue;
            }
        }
        // A count: a figure or number word, then the plural noun it counts.
        const auto value = countValue(core);
        if (tokens[i].word.front() == '[') continue;  // a footnote mark: "position [3]"
        if (!value || *value < 2 || looksLikeYear(core, *value)) continue;
        const std::string before = i > 0 ? lowerAscii(tokens[i - 1].core) : std::string();
        if (before == "the" || before == "both" || before == "a" || before == "an" || before == "all" || before == "these" ||
            before == "those" || before == "over" || before == "than" || before == "nearly" || before == "almost" ||
            before == "up" || isVagueQuantity(before)) {
            continue;  // "the two countries" is no fact; "more than 20" and "over two" are not exact
        }
        const std::size_t noun = countedNoun(tokens, i);
        if (noun == 0) continue;
        const bool hedged = i > 0 && isHedge(tokens[i - 1].core);
        Fact fact = factOfSpan(FactKind::Count, sentence, place, tokens, hedged ? i - 1 : i, noun);
        fact.value = *value;
        fact.unit = spanText(sentence, tokens, i + 1, noun);
        fact.approximate = hedged;
        facts.push_back(std::move(fact));
        skipTo = noun + 1;
    }
    return facts;
}

// [SECTION] ordinals -----------------------------------------------------------------------------

std::vector<Fact> extractOrdinals(std::string_view sentence, SentencePlace place) {
    std::vector<Fact> facts;
    const std::vector<Token> tokens = tokenize(sentence);
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        const auto position = ordinalValue(tokens[i].core);
        const bool digits = !tokens[i].core.empty() && tokens[i].core[0] >= '0' && tokens[i].core[0] <= '9';
        // "first" and "second" are mostly manner of speaking ("for the first time", "the second half").
        if (!position || (*position < 3 && !digits) || tokens[i].closesClause) continue;
        if (i >= 2 && lowerAscii(tokens[i - 2].core) == "of" && lowerAscii(tokens[i - 1].core) == "the") continue;  // "one of the first"
        std::size_t last = i;
        while (last + 1 < tokens.size() && last < i + 4 && isPlainWord(tokens[last + 1].core) && !isStopWord(tokens[last + 1].core) &&
               !isCapitalised(tokens[last + 1].core) && tokens[last + 1].core != "half") {
            ++last;
            if (tokens[last].closesClause) break;
        }
        if (last == i) continue;
        Fact fact = factOfSpan(FactKind::Ordinal, sentence, place, tokens, i, last);
        fact.value = *position;
        fact.unit = spanText(sentence, tokens, i + 1, last);
        facts.push_back(std::move(fact));
        i = last;
    }
    return facts;
}

}  // namespace retain::draft
