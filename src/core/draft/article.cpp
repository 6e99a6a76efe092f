// [SECTION] input checks
// [SECTION] sentences (ICU)
// [SECTION] head and body
#include "core/draft/article.hpp"

#include <algorithm>
#include <array>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "core/bank/source_check.hpp"
#include "core/grading/date_parser.hpp"
#include "core/text/trim.hpp"
#include "core/text/utf8.hpp"

namespace retain::draft {

namespace {

// [SECTION] input checks -------------------------------------------------------------------------

// Words that make up a large share of any English prose (about a fifth of running text).
constexpr std::array<std::string_view, 24> kFunctionWords = {"the", "of", "and", "to", "in", "a", "is", "was",
                                                             "that", "for", "on", "with", "as", "by", "at", "from",
                                                             "it", "be", "are", "were", "this", "which", "an", "its"};

// Why text cannot be drafted from, or an empty string.
std::string refusal(std::string_view text) {
    if (text.size() > kMaxArticleBytes) {
        return "the file is " + std::to_string(text.size() / 1024) + " KB; an article to draft from is at most " +
               std::to_string(kMaxArticleBytes / 1024) + " KB (split it into chapters)";
    }
    if (trimBlanks(text).empty()) return "the file is empty: there is no text to draft questions from";
    if (text.find('\0') != std::string_view::npos) return "the file holds NUL bytes: it is binary, not a text file";
    const std::string repaired = repairUtf8(text);
    std::size_t replaced = 0;
    for (std::size_t at = repaired.find("\xEF\xBF\xBD"); at != std::string::npos; at = repaired.find("\xEF\xBF\xBD", at + 3)) ++replaced;
    if (replaced * 20 > text.size()) return "the file is not UTF-8 text (save it as UTF-8 and try again)";
    std::size_t words = 0;
    std::size_t function = 0;
    std::string word;
    auto endWord = [&] {
        if (word.empty()) return;
        ++words;
        if (std::find(kFunctionWords.begin(), kFunctionWords.end(), word) != kFunctionWords.end()) ++function;
        word.clear();
    };
    for (const char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            word += static_cast<char>(c | 0x20);
        } else if (static_cast<unsigned char>(c) >= 0x80 || c == '\'' || c == '-') {
            if (!word.empty()) word += c;  // a word with an accent or apostrophe is still one word
        } else {
            endWord();
        }
    }
    endWord();
    const std::size_t letters = static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }));
    if (words < 20 && letters < 100) return "the text is too short to draft from (" + std::to_string(words) + " words)";
    if (function * 100 < words * 8) {  // English prose runs at 15-25 %; other languages near 0
        return "the text does not read as English (" + std::to_string(function * 100 / std::max<std::size_t>(words, 1)) +
               " % common English words): drafting reads English articles only";
    }
    return {};
}

}  // namespace

// [SECTION] sentences (ICU) ----------------------------------------------------------------------

namespace {

// True when sentence ends with a title abbreviation that never ends an English sentence.
bool endsWithAbbreviation(const std::string& sentence) {
    constexpr std::array<std::string_view, 9> kTitles = {" Mr.", " Mrs.", " Ms.", " Dr.", " St.", " Prof.", " Gen.", " Sen.", " Rep."};
    const std::string padded = " " + sentence;
    for (const std::string_view title : kTitles) {
        if (padded.size() >= title.size() && padded.compare(padded.size() - title.size(), title.size(), title) == 0) return true;
    }
    return false;
}

}  // namespace

std::vector<std::string> splitSentences(const std::string& paragraph) {
    std::vector<std::string> sentences;
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" turns on ICU's suppression list, so "Mr. Abe" and "St. Petersburg" stay in one sentence.
    std::unique_ptr<icu::BreakIterator> breaker(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status) || !breaker) {
        sentences.push_back(paragraph);
        return sentences;
    }
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(paragraph);
    breaker->setText(text);
    int32_t start = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; end = breaker->next()) {
        std::string sentence;
        text.tempSubStringBetween(start, end).toUTF8String(sentence);
        const std::string_view trimmed = trimBlanks(sentence);
        // ICU's suppressions miss some titles: "St. Petersburg" must not end a sentence at "St.".
        if (!trimmed.empty() && endsWithAbbreviation(std::string(trimmed)) && end < text.length()) {
            continue;  // keep start: the next piece joins this one, as written
        }
        if (!trimmed.empty()) sentences.emplace_back(trimmed);
        start = end;
    }
    if (start < text.length()) {
        std::string rest;
        text.tempSubStringBetween(start, text.length()).toUTF8String(rest);
        if (!trimBlanks(rest).empty()) sentences.emplace_back(trimBlanks(rest));
    }
    return sentences;
}

