// The question writers: one fact (or one paragraph's dated events) in, one bank question out, with
// its source {paragraph, evidence}, an explanation saying where the fact stands, documented tags and
// draft: true. Which form a fact gets is the drafter's choice (drafter.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/bank/question.hpp"
#include "core/draft/fact.hpp"

namespace retain::draft {

// A written question and how good a question it is, for ranking (higher first).
struct DraftedQuestion {
    Question question;
    FactKind kind = FactKind::Date;
    int paragraph = 0;
    double score = 0.0;  // 0..10: exact facts that a template phrased well score highest
    // What states this question's answer when it stands in another question's text: each entry is a set of
    // words that must all stand there ({"17th"}; a person's {"Patrushev", "Secretary"}). See giveaways.hpp.
    std::vector<std::vector<std::string>> gives;
};

// A numeric question for a sum, count or percentage; a date question for a date; a text question for a
// person (asked by post), an ordinal or an acronym. when, in words or empty: for a person the article's
// month ("June 2018"), for an ordinal the month of the date stated before its sentence in the paragraph.
std::optional<DraftedQuestion> writeDirect(const Fact& fact, const std::string& when);
// A choice question: the fact's value among distractors of the same kind taken from the article (other
// people for a person, other sums of the same currency and scale for a sum). nullopt when fewer than two
// distractors fit.
std::optional<DraftedQuestion> writeChoice(const Fact& fact, const std::vector<Fact>& sameKind, const std::string& when);
// An ordering question over the dated events of one paragraph (three or more, distinct dates), earliest first.
std::optional<DraftedQuestion> writeOrdering(const std::vector<Fact>& datesOfParagraph);
// A question on a named organisation, place or event: "Which organisation did the city join?" (text) when
// the name ends its clause as the verb's object, else a cloze on the key clause with the name blanked.
// nullopt for a name whose end is unclear or that does not say what it names (two bare name words).
std::optional<DraftedQuestion> writeNameQuestion(const Fact& name);

// The name without a leading pair of parties that the prompt already states ("Russia-Japan Council of
// Governors" asked "Which organisation have Russia and Japan agreed to revive?" -> "Council of Governors"), as
// an alias a student may type; empty when the name opens with no such pair.
std::string withoutStatedQualifier(const std::string& name, const std::string& prompt);

// The documented tags for a fact: its kind's tag ("dates", "figures", "people", ...) and the topic
// ("economy", "security", "politics", "culture", "media") of what is asked (the prompt, or a cloze's
// clause), else of the fact's sentence (not for a person, whose post is the topic) when one is plain.
std::vector<std::string> tagsFor(const Fact& fact, const std::string& asked);

}  // namespace retain::draft
