// The choice question type: one right answer among 2 to 8 choices.
#pragma once

#include "core/question_types/type_pieces.hpp"

namespace retain {

struct ChoiceType;

struct ChoiceAnswer {
    using Type = ChoiceType;
    std::vector<std::string> choices;
    int correct = 0;        // index into choices
    bool shuffle = true;    // shown in random order
};

struct ChoiceType {
    static constexpr const char* kName = "choice";
    static constexpr std::array<std::string_view, 3> kKeys = {"choices", "answer", "shuffle"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    // Reads and validates the answer keys; nullopt after reporting every problem.
    static std::optional<ChoiceAnswer> read(AnswerFields& fields);
    // Grades answer (indices in the question's own order).
    static GradeResult grade(const Question& question, const ChoiceAnswer& spec, const LearnerAnswer& answer);
    // Returns the right answer written out for display.
    static std::string expectedText(const ChoiceAnswer& spec);
    // Fills out from a typed line whose positions refer to shown (the answer as shown).
    static void readTyped(const ChoiceAnswer& shown, std::string_view line, LearnerAnswer& out);
    // Returns the options and the "how to answer" line of a plain-text question.
    static TypedPrompt typedPrompt(const ChoiceAnswer& shown);
    // Sets the shown order of this type's options in order, drawing from random.
    static void shuffle(const ChoiceAnswer& spec, SplitMix64& random, ShownOrder& order);
    // Rearranges shown (a copy of the question's answer) to order.
    static void arrange(ChoiceAnswer& shown, const ShownOrder& order);
    // Returns answer in the bank's own texts ("" when the typed text says it all).
    static std::string inBankTerms(const ChoiceAnswer& spec, const LearnerAnswer& answer);
    // Writes and reads the compiled-bank cache encoding.
    static void cache(ByteWriter& out, const ChoiceAnswer& spec);
    static void cache(ByteReader& in, ChoiceAnswer& spec);
    // Writes the answer keys into an open YAML map.
    static void writeYaml(YAML::Emitter& out, const ChoiceAnswer& spec);
    // Returns the question as GIFT items.
    static std::string writeGift(const Question& question, const ChoiceAnswer& spec);
    // Returns what an Anki card's front adds under the prompt (HTML).
    static std::string ankiFront(const ChoiceAnswer& spec);
};

}  // namespace retain
