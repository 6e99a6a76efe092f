// Periods of a year in words (see date_phrases.hpp).
#include "core/grading/date_phrases.hpp"

#include <string>
#include <vector>

#include "core/grading/typed_line.hpp"

namespace retain {

namespace {

struct Period {
    std::string_view words;  // lower case, single spaces, without "the", "of", "in"
    int firstMonth;          // 1..12
    int lastMonth;           // 1..12
};

// Every period the reader knows; the meaning of each is documented in docs/grading.md.
constexpr Period kPeriods[] = {
    {"first half", 1, 6},
    {"1st half", 1, 6},
    {"h1", 1, 6},
    {"second half", 7, 12},
    {"2nd half", 7, 12},
    {"h2", 7, 12},
    {"first quarter", 1, 3},
    {"1st quarter", 1, 3},
    {"q1", 1, 3},
    {"second quarter", 4, 6},
    {"2nd quarter", 4, 6},
    {"q2", 4, 6},
    {"third quarter", 7, 9},
    {"3rd quarter", 7, 9},
    {"q3", 7, 9},
    {"fourth quarter", 10, 12},
    {"4th quarter", 10, 12},
    {"q4", 10, 12},
    {"spring", 3, 5},
    {"summer", 6, 8},
    {"autumn", 9, 11},
    {"fall", 9, 11},
    {"early", 1, 4},
    {"beginning", 1, 4},
    {"start", 1, 4},
    {"mid", 5, 8},
    {"middle", 5, 8},
    {"late", 9, 12},
    {"end", 9, 12},
};

// The words of text, split at spaces, commas and hyphens ("mid-2018" is "mid", "2018").
std::vector<std::string> phraseWords(std::string_view text) { return splitAny(text, " ,-", true); }

bool isFiller(const std::string& word) {
    return word == "the" || word == "of" || word == "in" || word == "during";
}

}  // namespace

std::optional<ParsedDate> parseDatePhrase(std::string_view normalized) {
    std::vector<std::string> words;
    for (std::string& word : phraseWords(normalized)) {
        if (!isFiller(word)) words.push_back(std::move(word));
    }
    if (words.size() < 2) return std::nullopt;
    const std::string& yearWord = words.back();
    if (yearWord.size() != 4 || yearWord.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    std::string period;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) period += (i == 0 ? "" : " ") + words[i];
    const int year = std::stoi(yearWord);
    if (period == "winter") {
        ParsedDate out;
        out.status = DateStatus::Ambiguous;
        out.message = "a winter spans two years: give the months, e.g. December 2018 – February 2019";
        return out;
    }
    for (const Period& entry : kPeriods) {
        if (entry.words != period) continue;
        ParsedDate out;
        out.status = DateStatus::Ok;
        out.precision = DatePrecision::Month;
        out.from = CalendarDate{year, entry.firstMonth, 0};
        out.to = CalendarDate{year, entry.lastMonth, 0};
        return out;
    }
    return std::nullopt;
}

}  // namespace retain
