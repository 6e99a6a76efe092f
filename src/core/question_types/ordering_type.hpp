// The ordering question type: items to put in their right order, with partial credit.
#pragma once

#include "core/question_types/type_pieces.hpp"

namespace retain {

struct OrderingType;

struct OrderingAnswer {
    using Type = OrderingType;
    std::vector<std::string> items;  // in the right order
};

struct OrderingType {
    static constexpr const char* kName = "ordering";
    static constexpr std::array<std::string_view, 1> kKeys = {"items"};
    static constexpr const char* kDefaultPrompt = nullptr;  // a prompt is required

    // Reads and validates the answer keys; nullopt after reporting every problem.
    static std::optional<OrderingAnswer> read(AnswerFields& fields);
    // Grades answer (indices in the question's own order).
    static GradeResult grade(const Question& question, const OrderingAnswer& spec, const LearnerAnswer& answer);
    // Returns the right answer written out for display.
    static std::string expectedText(const OrderingAnswer& spec);
    // Fills out from a typed line whose positions refer to shown (the answer as shown).
    static void readTyped(const OrderingAnswer& shown, std::string_view line, LearnerAnswer& out);
    // Returns the options and the "how to answer" line of a plain-text question.
    static TypedPrompt typedPrompt(const OrderingAnswer& shown);
    // Sets the shown order of this type's options in order, drawing from random.
    static void shuffle(const OrderingAnswer& spec, SplitMix64& random, ShownOrder& order);
    // Rearranges shown (a copy of the question's answer) to order.
    static void arrange(OrderingAnswer& shown, const ShownOrder& order);
    // Returns answer in the bank's own texts ("" when the typed text says it all).
    static std::string inBankTerms(const OrderingAnswer& spec, const LearnerAnswer& answer);
    // Writes and reads the compiled-bank cache encoding.
    static void cache(ByteWriter& out, const OrderingAnswer& spec);
    static void cache(ByteReader& in, OrderingAnswer& spec);
    // Writes the answer keys into an open YAML map.
    static void writeYaml(YAML::Emitter& out, const OrderingAnswer& spec);
    // Returns the question as GIFT items.
    static std::string writeGift(const Question& question, const OrderingAnswer& spec);
    // Returns what an Anki card's front adds under the prompt (HTML).
    static std::string ankiFront(const OrderingAnswer& spec);
};

}  // namespace retain
