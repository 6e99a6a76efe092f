// Fact kinds by name, a fact made from a span of a sentence, and fact identity (one question per fact).
#include "core/draft/fact.hpp"

#include "core/draft/extractors.hpp"

namespace retain::draft {

const char* factKindName(FactKind kind) {
    switch (kind) {
        case FactKind::Date: return "date";
        case FactKind::Sum: return "sum";
        case FactKind::Count: return "count";
        case FactKind::Percent: return "percent";
        case FactKind::Person: return "person";
        case FactKind::Acronym: return "acronym";
        case FactKind::Ordinal: return "ordinal";
        case FactKind::Name: return "name";
    }
    return "fact";
}

Fact factOfSpan(FactKind kind, std::string_view sentence, SentencePlace place, const std::vector<Token>& tokens,
                std::size_t first, std::size_t last) {
    Fact fact;
    fact.kind = kind;
    fact.paragraph = place.paragraph;
    fact.sentence = place.sentence;
    fact.sentenceText = std::string(sentence);
    fact.text = spanText(sentence, tokens, first, last);
    fact.first = first;
    fact.last = last;
    fact.evidence = evidenceAround(sentence, tokens, first, last);
    return fact;
}

bool sameFact(const Fact& a, const Fact& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case FactKind::Date: return a.from == b.from && a.to == b.to && a.precision == b.precision;
        case FactKind::Sum:
        case FactKind::Count:
        case FactKind::Percent:
        case FactKind::Ordinal: return a.value == b.value && a.unit == b.unit;
        case FactKind::Person:
        case FactKind::Acronym: return a.name == b.name;
        case FactKind::Name: return a.text == b.text;
    }
    return false;
}

}  // namespace retain::draft
