// The date question type: a date or a date range, to the year, the month or the day.
#pragma once

#include "core/question_types/type_pieces.hpp"
#include "core/calendar/calendar_date.hpp"

namespace retain {

struct DateType;

struct DateAnswer {
    using Type = DateType;
    CalendarDate from;
    CalendarDate to;         // equal to from unless the answer is a range
    DatePrecision precision = DatePrecision::Day;
    bool isRange() const { return !(from == to); }
};

struct DateType {
    static constexpr const char* kName = "date";
    static constexpr std::array<std::string_view, 2> kKeys = {"answer", "precision"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    // Reads and validates the answer keys; nullopt after reporting every problem.
    static std::optional<DateAnswer> read(AnswerFields& fields);
    // Grades answer (indices in the question's own order).
    static GradeResult grade(const Question& question, const DateAnswer& spec, const LearnerAnswer& answer);
    // Returns the right answer written out for display.
    static std::string expectedText(const DateAnswer& spec);
    // Fills out from a typed line whose positions refer to shown (the answer as shown).
    static void readTyped(const DateAnswer& shown, std::string_view line, LearnerAnswer& out);
    // Returns the options and the "how to answer" line of a plain-text question.
    static TypedPrompt typedPrompt(const DateAnswer& shown);
    // Sets the shown order of this type's options in order, drawing from random.
    static void shuffle(const DateAnswer& spec, SplitMix64& random, ShownOrder& order);
    // Rearranges shown (a copy of the question's answer) to order.
    static void arrange(DateAnswer& shown, const ShownOrder& order);
    // Returns answer in the bank's own texts ("" when the typed text says it all).
    static std::string inBankTerms(const DateAnswer& spec, const LearnerAnswer& answer);
    // Writes and reads the compiled-bank cache encoding.
    static void cache(ByteWriter& out, const DateAnswer& spec);
    static void cache(ByteReader& in, DateAnswer& spec);
    // Writes the answer keys into an open YAML map.
    static void writeYaml(YAML::Emitter& out, const DateAnswer& spec);
    // Returns the question as GIFT items.
    static std::string writeGift(const Question& question, const DateAnswer& spec);
    // Returns what an Anki card's front adds under the prompt (HTML).
    static std::string ankiFront(const DateAnswer& spec);
};

}  // namespace retain
