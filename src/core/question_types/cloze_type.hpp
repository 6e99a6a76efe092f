// The cloze question type: prose with gaps to fill, each gap with its accepted answers.
#pragma once

#include "core/question_types/type_pieces.hpp"

namespace retain {

struct ClozeType;

// A gap in a cloze text.
struct ClozeGap {
    std::vector<std::string> accepted;  // first one is canonical
};

struct ClozeAnswer {
    using Type = ClozeType;
    std::string text;            // the prose with each gap replaced by "{{N}}" (N = 0-based gap index)
    std::vector<ClozeGap> gaps;  // the accepted answers of each gap
};

struct ClozeType {
    static constexpr const char* kName = "cloze";
    static constexpr std::array<std::string_view, 1> kKeys = {"text"};
    static constexpr const char* kDefaultPrompt = "Fill in the gaps.";  // the prose is the question

    // Reads and validates the answer keys; nullopt after reporting every problem.
    static std::optional<ClozeAnswer> read(AnswerFields& fields);
    // Grades answer (indices in the question's own order).
    static GradeResult grade(const Question& question, const ClozeAnswer& spec, const LearnerAnswer& answer);
    // Returns the right answer written out for display.
    static std::string expectedText(const ClozeAnswer& spec);
    // Fills out from a typed line whose positions refer to shown (the answer as shown).
    static void readTyped(const ClozeAnswer& shown, std::string_view line, LearnerAnswer& out);
    // Returns the options and the "how to answer" line of a plain-text question.
    static TypedPrompt typedPrompt(const ClozeAnswer& shown);
    // Sets the shown order of this type's options in order, drawing from random.
    static void shuffle(const ClozeAnswer& spec, SplitMix64& random, ShownOrder& order);
    // Rearranges shown (a copy of the question's answer) to order.
    static void arrange(ClozeAnswer& shown, const ShownOrder& order);
    // Returns answer in the bank's own texts ("" when the typed text says it all).
    static std::string inBankTerms(const ClozeAnswer& spec, const LearnerAnswer& answer);
    // Writes and reads the compiled-bank cache encoding.
    static void cache(ByteWriter& out, const ClozeAnswer& spec);
    static void cache(ByteReader& in, ClozeAnswer& spec);
    // Writes the answer keys into an open YAML map.
    static void writeYaml(YAML::Emitter& out, const ClozeAnswer& spec);
    // Returns the question as GIFT items.
    static std::string writeGift(const Question& question, const ClozeAnswer& spec);
    // Returns what an Anki card's front adds under the prompt (HTML).
    static std::string ankiFront(const ClozeAnswer& spec);
};

// Parses a cloze text with gaps written "{{answer|other accepted answer}}". On success fills out (text with
// "{{N}}" markers, gaps in order); on failure returns false with a message for the teacher.
bool parseClozeText(std::string_view text, ClozeAnswer& out, std::string& message);

// The prose of a cloze cut at its gap markers: before[k] stands before the k-th marker in text order,
// which is gap gaps[k]; tail follows the last one. Markers that name no gap stay in the prose as written.
struct ClozePieces {
    std::vector<std::string> before;
    std::vector<std::size_t> gaps;
    std::string tail;
};
// Returns cloze's prose cut at its markers.
ClozePieces splitClozeText(const ClozeAnswer& cloze);
// Returns the prose with the k-th marker replaced by fill(k, gap index).
template <typename Fill>
std::string joinClozeText(const ClozePieces& pieces, Fill&& fill) {
    std::string out;
    for (std::size_t k = 0; k < pieces.gaps.size(); ++k) out += pieces.before[k] + fill(k, pieces.gaps[k]);
    return out + pieces.tail;
}

}  // namespace retain
