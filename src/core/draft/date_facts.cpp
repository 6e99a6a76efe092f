// Dates with a year, found by their word pattern and read by the grading date parser (so a drafted
// date question accepts what the parser reads).
#include <string>

#include "core/draft/extractors.hpp"
#include "core/draft/words.hpp"
#include "core/grading/date_parser.hpp"

namespace retain::draft {

namespace {

bool isYear(std::string_view word) {
    if (word.size() != 4) return false;
    for (const char c : word) {
        if (c < '0' || c > '9') return false;
    }
    const int year = std::stoi(std::string(word));
    return year >= 1000 && year <= 2199;
}

// A day ("25") or a day range ("25–26", "25-26").
bool isDayOrDays(std::string_view word) {
    std::size_t at = 0;
    auto day = [&] {
        const std::size_t start = at;
        while (at < word.size() && word[at] >= '0' && word[at] <= '9') ++at;
        return at > start && at - start <= 2;
    };
    if (!day()) return false;
    if (at == word.size()) return true;
    if (word.substr(at, 3) == "\xE2\x80\x93") {
        at += 3;
    } else if (word[at] == '-') {
        ++at;
    } else {
        return false;
    }
    return day() && at == word.size();
}

}  // namespace

std::vector<Fact> extractDates(std::string_view sentence, SentencePlace place) {
    std::vector<Fact> facts;
    const std::vector<Token> tokens = tokenize(sentence);
    std::vector<bool> used(tokens.size(), false);
    auto add = [&](std::size_t first, std::size_t last, int year = 0) {
        const std::string text = spanText(sentence, tokens, first, last);
        const ParsedDate parsed = parseDate(year > 0 ? text + ", " + std::to_string(year) : text);
        if (parsed.status != DateStatus::Ok) return;
        Fact fact = factOfSpan(FactKind::Date, sentence, place, tokens, first, last);
        fact.from = parsed.from;
        fact.to = parsed.to;
        fact.precision = parsed.precision;
        for (std::size_t i = first; i <= last; ++i) used[i] = true;
        facts.push_back(std::move(fact));
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (used[i] || monthNumber(tokens[i].core) == 0 || !isCapitalised(tokens[i].core)) continue;
        const bool next = i + 1 < tokens.size();
        if (next && isDayOrDays(tokens[i + 1].core) && i + 2 < tokens.size() && isYear(tokens[i + 2].core)) {
            add(i, i + 2);  // May 25–26, 2018
        } else if (next && isDayOrDays(tokens[i + 1].core) && place.year > 0 && i > 0 && lowerAscii(tokens[i - 1].core) == "on") {
            add(i, i + 1, place.year);  // "on May 26" in a paragraph that said 2018
        } else if (next && isYear(tokens[i + 1].core)) {
            if (i > 0 && !used[i - 1] && isDayOrDays(tokens[i - 1].core)) {
                add(i - 1, i + 1);  // 25 May 2018
            } else {
                add(i, i + 1);  // November 2017
            }
        }
    }
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        if (used[i] || !isYear(tokens[i].core)) continue;
        const std::string before = lowerAscii(tokens[i - 1].core);
        if (before == "in" || before == "since") add(i, i);  // in 2017
    }
    return facts;
}

}  // namespace retain::draft
