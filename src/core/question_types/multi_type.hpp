// The multi question type: several right answers among the choices, with partial credit.
#pragma once

#include "core/question_types/type_pieces.hpp"

namespace retain {

struct MultiType;

struct MultiAnswer {
    using Type = MultiType;
    std::vector<std::string> choices;
    std::vector<int> correct;  // indices into choices, ascending
    bool shuffle = true;       // shown in random order
};

struct MultiType {
    static constexpr const char* kName = "multi";
    static constexpr std::array<std::string_view, 3> kKeys = {"choices", "answers", "shuffle"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    // Reads and validates the answer keys; nullopt after reporting every problem.
    static std::optional<MultiAnswer> read(AnswerFields& fields);
    // Grades answer (indices in the question's own order).
    static GradeResult grade(const Question& question, const MultiAnswer& spec, const LearnerAnswer& answer);
    // Returns the right answer written out for display.
    static std::string expectedText(const MultiAnswer& spec);
    // Fills out from a typed line whose positions refer to shown (the answer as shown).
    static void readTyped(const MultiAnswer& shown, std::string_view line, LearnerAnswer& out);
    // Returns the options and the "how to answer" line of a plain-text question.
    static TypedPrompt typedPrompt(const MultiAnswer& shown);
    // Sets the shown order of this type's options in order, drawing from random.
    static void shuffle(const MultiAnswer& spec, SplitMix64& random, ShownOrder& order);
    // Rearranges shown (a copy of the question's answer) to order.
    static void arrange(MultiAnswer& shown, const ShownOrder& order);
    // Returns answer in the bank's own texts ("" when the typed text says it all).
    static std::string inBankTerms(const MultiAnswer& spec, const LearnerAnswer& answer);
    // Writes and reads the compiled-bank cache encoding.
    static void cache(ByteWriter& out, const MultiAnswer& spec);
    static void cache(ByteReader& in, MultiAnswer& spec);
    // Writes the answer keys into an open YAML map.
    static void writeYaml(YAML::Emitter& out, const MultiAnswer& spec);
    // Returns the question as GIFT items.
    static std::string writeGift(const Question& question, const MultiAnswer& spec);
    // Returns what an Anki card's front adds under the prompt (HTML).
    static std::string ankiFront(const MultiAnswer& spec);
};

}  // namespace retain
