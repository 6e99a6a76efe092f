// Small text tools shared by the importers and exporters: slugs and stable
// question ids, HTML to plain text and back.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "core/text/number_text.hpp"
#include "core/text/utf8.hpp"

namespace retain {

// Returns a lower-case ASCII slug of text: accents dropped ("Café" -> "cafe"), every run of other
// characters turned into one '-', cut at a word boundary to at most maxLength bytes. May be empty.
std::string slugify(std::string_view text, std::size_t maxLength);

// Hands out question ids that are stable (the same text gives the same id on every import) and unique
// within one bank.
class QuestionIdAllocator {
public:
    // Returns an id for a question: title itself when it is a valid id, else slugify(title) when that is
    // not empty, else slugify(text) + '-' + the first 6 hex digits of SHA-1(text); "-2", "-3", ...
    // appended on a clash.
    std::string allocate(std::string_view title, std::string_view text);

private:
    std::set<std::string> m_used;  // ids handed out so far
};

// Converts an HTML fragment to plain text: tags removed (<br>, </p>, </div>, </li> become line breaks),
// entities decoded (&amp; &lt; &nbsp; &#8211; &#x2013; ...), runs of blanks folded to one space, blank
// lines dropped, ends trimmed.
std::string htmlToText(std::string_view html);

// Escapes text for an HTML field: & < > " become entities and line breaks become <br>.
std::string textToHtml(std::string_view text);

}  // namespace retain
