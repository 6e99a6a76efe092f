// Other readings of a typed text answer that a reader would call the same answer: a title or post before
// a person's name ("President Putin"), a company's legal suffix ("Mazda Motor Corporation"), a name with its
// short form in brackets ("Liberal Democratic Party (LDP)"), and qualifiers the bank allows per question
// ("southern", "missile defense system"). Each reading carries a note saying exactly what was set aside,
// so the learner reads "accepted without the title 'President'". None of them makes a wrong answer right:
// what remains must itself match an accepted answer. Rules: docs/grading.md, "Text answers".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/grading/text_match.hpp"

namespace retain {

// A reading of the learner's text other than as typed.
struct AnswerForm {
    std::string text;  // what is compared with the accepted answers
    std::string note;  // what was set aside, e.g. "without the title 'President'"
};

// Returns the readings of given other than as typed, in the order they are tried: titles dropped, then
// company suffixes, then the qualifiers in allowExtra (each a word or phrase, dropped at the start or the
// end), each step applied on top of the previous ones. Empty when nothing applies.
std::vector<AnswerForm> answerForms(std::string_view given, const std::vector<std::string>& allowExtra);

// The two parts of "name (SHORT)" or "SHORT (name)": the text before the brackets and the text inside.
struct BracketedParts {
    std::string outside;
    std::string inside;
};

// Returns true and fills parts when given ends with one bracketed part after some text ("A (B)").
bool splitBracketed(std::string_view given, BracketedParts& parts);

// True when acronym is the initials of expansion: the first letter of each word (words split at spaces and
// hyphens), with or without the small words "of", "and", "the", "for", "&"; dots in the acronym ignored
// ("L.D.P."). Case is ignored.
bool isInitialism(std::string_view acronym, std::string_view expansion);

// The best match of a form: its kind, the accepted answer and the note of the form that gave it.
struct FormMatch {
    TextMatch match;   // kind None when no form matched
    std::string note;  // of the matching form
};

// Matches each reading of given (answerForms, and for "A (B)" the bracketed rule) against accepted.
// "A (B)" matches when one part matches an accepted answer (exact or typo) and the other part also
// matches one, or is the initials of the matched part or of the accepted answer it matched, or has them
// as its initials; otherwise the bracketed form does not match at all. Exact beats typo beats near miss;
// among equals the earlier form wins.
FormMatch matchAnswerForms(std::string_view given, const std::vector<std::string>& accepted,
                           const TextMatchOptions& options, const std::vector<std::string>& allowExtra);

}  // namespace retain
