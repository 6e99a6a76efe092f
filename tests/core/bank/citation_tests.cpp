// The one citation text of the feedback panel, exported Anki cards and the live reveal.
#include <doctest/doctest.h>

#include "core/bank/citation.hpp"

using namespace retain;

TEST_CASE("citation: paragraphs with their evidence, then the document with the parts it has") {
    SourceDocument document{"rj", "Asymmetry", "Anna Kireeva", "Valdai Club", "2018-06-14"};
    Question question;
    question.source = SourceRef{18, "USD 18 billion"};
    CHECK(sourceRefText(question.source) == "Paragraph 18: \u201CUSD 18 billion\u201D");
    CHECK(questionCitation(question, document) ==
          "Paragraph 18: \u201CUSD 18 billion\u201D \u2014 \u201CAsymmetry\u201D by Anna Kireeva, Valdai Club, 2018-06-14");

    question.moreSources.push_back(SourceRef{20, ""});
    CHECK(questionCitation(question, SourceDocument{}) == "Paragraph 18: \u201CUSD 18 billion\u201D; Paragraph 20");

    CHECK(sourceRefText(SourceRef{0, "the capital"}) == "\u201Cthe capital\u201D");  // evidence alone
    CHECK(sourceRefText(SourceRef{}).empty());
    CHECK(sourceDocumentText(SourceDocument{"", "", "Ann Author", "", "2018"}) == "Ann Author, 2018");  // no title
    CHECK(questionCitation(Question{}, SourceDocument{}).empty());
}
