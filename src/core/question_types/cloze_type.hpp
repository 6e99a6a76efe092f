// The cloze question type: prose with gaps to fill, each gap with its accepted answers.
#pragma once

#include "core/question_types/type_pieces.hpp"

namespace retain {

// A gap in a cloze text.
struct ClozeGap {
    std::vector<std::string> accepted;  // first one is canonical
};

struct ClozeAnswer {
    static constexpr const char* kName = "cloze";
    static constexpr std::array<std::string_view, 2> kKeys = {"text", "allow_extra"};
    static constexpr const char* kDefaultPrompt = "Fill in the gaps.";  // the prose is the question

    std::string text;            // the prose with each gap replaced by "{{N}}" (N = 0-based gap index)
    std::vector<ClozeGap> gaps;  // the accepted answers of each gap
    std::vector<std::string> allowExtra = {};  // qualifiers any gap's answer may carry at either end
};

// The pieces of the cloze type, defined in cloze_type.cpp (see type_pieces.hpp).
RETAIN_QUESTION_TYPE_PIECES(ClozeAnswer);
using ClozeType = QuestionTypeOf<ClozeAnswer>;

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
