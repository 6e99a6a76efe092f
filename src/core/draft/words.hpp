// The word-level view of a sentence that the fact extractors share: tokens with their byte offsets,
// the small vocabularies (months, number words, ordinals, titles, hedges, opinion markers) and the
// evidence window (at most 10 words, verbatim but for no-break spaces written as spaces).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace retain::draft {

// One blank-separated word of a sentence. core is the word without the punctuation around it
// (quotes, brackets, commas, full stops); begin/end are byte offsets of the whole word in the sentence.
struct Token {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view word;  // as written, punctuation included
    std::string_view core;  // without leading and trailing punctuation
    bool closesClause = false;  // ends with ',', ';', ':', ')' or a full stop
};

// Splits a sentence into tokens (views into sentence, which must outlive them).
std::vector<Token> tokenize(std::string_view sentence);

// Lower-case ASCII copy.
std::string lowerAscii(std::string_view text);

// Month 1..12 for an English month name ("May", "september"), else 0.
int monthNumber(std::string_view word);
// The value of a count written in words ("two" .. "twenty", "thirty" ..., "hundred") or digits ("11",
// "1,200"); nullopt otherwise.
std::optional<double> countValue(std::string_view word);
// The value of an ordinal ("first", "third", "21st", "17th"); nullopt otherwise.
std::optional<int> ordinalValue(std::string_view word);
// Writes n as an English ordinal: "1st", "22nd", "21st", "113th".
std::string ordinalDigits(int n);

// True for a word that starts with an upper-case ASCII letter.
bool isCapitalised(std::string_view word);
// True for a word written in capitals of 2 to 6 letters ("SPIEF", "G7").
bool isAcronym(std::string_view word);
// True for small words that may stand inside a capitalised name ("of", "the", "and", "for", "de").
bool isNameJoiner(std::string_view word);
// True for a title word that opens a post ("Secretary", "Minister", "Chair", "President", "Chief", ...).
bool isPostWord(std::string_view word);

// True when the sentence states an opinion, a prediction or a doubt rather than a checkable fact:
// modal verbs, "believe", "claim", "likely", a question mark, ...
bool isOpinion(std::string_view sentence);
// True for a quantity word no answer can be checked against ("several", "many", "dozens", "plus").
bool isVagueQuantity(std::string_view word);
// True for a hedge that keeps a number checkable ("approximately", "about", "around", "some").
bool isHedge(std::string_view word);

// The verbatim evidence for the tokens [first, last]: those words plus neighbours, at most maxWords
// words, cut at the sentence's own characters (so it stands in the paragraph as written). Trailing
// commas and full stops are left out.
std::string evidenceAround(std::string_view sentence, const std::vector<Token>& tokens, std::size_t first,
                           std::size_t last, std::size_t maxWords = 10);

// The text of tokens [first, last] as written in the sentence, without the punctuation around it.
std::string spanText(std::string_view sentence, const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// The clause holding tokens [first, last]: from the previous ';' (or the sentence start) to the next ';'
// (or the end), cut to at most maxWords words around the span. Returns token indices [begin, end).
std::pair<std::size_t, std::size_t> clauseAround(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                                 std::size_t maxWords = 28);

}  // namespace retain::draft
