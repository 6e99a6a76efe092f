// Reading a typed amount: digits in the usual groupings, English number words, scale words and
// currencies ("USD 18 billion", "$18bn", "18,000,000,000", "eighteen billion", "1.8e10").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace retain {

enum class NumberStatus {
    Ok,
    Empty,        // nothing but white space
    NoNumber,     // words or symbols, but no number among them ("NaN", "dollars")
    Several,      // more than one number ("18 or 19", "18-19 billion")
    OutOfRange,   // a number that no double holds ("1e999") or that is not finite
    TooSmall,     // a number so close to zero that a double rounds it to 0 ("1e-999")
    Hexadecimal,  // a hexadecimal literal ("0x10"), which answers do not use
    Fraction,     // a fraction ("1/2", "½", "2 ¾"), which the grader does not read
    Unreadable,   // number words in an order no one writes ("five five")
};

struct ParsedNumber {
    NumberStatus status = NumberStatus::Empty;
    double value = 0.0;       // in base units, scale applied: "18 billion" -> 18e9
    double written = 0.0;     // the number before its scale word: "18 billion" -> 18
    double scale = 1.0;       // the scale word's factor (1e3, 1e6, 1e9, 1e12); 1 when none
    bool hasScale = false;    // a scale word was written
    std::string scaleWord;    // canonical scale word written ("thousand", "million", "billion", "trillion")
    std::string currency;     // ISO 4217 code of a currency written as symbol, code or word ("USD"); else empty
    std::string unit;         // the remaining words, normalised and joined by one space ("documents"); else empty
};

// Reads text as one amount. unitWords are the question's unit spellings (normalised or not): a word among
// them is always read as a unit, never as a scale word, so "5 m" stays 5 metres when "m" is the unit.
// Hedges ("about", "around", "approximately", "roughly", "circa", "~") are ignored.
ParsedNumber parseNumber(std::string_view text, const std::vector<std::string>& unitWords = {});

// Returns the ISO 4217 code for a currency spelling ("$", "us$", "dollars", "usd", "€", "yen", "roubles"),
// compared after normalisation, or an empty string when the spelling is not a known currency.
std::string currencyCode(std::string_view spelling);

}  // namespace retain
