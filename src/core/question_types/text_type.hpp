// The text question type: a typed answer with aliases, graded leniently (typos, case).
#pragma once

#include "core/question_types/type_pieces.hpp"

namespace retain {

struct TextType;

struct TextAnswer {
    using Type = TextType;
    std::vector<std::string> accepted;  // first one is the canonical answer shown to the learner
    bool typos = true;                  // tolerate typos that grow with length
    bool caseSensitive = false;
};

struct TextType {
    static constexpr const char* kName = "text";
    static constexpr std::array<std::string_view, 4> kKeys = {"answer", "aliases", "typos", "case_sensitive"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    // Reads and validates the answer keys; nullopt after reporting every problem.
    static std::optional<TextAnswer> read(AnswerFields& fields);
    // Grades answer (indices in the question's own order).
    static GradeResult grade(const Question& question, const TextAnswer& spec, const LearnerAnswer& answer);
    // Returns the right answer written out for display.
    static std::string expectedText(const TextAnswer& spec);
    // Fills out from a typed line whose positions refer to shown (the answer as shown).
    static void readTyped(const TextAnswer& shown, std::string_view line, LearnerAnswer& out);
    // Returns the options and the "how to answer" line of a plain-text question.
    static TypedPrompt typedPrompt(const TextAnswer& shown);
    // Sets the shown order of this type's options in order, drawing from random.
    static void shuffle(const TextAnswer& spec, SplitMix64& random, ShownOrder& order);
    // Rearranges shown (a copy of the question's answer) to order.
    static void arrange(TextAnswer& shown, const ShownOrder& order);
    // Returns answer in the bank's own texts ("" when the typed text says it all).
    static std::string inBankTerms(const TextAnswer& spec, const LearnerAnswer& answer);
    // Writes and reads the compiled-bank cache encoding.
    static void cache(ByteWriter& out, const TextAnswer& spec);
    static void cache(ByteReader& in, TextAnswer& spec);
    // Writes the answer keys into an open YAML map.
    static void writeYaml(YAML::Emitter& out, const TextAnswer& spec);
    // Returns the question as GIFT items.
    static std::string writeGift(const Question& question, const TextAnswer& spec);
    // Returns what an Anki card's front adds under the prompt (HTML).
    static std::string ankiFront(const TextAnswer& spec);
};

}  // namespace retain
