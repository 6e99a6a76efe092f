// The numeric question type: a number with an optional unit or currency and a tolerance.
#pragma once

#include "core/question_types/type_pieces.hpp"

namespace retain {

struct NumericType;

struct NumericAnswer {
    using Type = NumericType;
    double value = 0.0;                    // in base units (18 billion is 18e9, not 18)
    std::string unit;                      // canonical unit or currency, e.g. "USD", "documents"; empty = none
    std::vector<std::string> unitAliases;  // other accepted spellings of the unit
    double absoluteTolerance = 0.0;        // accepted |given - value|, base units
    double relativeTolerance = 0.0;        // accepted |given - value| / |value|
};

struct NumericType {
    static constexpr const char* kName = "numeric";
    static constexpr std::array<std::string_view, 5> kKeys = {"answer", "unit", "unit_aliases", "tolerance", "relative_tolerance"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    // Reads and validates the answer keys; nullopt after reporting every problem.
    static std::optional<NumericAnswer> read(AnswerFields& fields);
    // Grades answer (indices in the question's own order).
    static GradeResult grade(const Question& question, const NumericAnswer& spec, const LearnerAnswer& answer);
    // Returns the right answer written out for display.
    static std::string expectedText(const NumericAnswer& spec);
    // Fills out from a typed line whose positions refer to shown (the answer as shown).
    static void readTyped(const NumericAnswer& shown, std::string_view line, LearnerAnswer& out);
    // Returns the options and the "how to answer" line of a plain-text question.
    static TypedPrompt typedPrompt(const NumericAnswer& shown);
    // Sets the shown order of this type's options in order, drawing from random.
    static void shuffle(const NumericAnswer& spec, SplitMix64& random, ShownOrder& order);
    // Rearranges shown (a copy of the question's answer) to order.
    static void arrange(NumericAnswer& shown, const ShownOrder& order);
    // Returns answer in the bank's own texts ("" when the typed text says it all).
    static std::string inBankTerms(const NumericAnswer& spec, const LearnerAnswer& answer);
    // Writes and reads the compiled-bank cache encoding.
    static void cache(ByteWriter& out, const NumericAnswer& spec);
    static void cache(ByteReader& in, NumericAnswer& spec);
    // Writes the answer keys into an open YAML map.
    static void writeYaml(YAML::Emitter& out, const NumericAnswer& spec);
    // Returns the question as GIFT items.
    static std::string writeGift(const Question& question, const NumericAnswer& spec);
    // Returns what an Anki card's front adds under the prompt (HTML).
    static std::string ankiFront(const NumericAnswer& spec);
};

}  // namespace retain