// [SECTION] head and body ------------------------------------------------------------------------

namespace {

// Words with at least one letter: "June 14, 2018 Asia , Europe" has three.
std::size_t wordCount(std::string_view text) {
    std::size_t count = 0;
    bool inWord = false;
    bool letter = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\t';
        if (space) {
            count += inWord && letter ? 1 : 0;
            letter = false;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0xC3) {
            letter = true;
        }
        inWord = !space;
    }
    return count + (inWord && letter ? 1 : 0);
}

// Running prose: twelve words or more, ending as a sentence ends.
bool isProse(std::string_view text) {
    if (wordCount(text) < 12) return false;
    const std::string_view end = text.substr(text.size() >= 3 ? text.size() - 3 : 0);
    const char last = text.back();
    return last == '.' || last == '!' || last == '?' || last == '"' || last == ')' || end == "\xE2\x80\x9D";
}

// A footnote line: "1 – text" or "[2] text".
bool isFootnote(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits > 0 && digits <= 3) {
        const std::string_view rest = trimBlanks(text.substr(digits));
        return rest.rfind("\xE2\x80\x93", 0) == 0 || rest.rfind("-", 0) == 0 || rest.rfind(".", 0) == 0;
    }
    return text.rfind("[", 0) == 0 && text.find(']') != std::string_view::npos && text.find(']') < 5;
}

// The first whole-day date at the start of a head line ("June 14, 2018 Asia, Europe"), in ISO form, and
// as written (written is left alone when there is none).
std::string headDate(const std::string& line, std::string& written) {
    std::vector<std::size_t> ends;
    for (std::size_t at = line.find(' '); at != std::string::npos && ends.size() < 4; at = line.find(' ', at + 1)) ends.push_back(at);
    ends.push_back(line.size());
    for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
        const ParsedDate parsed = parseDate(std::string_view(line).substr(0, *end));
        if (parsed.status == DateStatus::Ok && !parsed.isRange()) {
            std::string iso = std::to_string(parsed.from.year);
            auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
            if (parsed.from.month > 0) iso += "-" + two(parsed.from.month);
            if (parsed.from.day > 0) iso += "-" + two(parsed.from.day);
            written = line.substr(0, *end);
            return iso;
        }
    }
    return {};
}

}  // namespace

ArticleRead readArticle(std::string_view text) {
    ArticleRead read;
    read.message = refusal(text);
    if (!read.message.empty()) return read;
    const std::vector<std::string> lines = splitParagraphs(repairUtf8(text));
    Article& article = read.article;
    article.paragraphs.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) article.paragraphs.push_back({static_cast<int>(i + 1), lines[i], {}, false});
    if (article.paragraphs.empty()) {
        read.message = "the file has no paragraphs";
        return read;
    }
    article.title = article.paragraphs[0].text;
    // The head: the lines before the first long paragraph. Author after "By" (on its line or the next).
    std::size_t bodyStart = 0;
    while (bodyStart < article.paragraphs.size() && !isProse(article.paragraphs[bodyStart].text)) ++bodyStart;
    for (std::size_t i = 1; i < bodyStart; ++i) {
        const std::string& line = article.paragraphs[i].text;
        if (article.date.empty()) {
            article.date = headDate(line, article.dateText);
            if (!article.date.empty()) article.dateParagraph = article.paragraphs[i].number;
        }
        if (article.author.empty() && line == "By" && i + 1 < bodyStart) {
            article.author = article.paragraphs[i + 1].text;
            article.authorParagraph = article.paragraphs[i + 1].number;
        }
        if (article.author.empty() && line.rfind("By ", 0) == 0) {
            article.author = std::string(trimBlanks(line.substr(3)));
            article.authorParagraph = article.paragraphs[i].number;
        }
    }
    // The body runs to the author's name standing alone again (the "about the author" box) or the end.
    for (std::size_t i = bodyStart; i < article.paragraphs.size(); ++i) {
        Paragraph& paragraph = article.paragraphs[i];
        if (!article.author.empty() && paragraph.text == article.author) break;
        if (!isProse(paragraph.text) || isFootnote(paragraph.text)) continue;
        paragraph.body = true;
        paragraph.sentences = splitSentences(paragraph.text);
    }
    if (std::none_of(article.paragraphs.begin(), article.paragraphs.end(), [](const Paragraph& p) { return p.body; })) {
        read.message = "the text has no paragraph of running prose (12 words or more) to draft from";
        return read;
    }
    read.ok = true;
    return read;
}

}  // namespace retain::draft
