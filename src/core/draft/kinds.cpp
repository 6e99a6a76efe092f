// [SECTION] the side of a person
// [SECTION] the event a prompt means
#include "core/draft/kinds.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/calendar/calendar_date.hpp"
#include "core/draft/words.hpp"

namespace retain::draft {

namespace {

constexpr std::string_view kCurlyPossessive = "\xE2\x80\x99s";

// The word without a possessive "'s" / "’s"; possessive tells whether it had one.
std::string_view withoutPossessive(std::string_view word, bool& possessive) {
    possessive = false;
    for (const std::string_view mark : {kCurlyPossessive, std::string_view("'s")}) {
        if (word.size() > mark.size() && word.substr(word.size() - mark.size()) == mark) {
            possessive = true;
            return word.substr(0, word.size() - mark.size());
        }
    }
    return word;
}

bool endsWith(std::string_view word, std::string_view tail) {
    return word.size() > tail.size() + 2 && word.substr(word.size() - tail.size()) == tail;
}

// "Russian", "Japanese", "British", "Korean": the endings of nationality adjectives.
bool nationalityAdjective(std::string_view word) {
    return endsWith(word, "an") || endsWith(word, "ese") || endsWith(word, "ish");
}

bool namesPerson(std::string_view word, const std::vector<Fact>& people) {
    return std::any_of(people.begin(), people.end(), [&](const Fact& p) {
        for (std::size_t at = p.name.find(word); at != std::string::npos; at = p.name.find(word, at + 1)) {
            const std::size_t end = at + word.size();
            if ((at == 0 || p.name[at - 1] == ' ') && (end == p.name.size() || p.name[end] == ' ')) return true;
        }
        return false;
    });
}

bool holdsYear(const std::string& text) {
    for (const Token& token : tokenize(text)) {
        const std::string_view core = token.core;
        if (core.size() == 4 && std::all_of(core.begin(), core.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            (core[0] == '1' || core[0] == '2')) {
            return true;
        }
    }
    return false;
}

// "in Moscow" within 4 words of the date [first, last]: the capitalised words after "in"; empty when none.
std::string placeNear(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    const std::size_t from = first > 4 ? first - 4 : 0;
    for (std::size_t i = from; i < tokens.size() && i <= last + 4; ++i) {
        if (i >= first && i <= last) continue;
        if (lowerAscii(tokens[i].core) != "in" || tokens[i].closesClause) continue;
        std::string place;
        for (std::size_t j = i + 1; j < tokens.size() && isCapitalised(tokens[j].core) && monthNumber(tokens[j].core) == 0; ++j) {
            place += (place.empty() ? "" : " ") + std::string(tokens[j].core);
            if (tokens[j].closesClause) break;
        }
        if (!place.empty()) return "in " + place;
    }
    return {};
}

}  // namespace

// [SECTION] the side of a person -----------------------------------------------------------------

namespace {

// The countries a post names outright (possessives, adjectives, "Russia-Japan"); with closing, also the
// place after a closing "of" ("Prime Minister of Japan", but also "Minister of Transport").
std::vector<std::string> countriesNamed(const std::string& post, const std::vector<Fact>& people, bool closing) {
    std::vector<std::string> countries;
    const std::vector<Token> tokens = tokenize(post);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        bool possessive = false;
        const std::string_view core = withoutPossessive(tokens[i].core, possessive);
        // "Russia-Japan Committee" names both.
        std::vector<std::string_view> parts;
        for (std::size_t start = 0; start <= core.size();) {
            std::size_t dash = core.find('-', start);
            const std::size_t en = core.find("\xE2\x80\x93", start);
            std::size_t width = 1;
            if (en != std::string_view::npos && (dash == std::string_view::npos || en < dash)) {
                dash = en;
                width = 3;
            }
            parts.push_back(core.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start));
            if (dash == std::string_view::npos) break;
            start = dash + width;
        }
        const bool afterClosingOf = i > 0 && i + 1 == tokens.size() && lowerAscii(tokens[i - 1].core) == "of";
        for (const std::string_view part : parts) {
            if (part.size() < 4 || !isCapitalised(part) || isPostWord(part) || namesPerson(part, people)) continue;
            const bool country = possessive || (closing && afterClosingOf) || parts.size() > 1 || nationalityAdjective(part);
            if (country) countries.push_back(lowerAscii(part.substr(0, 4)));
        }
    }
    std::sort(countries.begin(), countries.end());
    countries.erase(std::unique(countries.begin(), countries.end()), countries.end());
    return countries;
}

}  // namespace

