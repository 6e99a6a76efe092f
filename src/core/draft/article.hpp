// Reading an article for drafting: its head (title, author, date), its paragraphs numbered by the rule of
// shared/source/README.md (the evidence check's splitParagraphs), and each body paragraph's sentences as
// ICU's English sentence break iterator finds them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace retain::draft {

// The largest article drafted, in bytes (a long report is about 200 KB; more is not an article).
constexpr std::size_t kMaxArticleBytes = 2 * 1024 * 1024;

// One paragraph of the article.
struct Paragraph {
    int number = 0;                      // 1-based, as the source README counts (non-blank trimmed lines)
    std::string text;                    // the trimmed line
    std::vector<std::string> sentences;  // body paragraphs only; each a substring of text, trimmed
    bool body = false;                   // part of the article's running text (not head, heading, footnote, bio)
};

struct Article {
    std::string title;   // the first paragraph
    std::string author;  // the name after "By" in the head; empty when none stands there
    std::string date;    // ISO form of the first date in the head ("2018-06-14"); empty when none
    std::string dateText;     // that date as written in the head ("June 14, 2018")
    int dateParagraph = 0;    // the head paragraph holding it; 0 when none
    int authorParagraph = 0;  // the head paragraph holding the author's name; 0 when none
    std::vector<Paragraph> paragraphs;  // [0] is paragraph 1
};

struct ArticleRead {
    bool ok = false;
    std::string message;  // why the text is not an article to draft from; empty when ok
    Article article;
};

// Reads text as an article. Refuses, with a message a teacher can act on, an empty text, a binary file
// (NUL bytes or mostly invalid UTF-8), a text over kMaxArticleBytes, and a text that is not English
// (too few English function words among its words).
ArticleRead readArticle(std::string_view text);

// Splits one paragraph into sentences with ICU's English sentence break iterator (abbreviations such
// as "Mr." and "St." do not end a sentence). Each sentence is trimmed and is a substring of paragraph.
std::vector<std::string> splitSentences(const std::string& paragraph);

}  // namespace retain::draft
