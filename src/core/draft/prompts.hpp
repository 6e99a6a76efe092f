// Question-style prompts from templates: a fact's sentence turned around its verb ("When did Japan join
// ...?", "How many documents were signed ...?", "Who was Secretary of ...?"), with an echo question as
// the fallback where no template fits ("... in how many priority areas?").
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/draft/fact.hpp"

namespace retain::draft {

// "When did <subject> <verb> <object>?" or "When was <noun phrase>?" for a date fact.
std::string datePrompt(const Fact& fact);
// "How many <noun> ...?" for a count fact; "What share ...?" for a percentage.
std::string countPrompt(const Fact& fact);
// "How much ...?" for a sum.
std::string sumPrompt(const Fact& fact);
// "... ran which joint naval rescue exercise?" for an ordinal, asking for its place in the series; "This was
// Mr. Abe’s 21st meeting with ..." becomes "Which meeting with ... did Mr. Abe have in May 2018, counting
// from the first?" with earlierMonth (the month of the paragraph's date before the sentence; empty = none).
std::string ordinalPrompt(const Fact& fact, const std::string& earlierMonth);
// "Who was <post>, according to the article of June 2018?": dated by the article (articleDate, in words;
// empty = undated), not by the sentence, whose date another question may ask; a bracketed gloss left out.
std::string personPrompt(const Fact& fact, const std::string& articleDate);
// "Which organisation have the countries agreed to revive?" for a name that ends its clause [clauseBegin,
// clauseEnd) (token indices) as the object of a past-tense or perfect verb; nullopt when it does not.
// what: "organisation", "event" or "place".
std::optional<std::string> namePrompt(const Fact& name, const std::string& what, std::size_t clauseBegin, std::size_t clauseEnd);
// "What does <acronym> stand for?" or "What is <name>, as the article glosses it?"
std::string acronymPrompt(const Fact& fact);

// The base form of an English past-tense verb ("made" -> "make", "exchanged" -> "exchange",
// "visited" -> "visit"); empty when word is not read as a past tense.
std::string pastTenseBase(const std::string& word);

}  // namespace retain::draft
