#include "core/draft/prompt_context.hpp"

#include <array>
#include <string_view>

#include "core/calendar/calendar_date.hpp"
#include "core/draft/words.hpp"

namespace retain::draft {

namespace {

// Replaces every whole-word occurrence of from (matched case-insensitively on ASCII) by to.
std::string replaceWords(const std::string& text, std::string_view from, const std::string& to) {
    std::string out;
    const std::string lower = lowerAscii(text);
    std::size_t at = 0;
    while (true) {
        const std::size_t hit = lower.find(from, at);
        const bool startsWord = hit != std::string::npos && (hit == 0 || lower[hit - 1] == ' ');
        const std::size_t end = hit == std::string::npos ? hit : hit + from.size();
        const bool endsWord = end != std::string::npos && (end == lower.size() || lower[end] == ' ' || lower[end] == '?' ||
                                                           lower[end] == ',' || lower[end] == '.');
        if (hit == std::string::npos) break;
        if (startsWord && endsWord) {
            out += text.substr(at, hit - at) + to;
        } else {
            out += text.substr(at, end - at);
        }
        at = end;
    }
    return out + text.substr(at);
}

bool hasWord(const std::string& lowerText, std::string_view word) {
    for (std::size_t at = lowerText.find(word); at != std::string::npos; at = lowerText.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        const bool starts = at == 0 || lowerText[at - 1] == ' ' || lowerText[at - 1] == '(';
        const bool ends = end == lowerText.size() || lowerText[end] == ' ' || lowerText[end] == '?' || lowerText[end] == ',' ||
                          lowerText[end] == '.';
        if (starts && ends) return true;
    }
    return false;
}

// Words whose meaning is the moment or the passage the article was written in.
constexpr std::array<std::string_view, 10> kContextWords = {"recently", "currently", "nowadays", "lately", "now",
                                                           "today", "these", "those", "this", "latter"};

}  // namespace

ArticleContext contextFromHead(const std::string& isoDate, const std::string& title) {
    ArticleContext context;
    if (isoDate.size() >= 4) {
        int year = 0;
        for (std::size_t i = 0; i < 4; ++i) year = isoDate[i] >= '0' && isoDate[i] <= '9' && year >= 0 ? year * 10 + (isoDate[i] - '0') : -1;
        context.year = year > 0 ? year : 0;
    }
    if (context.year > 0 && isoDate.size() >= 7 && isoDate[4] == '-') {
        const int month = (isoDate[5] - '0') * 10 + (isoDate[6] - '0');
        if (month >= 1 && month <= 12) context.month = dateInWords(CalendarDate{context.year, month, 0}, DatePrecision::Month);
    }
    for (const Token& token : tokenize(title)) {
        const std::string_view word = token.core;
        for (const std::string_view dash : {std::string_view("\xE2\x80\x93"), std::string_view("-")}) {
            const std::size_t at = word.find(dash);
            if (at == std::string_view::npos || at == 0 || at + dash.size() >= word.size()) continue;
            const std::string_view left = word.substr(0, at);
            const std::string_view right = word.substr(at + dash.size());
            if (isCapitalised(left) && isCapitalised(right) && context.first.empty()) {
                context.first = std::string(left);
                context.second = std::string(right);
            }
        }
    }
    return context;
}

std::optional<std::string> resolveContext(const std::string& prompt, const ArticleContext& context) {
    std::string text = prompt;
    const std::string lower = lowerAscii(text);
    const bool relativeYear = hasWord(lower, "last year") || hasWord(lower, "this year") || hasWord(lower, "next year");
    if (relativeYear && context.year == 0) return std::nullopt;
    if (relativeYear) {
        text = replaceWords(text, "in the last year", "in " + std::to_string(context.year - 1));
        text = replaceWords(text, "last year", "in " + std::to_string(context.year - 1));
        text = replaceWords(text, "this year", "in " + std::to_string(context.year));
        text = replaceWords(text, "next year", "in " + std::to_string(context.year + 1));
        text = replaceWords(text, "in in", "in");
    }
    if (!context.first.empty()) {
        const std::string both = context.first + " and " + context.second;
        text = replaceWords(text, "the two countries", both);
        text = replaceWords(text, "the countries", both);
        text = replaceWords(text, "both countries", both);
        text = replaceWords(text, "the two countries\xE2\x80\x99 leaders", "the leaders of " + both);
        for (const std::string_view who : {"leaders", "governments", "sides", "parties", "delegations", "ministers", "presidents"}) {
            text = replaceWords(text, "the two " + std::string(who), "the " + std::string(who) + " of " + both);
        }
    }
    const std::string resolved = lowerAscii(text);
    for (const std::string_view word : kContextWords) {
        if (hasWord(resolved, word)) return std::nullopt;
    }
    if (hasWord(resolved, "the two") || hasWord(resolved, "last year") || hasWord(resolved, "this year")) return std::nullopt;
    // "How many projects had the platform already financed?" has another answer next year.
    if (hasWord(resolved, "already") && text.find("according to the article") == std::string::npos) {
        if (context.month.empty() || text.empty() || text.back() != '?') return std::nullopt;
        text.insert(text.size() - 1, ", according to the article of " + context.month);
    }
    return text;
}

}  // namespace retain::draft
