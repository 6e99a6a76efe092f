// The matching question type: left items to pair with right items, with partial credit.
#pragma once

#include "core/question_types/type_pieces.hpp"
#include <utility>

namespace retain {

struct MatchingType;

struct MatchingAnswer {
    using Type = MatchingType;
    std::vector<std::pair<std::string, std::string>> pairs;  // left -> right, as written
};

struct MatchingType {
    static constexpr const char* kName = "matching";
    static constexpr std::array<std::string_view, 1> kKeys = {"pairs"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    // Reads and validates the answer keys; nullopt after reporting every problem.
    static std::optional<MatchingAnswer> read(AnswerFields& fields);
    // Grades answer (indices in the question's own order).
    static GradeResult grade(const Question& question, const MatchingAnswer& spec, const LearnerAnswer& answer);
    // Returns the right answer written out for display.
    static std::string expectedText(const MatchingAnswer& spec);
    // Fills out from a typed line whose positions refer to shown (the answer as shown).
    static void readTyped(const MatchingAnswer& shown, std::string_view line, LearnerAnswer& out);
    // Returns the options and the "how to answer" line of a plain-text question.
    static TypedPrompt typedPrompt(const MatchingAnswer& shown);
    // Sets the shown order of this type's options in order, drawing from random.
    static void shuffle(const MatchingAnswer& spec, SplitMix64& random, ShownOrder& order);
    // Rearranges shown (a copy of the question's answer) to order.
    static void arrange(MatchingAnswer& shown, const ShownOrder& order);
    // Returns answer in the bank's own texts ("" when the typed text says it all).
    static std::string inBankTerms(const MatchingAnswer& spec, const LearnerAnswer& answer);
    // Writes and reads the compiled-bank cache encoding.
    static void cache(ByteWriter& out, const MatchingAnswer& spec);
    static void cache(ByteReader& in, MatchingAnswer& spec);
    // Writes the answer keys into an open YAML map.
    static void writeYaml(YAML::Emitter& out, const MatchingAnswer& spec);
    // Returns the question as GIFT items.
    static std::string writeGift(const Question& question, const MatchingAnswer& spec);
    // Returns what an Anki card's front adds under the prompt (HTML).
    static std::string ankiFront(const MatchingAnswer& spec);
};

}  // namespace retain
