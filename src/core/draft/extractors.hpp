// The fact extractors: each reads one sentence by rule and returns the facts it states. They share
// the tokens of words.hpp and the grading parsers (parseDate, parseNumber) that read the same forms
// learners type. Sentences that state opinions are the caller's to skip (isOpinion).
#pragma once

#include <string_view>
#include <vector>

#include "core/draft/fact.hpp"
#include "core/draft/words.hpp"

namespace retain::draft {

// Where a sentence stands: its paragraph number and its index in the paragraph.
struct SentencePlace {
    int paragraph = 0;
    int sentence = 0;
    int year = 0;  // the last year the paragraph stated before this sentence (or in it); 0 = none yet
};

// A fact of kind standing at tokens [first, last] of sentence: its place, text and evidence filled in.
Fact factOfSpan(FactKind kind, std::string_view sentence, SentencePlace place, const std::vector<Token>& tokens,
                std::size_t first, std::size_t last);

// Dates with a year: "May 25–26, 2018", "25 May 2018", "November 2017", "in 2017"; precision as written.
// A day without a year ("on May 26") takes place.year when the paragraph has stated one (else it is left out).
std::vector<Fact> extractDates(std::string_view sentence, SentencePlace place);
// Sums ("USD 18 billion", "$5m", "EUR 300 million"), counts ("11 documents", "approximately 20 joint
// events", "three projects") and percentages ("12 %", "40 percent"). Vague quantities are left out.
std::vector<Fact> extractQuantities(std::string_view sentence, SentencePlace place);
// Ordinals with the noun they rank: "21st meeting", "fourth presidential term", "third delegation".
std::vector<Fact> extractOrdinals(std::string_view sentence, SentencePlace place);
// People with their posts: "Name Surname, Post ..." and "Post of X Name Surname".
std::vector<Fact> extractPeople(std::string_view sentence, SentencePlace place);
// Acronyms with an expansion in brackets ("Keidanren (Japan Business Federation)") or with a capitalised
// span earlier in the article whose initials spell them (expansions: spans seen so far, in order).
std::vector<Fact> extractAcronyms(std::string_view sentence, SentencePlace place, const std::vector<Fact>& names);
// Capitalised spans of two or more words that do not open the sentence: organisations, places, events.
std::vector<Fact> extractNames(std::string_view sentence, SentencePlace place);

}  // namespace retain::draft
