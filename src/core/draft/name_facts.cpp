// People with their posts, acronyms with their expansions, and capitalised spans (organisations,
// places, named events), found by the shape of capitalised words.
//
// [SECTION] name words
// [SECTION] people
// [SECTION] acronyms and capitalised spans
#include <array>
#include <string>

#include "core/draft/extractors.hpp"
#include "core/draft/words.hpp"

namespace retain::draft {

namespace {

// [SECTION] name words ---------------------------------------------------------------------------

// Capitalised words that open sentences or clauses rather than names.
constexpr std::array<std::string_view, 26> kNotNames = {"The", "In", "On", "At", "For", "A", "An", "This", "These",
                                                        "That", "Following", "According", "Although", "Already",
                                                        "Both", "Revealingly", "Finally", "Of", "All", "Most",
                                                        "Mr", "Mrs", "Ms", "Dr", "He", "She"};

bool endsWithPossessive(std::string_view word) {
    return (word.size() > 4 && word.substr(word.size() - 4) == "\xE2\x80\x99s") || (word.size() > 2 && word.substr(word.size() - 2) == "'s");
}

// A word that may be part of a person's name: capitalised letters (hyphens allowed), not a title,
// a month or a sentence opener.
bool isNameWord(const Token& token) {
    const std::string_view word = token.core;
    if (!isCapitalised(word) || word.size() < 2 || isAcronym(word) || isPostWord(word) || monthNumber(word) != 0) return false;
    for (const std::string_view opener : kNotNames) {
        if (word == opener) return false;
    }
    for (const char c : word) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) return false;
    }
    return true;
}

Fact personFact(std::string_view sentence, SentencePlace place, const std::vector<Token>& tokens, std::size_t first,
                std::size_t last, std::string name, std::string post) {
    Fact fact = factOfSpan(FactKind::Person, sentence, place, tokens, first, last);
    fact.name = std::move(name);
    fact.post = std::move(post);
    return fact;
}

}  // namespace

// [SECTION] people -------------------------------------------------------------------------------

std::vector<Fact> extractPeople(std::string_view sentence, SentencePlace place) {
    std::vector<Fact> facts;
    const std::vector<Token> tokens = tokenize(sentence);
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        // "Nikolai Patrushev, Secretary of the Russian Federation Security Council, ..."
        if (isNameWord(tokens[i]) && (i == 0 || !isCapitalised(tokens[i - 1].core) || tokens[i - 1].closesClause) &&
            !tokens[i].closesClause) {
            std::size_t last = i + 1;
            while (last < tokens.size() && last < i + 2 && isNameWord(tokens[last]) && !tokens[last].closesClause) ++last;
            if (last < tokens.size() && isNameWord(tokens[last]) && tokens[last].word.back() == ',' && last + 1 < tokens.size()) {
                std::size_t postStart = last + 1;
                std::size_t titleAt = postStart;
                if (endsWithPossessive(tokens[titleAt].core) && titleAt + 1 < tokens.size()) ++titleAt;
                if (isPostWord(tokens[titleAt].core) && isCapitalised(tokens[titleAt].core)) {
                    std::size_t postEnd = titleAt;
                    while (postEnd + 1 < tokens.size() && postEnd < postStart + 11 && !tokens[postEnd].closesClause) ++postEnd;
                    const bool closed = tokens[postEnd].closesClause || postEnd + 1 == tokens.size();
                    if (closed) {
                        std::string post = spanText(sentence, tokens, postStart, postEnd);
                        if (post.find('(') != std::string::npos && post.find(')') == std::string::npos) post += ')';
                        facts.push_back(personFact(sentence, place, tokens, i, last, spanText(sentence, tokens, i, last), std::move(post)));
                        i = postEnd;
                        continue;
                    }
                }
            }
        }
        // "Sergey Lavrov, Russia’s Minister of Foreign Affairs, and his Japanese counterpart Taro Kono": the
        // post is the counterpart of a person named before in the sentence.
        const std::string possessive = lowerAscii(tokens[i].core);
        if ((possessive == "his" || possessive == "her") && !facts.empty() && i + 4 < tokens.size() + 1 && i + 3 < tokens.size() &&
            isCapitalised(tokens[i + 1].core) && tokens[i + 2].core == "counterpart" && isNameWord(tokens[i + 3]) &&
            !tokens[i + 2].closesClause && i + 4 < tokens.size() && isNameWord(tokens[i + 4]) && !tokens[i + 3].closesClause) {
            std::string post = facts.back().name + "\u2019s " + std::string(tokens[i + 1].core) + " counterpart";
            facts.push_back(personFact(sentence, place, tokens, i, i + 4, spanText(sentence, tokens, i + 3, i + 4), std::move(post)));
            i += 4;
            continue;
        }
        // "Prime Minister of Japan Shinzo Abe": a title, maybe "of Country", then a two-word name.
        if (isPostWord(tokens[i].core) && isCapitalised(tokens[i].core) && tokens[i].core.back() != 's') {
            std::size_t at = i;
            while (at + 1 < tokens.size() && isPostWord(tokens[at + 1].core) && isCapitalised(tokens[at + 1].core)) ++at;
            if (at + 2 < tokens.size() && tokens[at + 1].core == "of" && isCapitalised(tokens[at + 2].core) && !tokens[at].closesClause) {
                at += 2;
            }
            if (at + 2 < tokens.size() && !tokens[at].closesClause && isNameWord(tokens[at + 1]) && isNameWord(tokens[at + 2]) &&
                !tokens[at + 1].closesClause && (at + 3 == tokens.size() || !isCapitalised(tokens[at + 3].core) || tokens[at + 2].closesClause)) {
                std::size_t first = i;
                if (i > 0 && endsWithPossessive(tokens[i - 1].core) && isCapitalised(tokens[i - 1].core)) first = i - 1;
                std::string name = spanText(sentence, tokens, at + 1, at + 2);
                if (endsWithPossessive(name)) continue;  // "Shinzo Abe’s visit": a possessive, not an appositive
                facts.push_back(personFact(sentence, place, tokens, first, at + 2, std::move(name), spanText(sentence, tokens, first, at)));
                i = at + 2;
            }
        }
    }
    return facts;
}

