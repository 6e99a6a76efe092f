#include "core/types.hpp"

namespace retain {

const char* ratingName(Rating rating) {
    switch (rating) {
        case Rating::Again: return "again";
        case Rating::Hard: return "hard";
        case Rating::Good: return "good";
        case Rating::Easy: return "easy";
    }
    return "unknown";
}

const char* cardPhaseName(CardPhase phase) {
    switch (phase) {
        case CardPhase::New: return "new";
        case CardPhase::Learning: return "learning";
        case CardPhase::Review: return "review";
        case CardPhase::Relearning: return "relearning";
    }
    return "unknown";
}

}  // namespace retain