std::vector<std::string> countriesOfPost(const std::string& post, const std::vector<Fact>& people) {
    // "of Japan" is a country when some post names Japan outright ("Japan's National Security Council");
    // "of Transport" never is.
    std::vector<std::string> outright;
    for (const Fact& other : people) {
        for (std::string& stem : countriesNamed(other.post, people, false)) outright.push_back(std::move(stem));
    }
    for (std::string& stem : countriesNamed(post, people, false)) outright.push_back(std::move(stem));
    std::vector<std::string> countries;
    for (std::string& stem : countriesNamed(post, people, true)) {
        if (std::find(outright.begin(), outright.end(), stem) != outright.end()) countries.push_back(std::move(stem));
    }
    return countries;
}

std::vector<Fact> sameSidePeople(const Fact& person, const std::vector<Fact>& people) {
    const std::vector<std::string> side = countriesOfPost(person.post, people);
    std::vector<Fact> same;
    for (const Fact& other : people) {
        if (sameFact(other, person)) continue;
        if (side.empty() || countriesOfPost(other.post, people) == side) same.push_back(other);
    }
    return same;
}

std::string postWithoutGloss(std::string post) {
    if (const std::size_t open = post.find(" ("); open != std::string::npos && post.find(')', open) != std::string::npos) {
        post.erase(open, post.find(')', open) + 1 - open);
    }
    return post;
}

// [SECTION] the event a prompt means -------------------------------------------------------------

std::optional<PinnedPrompt> pinnedEvent(const std::string& prompt, const Fact& fact, const std::vector<Fact>& facts) {
    const std::string lower = lowerAscii(prompt);
    std::string noun;
    for (const std::string_view event : {"talks", "visit", "meeting", "summit"}) {
        const std::string phrase = "the " + std::string(event);
        const std::size_t at = lower.find(phrase);
        const std::size_t end = at + phrase.size();
        if (at != std::string::npos && (at == 0 || lower[at - 1] == ' ') && (end == lower.size() || lower[end] == ' ' || lower[end] == '?')) {
            noun = std::string(event);
            break;
        }
    }
    if (noun.empty() || holdsYear(prompt)) return PinnedPrompt{prompt, {}, 0};
    std::string pin;
    int paragraph = 0;
    for (const Fact& date : facts) {
        if (date.kind != FactKind::Date || date.from.month == 0 || date.from.year == 0) continue;
        if (date.paragraph > fact.paragraph || (date.paragraph == fact.paragraph && date.sentence > fact.sentence)) continue;
        const std::vector<Token> tokens = tokenize(date.sentenceText);
        bool near = false;
        for (std::size_t i = 0; i < tokens.size() && !near; ++i) {
            const std::size_t distance = i < date.first ? date.first - i : i > date.last ? i - date.last : 0;
            near = distance > 0 && distance <= 8 && lowerAscii(tokens[i].core) == noun;
        }
        if (!near) continue;
        const std::string place = placeNear(tokens, date.first, date.last);
        pin = (place.empty() ? "" : place + " ") + "in " + dateInWords(CalendarDate{date.from.year, date.from.month, 0}, DatePrecision::Month);
        paragraph = date.paragraph;
    }
    if (pin.empty()) return std::nullopt;
    std::string pinned = prompt;
    const std::size_t mark = pinned.rfind('?');
    pinned.insert(mark == std::string::npos ? pinned.size() : mark, " " + pin);
    return PinnedPrompt{pinned, pin, paragraph};
}

}  // namespace retain::draft
