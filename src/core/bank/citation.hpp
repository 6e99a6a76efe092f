// How a question's source is written for people, the same in the feedback panel, exported Anki cards
// and the live game's reveal: "Paragraph 18: “USD 18 billion” — “Asymmetry of Russia–Japan Relations” by
// Anna Kireeva, Valdai Club, 2018-06-14".
#pragma once

#include <string>

#include "core/bank/question.hpp"

namespace retain {

// Returns "Paragraph N: “evidence”" (either part alone when the other is missing); "" when ref cites nothing.
std::string sourceRefText(const SourceRef& ref);

// Returns "“Title” by Author, Publisher, Date" with the parts document has; "" when it has none of them.
std::string sourceDocumentText(const SourceDocument& document);

// Returns the question's source and its moreSources (joined by "; "), then " — " and the document; ""
// when neither says anything.
std::string questionCitation(const Question& question, const SourceDocument& document);

}  // namespace retain
