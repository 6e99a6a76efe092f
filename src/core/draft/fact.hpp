// A fact found in an article: what kind it is, where it stands, and what a question about it needs.
#pragma once

#include <string>
#include <vector>

#include "core/calendar/calendar_date.hpp"

namespace retain::draft {

enum class FactKind {
    Date,          // a day, month, year or range with its precision ("May 25–26, 2018")
    Sum,           // an amount of money with currency and scale ("USD 18 billion")
    Count,         // a number of things ("11 documents", "approximately 20 joint events")
    Percent,       // a share ("12.5 %")
    Person,        // a person with a post ("Nikolai Patrushev, Secretary of the ... Council")
    Acronym,       // an acronym with its expansion ("SPIEF" for "St. Petersburg International Economic Forum")
    Ordinal,       // a place in a sequence ("21st meeting", "fourth presidential term")
    Name,          // an organisation, place or named event as a capitalised span ("Bolshoi Theatre")
};

// Returns "date", "sum", "count", "percent", "person", "acronym", "ordinal" or "name".
const char* factKindName(FactKind kind);

struct Fact {
    FactKind kind = FactKind::Date;
    int paragraph = 0;         // 1-based paragraph number (source README rule)
    int sentence = 0;          // 0-based sentence index within the paragraph
    std::string sentenceText;  // the whole sentence, as written
    std::string text;          // the fact as written ("May 25–26, 2018", "USD 18 billion", "Nikolai Patrushev")
    std::string evidence;      // at most 10 words, verbatim from the paragraph, holding the fact
    std::size_t first = 0;     // token span of the fact in the sentence (see words.hpp), inclusive
    std::size_t last = 0;

    // Date
    CalendarDate from;
    CalendarDate to;
    DatePrecision precision = DatePrecision::Day;
    // Sum, Count, Percent, Ordinal
    double value = 0.0;        // base units (18e9 for "USD 18 billion"); the position for an ordinal
    double scale = 1.0;        // the scale word's factor (1e9 for billion), 1 when none
    std::string unit;          // currency code ("USD"), counted noun ("documents"), "%", or the ordinal's noun
    bool approximate = false;  // "approximately 20": hedged in the text
    // Person, Acronym
    std::string name;          // the person, or the acronym
    std::string post;          // the person's post, or the acronym's expansion
    int expansionParagraph = 0;  // Acronym: the paragraph where the expansion stands (0 = beside it)
};

// True when a and b are the same fact (one question per fact): the same kind and value or name.
bool sameFact(const Fact& a, const Fact& b);

}  // namespace retain::draft
