// Today's queue of one study session, in memory (no storage, no clock: times are passed in). Three
// lists: learning/relearning cards ordered by due time, review cards due today ordered by due time (the
// most overdue first) cut to the day's remaining review limit, and new cards in the profile's order
// (shuffled for the day, or bank order), of which the day's remaining new limit may be taken. take() picks:
//   1. a learning card whose due time has come (learning steps interleave as they come due);
//   2. else the next due review;
//   3. else the next new card;
//   4. else a learning card due within the learn-ahead window (nothing else is left to do).
// What the limits or the day hold back is kept apart, so custom study (Anki's "study more new questions
// today", "review ahead") can admit it later in the session.
// Siblings (study_siblings.hpp): a review or new card of a declared sibling group already studied today
// is held back for the day (dropped from the queue, nothing stored), and of the reviews or new cards the
// first that cites no paragraph of the card taken just before is taken, so siblings never come back to back.
#pragma once

#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/bank/question.hpp"
#include "core/settings/study_settings.hpp"
#include "core/storage/records.hpp"

namespace retain {

// One question as the session sees it: where it comes from and its scheduling state.
struct StudyCard {
    CardKey key;
    const Bank* bank = nullptr;          // owned by the caller's library; outlives the session
    const Question* question = nullptr;  // inside bank
    CardMemory memory;
};

// What remains, for a progress bar; the card being shown is counted in its list.
struct QueueCounts {
    int newCount = 0;   // new cards left today (within the daily limit)
    int learning = 0;   // learning and relearning cards due today
    int review = 0;     // review cards due today (within the daily limit)
    int done = 0;       // answers rated in this session (minus undone ones)
    int finished = 0;   // questions rated in this session and done for today (no learning step left); the session fills it
    int remaining() const { return newCount + learning + review; }
    // Returns the session's questions, finished or not: a failed card is counted once, so the total never
    // grows while one studies (it shrinks when a question is buried, suspended or held back as a sibling).
    int total() const { return finished + remaining(); }
};

// What today's queue holds back: cards the daily limits cut, and cards not due today.
struct HeldCounts {
    int newCards = 0;  // new cards beyond today's new limit
    int reviews = 0;   // reviews due today beyond today's review limit
    int later = 0;     // studied cards due after today
    bool operator==(const HeldCounts&) const = default;
};
// Returns the progress bar's label: "12 / 40" (questions finished of the session's), with " · 3 in
// learning" when learning steps are waiting.
std::string progressLabel(const QueueCounts& counts);
// Returns the share of the session's questions finished, 0..1 (1 for an empty session).
float progressFraction(const QueueCounts& counts);

// How many more cards of each kind today may bring (what the daily limits leave after today's answers).
// Learning and relearning cards have no limit: a step once started is finished.
struct QueueLimits {
    int newCards = std::numeric_limits<int>::max();  // new cards still to introduce today, >= 0
    int reviews = std::numeric_limits<int>::max();   // review cards still to show today, >= 0
};

// How new cards are ordered and which sibling groups are already done today.
struct QueueOrder {
    NewCardOrder newOrder = NewCardOrder::Bank;
    std::uint64_t seed = 0;                  // the shuffle's seed (newCardSeed) when newOrder is Random
    std::set<std::string> studiedGroups;     // sibling groups (siblingGroupKey) with a card answered today
};

// Returns the seed of a profile's new-card shuffle on day (dayNumber): the same all day, so a restart
// does not reshuffle, and another one the next day.
std::uint64_t newCardSeed(ProfileId profile, std::int64_t day);

class StudyQueue {
public:
    StudyQueue() = default;
    // Sorts cards into the lists for the day holding nowMs (Unix ms); rolloverHour as in dayNumber().
    // Cards must already exclude suspended and buried ones. limits cap the new and review lists.
    // learnAheadMs: how early a learning card may be shown when nothing else is left, ms. order: the
    // new cards' order and the sibling groups whose other reviews and new cards are held back today.
    StudyQueue(std::vector<StudyCard> cards, UnixMs nowMs, int rolloverHour, QueueLimits limits, UnixMs learnAheadMs,
               QueueOrder order = {});

    // Removes and returns the next card at nowMs (see the order above), or nullopt when none is due.
    std::optional<StudyCard> take(UnixMs nowMs);
    // Puts a card back at the front of the list its phase belongs to (an unrated or undone card).
    void putBack(StudyCard card);
    // Adds a just-rated card back: a learning step due today to the learning list (returns true), a card
    // due on a later day to the held ones (review ahead may bring it); a review due today again leaves the
    // queue (false for both: done for today). The reviews and new cards of its sibling group are held back
    // for the rest of the day.
    bool requeue(StudyCard card);
    // Removes a card from every list (bury, suspend, undo); returns false when it was in none.
    bool remove(const CardKey& key);
    // Returns the counts of the lists (done is left 0; the session fills it).
    QueueCounts counts() const;
    // Returns the due time (Unix ms) of the earliest learning card, or nullopt.
    std::optional<UnixMs> nextLearningDueMs() const;
    // Returns what the limits and the day hold back.
    HeldCounts held() const;
    // Returns the earliest time (Unix ms) a held card would come by itself: the next day's start when the
    // limits cut any, else the day start of the earliest card due later (a learning card: its due time).
    std::optional<UnixMs> nextHeldMs() const;
    // Moves up to count held-back new cards (in the day's order) into today's new list; returns how many moved.
    int admitNew(int count);
    // Moves the cards due within days days after today (review ahead) into today's review list, the
    // earliest due first; returns how many moved.
    int admitAhead(int days);
    // Returns how many held cards admitAhead(days) would move.
    int countAhead(int days) const;

private:
    void insertLearning(StudyCard card);
    void holdBackGroup(const std::string& group);
    StudyCard takeApartFromLast(std::deque<StudyCard>& list);
    std::vector<StudyCard> m_learning;  // by due time, earliest first
    std::deque<StudyCard> m_review;     // by due time
    std::deque<StudyCard> m_new;        // in the day's order (shuffled or bank), at most the day's remaining new cards
    std::deque<StudyCard> m_heldNew;    // new cards beyond the limit, in the same order
    int m_heldReviews = 0;              // reviews due today cut by the review limit (they come tomorrow)
    std::vector<StudyCard> m_later;     // studied cards due after today, by due time
    std::int64_t m_today = 0;           // day number of the session (dayNumber)
    int m_rolloverHour = 0;
    UnixMs m_learnAheadMs = 0;
    std::set<std::string> m_studiedGroups;  // sibling groups done today: their other cards are held back
    std::optional<StudyCard> m_last;        // the card taken last, for keeping paragraph siblings apart
};

// Returns the Unix ms at which the day holding nowMs starts, and the next day's start, under rolloverHour.
UnixMs dayStartMs(UnixMs nowMs, int rolloverHour);
UnixMs nextDayStartMs(UnixMs nowMs, int rolloverHour);

}  // namespace retain