// [SECTION] acronyms and capitalised spans -------------------------------------------------------

namespace {

// The initials of a capitalised span, joiners left out: "St. Petersburg International Economic Forum" -> "SPIEF".
std::string initialsOf(std::string_view span) {
    std::string initials;
    for (const Token& token : tokenize(span)) {
        if (isNameJoiner(token.core) || token.core.empty()) continue;
        if (isCapitalised(token.core)) initials += token.core[0];
    }
    return initials;
}

}  // namespace

std::vector<Fact> extractNames(std::string_view sentence, SentencePlace place) {
    std::vector<Fact> facts;
    const std::vector<Token> tokens = tokenize(sentence);
    std::size_t i = 0;
    while (i < tokens.size()) {
        const bool opens = isCapitalised(tokens[i].core) && !isAcronym(tokens[i].core) && monthNumber(tokens[i].core) == 0 &&
                           (i > 0 || tokens.size() > 1);
        if (!opens || (i == 0 && !isNameWord(tokens[i]) && tokens[i].core != "St")) {
            ++i;
            continue;
        }
        std::size_t last = i;
        while (last + 1 < tokens.size() && !tokens[last].closesClause && !endsWithPossessive(tokens[last].core)) {
            const std::string_view next = tokens[last + 1].core;
            if (isCapitalised(next) && monthNumber(next) == 0 && !isAcronym(next)) {
                ++last;
            } else if (isNameJoiner(next) && next != "and" && last + 2 < tokens.size() && isCapitalised(tokens[last + 2].core) &&
                       !tokens[last + 1].closesClause) {
                last += 2;
            } else {
                break;
            }
        }
        if (last > i && tokens[i].word.front() != '(') {
            Fact fact = factOfSpan(FactKind::Name, sentence, place, tokens, i, last);
            if (endsWithPossessive(fact.text)) fact.text.resize(fact.text.size() - (fact.text.back() == 's' && fact.text[fact.text.size() - 2] == '\'' ? 2 : 4));
            facts.push_back(std::move(fact));
        }
        i = last + 1;
    }
    return facts;
}

std::vector<Fact> extractAcronyms(std::string_view sentence, SentencePlace place, const std::vector<Fact>& names) {
    std::vector<Fact> facts;
    const std::vector<Token> tokens = tokenize(sentence);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view word = tokens[i].core;
        if (!isCapitalised(word) || word.size() < 2) continue;
        Fact fact = factOfSpan(FactKind::Acronym, sentence, place, tokens, i, i);
        fact.name = std::string(word);
        // "Keidanren (Japan Business Federation)", "ASEZ (Advanced Special Economic Zones)".
        if (i + 1 < tokens.size() && tokens[i + 1].word.front() == '(' && !tokens[i].closesClause) {
            std::size_t close = i + 1;
            while (close < tokens.size() && close < i + 8 && tokens[close].word.find(')') == std::string_view::npos) ++close;
            if (close < tokens.size() && close < i + 8 && close > i + 1) {
                fact.post = spanText(sentence, tokens, i + 1, close);
                bool capitalised = true;
                for (std::size_t k = i + 1; k <= close; ++k) capitalised = capitalised && (isCapitalised(tokens[k].core) || isNameJoiner(tokens[k].core));
                if (capitalised && (isAcronym(word) || initialsOf(fact.post) != std::string(word))) {
                    const std::string post = fact.post;
                    fact = factOfSpan(FactKind::Acronym, sentence, place, tokens, i, close);
                    fact.name = std::string(word);
                    fact.post = post;
                    facts.push_back(std::move(fact));
                    i = close;
                    continue;
                }
            }
        }
        if (!isAcronym(word) || word.size() < 3) continue;
        for (const Fact& name : names) {
            if (initialsOf(name.text) != word) continue;
            fact.post = name.text;
            fact.expansionParagraph = name.paragraph;
            facts.push_back(std::move(fact));
            break;
        }
    }
    return facts;
}

}  // namespace retain::draft
