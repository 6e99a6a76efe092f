// Helpers shared by the three schedulers (internal to src/core/scheduler).
#pragma once

#include "core/scheduler/scheduler.hpp"

namespace retain {

// Returns the outcome of a review at nowMs (Unix ms) that leaves the card as next, due intervalDays
// (fractional days allowed) later: sets next.intervalDays, next.dueMs and next.lastReviewMs.
SchedulingOutcome makeOutcome(CardMemory next, UnixMs nowMs, double intervalDays);

// Returns the phase a card enters when it is forgotten: Relearning if it had reached Review, else Learning.
CardPhase lapsePhase(CardPhase before);

}  // namespace retain
