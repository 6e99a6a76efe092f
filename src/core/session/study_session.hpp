// One sitting of study for a profile over a set of banks: today's queue, grading, scheduling and
// storing, Anki style in two steps. grade() marks the answer and computes the outcome of each rating
// (nothing is stored yet); rate() applies the learner's chosen rating and stores the card state and the
// review-log row in ONE transaction. undo() takes the last rating, bury or suspend back in one
// transaction. studyMore() is today's custom study. Time comes from the Clock; every stored time is Unix ms.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/grading/grader.hpp"
#include "core/scheduler/scheduler.hpp"
#include "core/session/answer_timer.hpp"
#include "core/session/custom_study.hpp"
#include "core/session/session_tally.hpp"
#include "core/session/study_queue.hpp"
#include "core/settings/study_settings.hpp"
#include "core/storage/records.hpp"
#include "core/storage/sqlite_db.hpp"

namespace retain {

struct SessionConfig {
    int newPerDay = kDefaultNewPerDay;          // new cards introduced per day over the session's banks
    int reviewsPerDay = kDefaultReviewsPerDay;  // review cards shown per day over the session's banks
    int learnAheadMinutes = 20;    // a learning card may come this early when nothing else is due, minutes
    int rolloverHour = 0;          // a new day starts this many hours after UTC midnight (as the scheduler's)
    NewCardOrder newOrder = kDefaultNewOrder;  // new cards shuffled for the day (seeded by profile and day) or in bank order
    std::string kind = "window";   // study_sessions.kind: "window" or "terminal"
    GradingOptions grading;
};

// The result of grade(): the verdict and what each rating would do. Nothing is stored yet.
struct PendingAnswer {
    GradeResult grade;
    NextStates states;          // computed at answeredMs
    UnixMs answeredMs = 0;      // Unix ms
    std::string response;       // stored as review_log.response
    std::int64_t durationMs = 0;  // from the card going on screen to the answer, ms
};

// What undo() would take back.
enum class UndoKind { Rating, Bury, Suspend };

// What the session found when it re-read a card's row before showing or rating it. The database is the
// truth: Browse (or another window) may have changed the card since the session read it.
enum class CardRecheck {
    Same,       // as the session holds it
    Refreshed,  // its memory changed (forgotten, answered elsewhere): the session took the stored one
    Dropped,    // suspended, or buried past now: the card left the session and nothing was stored
};

// The result of rate().
struct RatedAnswer {
    ReviewId reviewId = 0;      // 0 when nothing was stored (recheck == Dropped)
    CardKey card;
    Rating rating = Rating::Good;
    SchedulingOutcome outcome;  // the card's new state and due time
    CardRecheck recheck = CardRecheck::Same;  // Refreshed: the rating was applied to the stored state
};

class StudySession {
public:
    // Builds today's queue for profile over banks (which must outlive the session) and starts a
    // study_sessions row. Throws sql::StorageError when the database cannot be read or written.
    StudySession(sql::Database& db, const Profile& profile, std::vector<const Bank*> banks, const Scheduler& scheduler,
                 const Clock& clock, SessionConfig config = {});
    StudySession(const StudySession&) = delete;
    StudySession& operator=(const StudySession&) = delete;
    // Ends the session row (best effort: a failure here loses nothing but the end time).
    ~StudySession();

    // Returns the card to show: the current one if it is not rated yet, else the next from the queue
    // with its state as stored now (a card suspended or buried since the queue was built is skipped);
    // nullptr when nothing is due now. The pointer stays valid until the card is rated, buried,
    // suspended or undone.
    const StudyCard* next();
    // Returns the card being shown, or nullptr.
    const StudyCard* current() const { return m_current ? &*m_current : nullptr; }
    // Records that the current card went on screen now: the answer's time (graded or self-rated) counts
    // from here (next() sets it too; a front end that shows the card later calls this when it does).
    void markShown() { m_timer.start(m_clock.nowMs()); }
    // Returns when the current card went on screen (next() or markShown()), Unix ms.
    UnixMs shownMs() const { return m_timer.startedMs(); }
    // Stops counting the answer time now: the card left the screen (another tab is in front).
    void pauseAnswerTime() { m_timer.pause(m_clock.nowMs()); }
    // Counts the answer time on from now: the card is back on screen.
    void resumeAnswerTime() { m_timer.resume(m_clock.nowMs()); }
    // Returns the time spent on the current card so far, ms: on screen since shownMs(), pauses left out.
    std::int64_t answerElapsedMs() const { return m_timer.elapsedMs(m_clock.nowMs()); }
    // Returns the outcome of each rating for the current card at the clock's now (for button labels).
    // Requires a current card.
    NextStates preview() const;

    // Grades answer for the current card, timed from shownMs() to the clock's now (the suggested rating
    // reads the time). Stores nothing; a second call replaces the first. Requires a current card.
    const PendingAnswer& grade(const LearnerAnswer& answer);
    // Returns the graded answer waiting for a rating, or nullptr.
    const PendingAnswer* pending() const { return m_pending ? &*m_pending : nullptr; }
    // Applies rating to the current card (the outcome computed by grade(), or computed now when the
    // learner rated without an answer) and stores card state + review-log row in one transaction, which
    // first re-reads the card (recheckCurrent): a changed card is rated from its stored state, a hidden one
    // dropped with nothing stored. Requires a current card. Throws sql::StorageError (and changes nothing)
    // when the write fails.
    RatedAnswer rate(Rating rating);
    // Re-reads the current card's row: a card suspended or buried meanwhile leaves the session (current()
    // becomes nullptr); a changed memory replaces the session's copy and a pending grade's outcomes are
    // computed again from it. Front ends call it when they learn that card states changed.
    CardRecheck recheckCurrent();
    // grade() then rate(): with rating, or else the grader's suggestion.
    RatedAnswer submit(const LearnerAnswer& answer, std::optional<Rating> rating = std::nullopt);

    // Takes back the last rating, bury or suspend of this session: the card state before it is restored
    // (and a rating's log row removed) in one transaction; the card becomes the current one again. False
    // when nothing to undo.
    bool undo();
    // Returns what undo() would take back, or nullopt when nothing.
    std::optional<UndoKind> undoable() const;
    // Hides a card of the session until the next day starts (stored; undo() takes it back). False when
    // it is not in the session.
    bool bury(const CardKey& key);
    // Hides a card until unsuspended (stored; undo() takes it back). False when it is not in the session.
    bool suspend(const CardKey& key);

    // Custom study for today (Anki's): adds more.extraNew new questions to today's limit and brings the
    // reviews due within more.reviewAheadDays days; stored for the day, so a session started later today
    // gets it too. Returns how many questions joined the queue. Throws sql::StorageError, changing
    // nothing, when the write fails.
    int studyMore(const CustomStudy& more);
    // Returns today's custom study so far.
    const CustomStudy& customStudy() const { return m_customStudy; }
    // Returns what today's limits and the day hold back from the queue.
    HeldCounts held() const { return m_queue.held(); }
    // Returns how many questions studyMore with reviewAheadDays = days would bring.
    int reviewAheadCount(int days) const { return m_queue.countAhead(days); }
    // Returns when the session would next have something to show without custom study (a learning step,
    // the next day's limits, a review's day), Unix ms; nullopt when nothing is studied in its banks.
    std::optional<UnixMs> nextDueMs() const;

    // Returns what is left today and how many answers were rated.
    QueueCounts counts() const;
    // Returns the rated answers of this session (undone ones removed), for the end-of-session summary.
    const SessionTally& tally() const { return m_tally; }
    // Returns the due time (Unix ms) of the next learning card waiting beyond the learn-ahead window.
    std::optional<UnixMs> nextLearningDueMs() const { return m_queue.nextLearningDueMs(); }
    SessionId id() const { return m_sessionId; }
    const Profile& profile() const { return m_profile; }
    const SessionConfig& config() const { return m_config; }

private:
    struct UndoEntry {
        UndoKind kind = UndoKind::Rating;
        ReviewId reviewId = 0;                 // a rating's log row
        std::optional<StoredCard> storedBefore;  // a bury's or suspend's row before it (nullopt: none)
        StudyCard before;                      // the card as it was shown
    };
    bool hide(const CardKey& key, UndoKind kind);
    // Brings card up to its stored row at nowMs (Unix ms) and says what changed; Dropped leaves card as it was.
    CardRecheck recheck(StudyCard& card, UnixMs nowMs);
    void showAgain(const StudyCard& card);
    // Returns the sibling groups (siblingGroupKey) of the cards of bankIds answered since sinceMs (Unix ms).
    std::set<std::string> siblingGroupsAnsweredSince(UnixMs sinceMs, const std::set<std::string>& bankIds);

    sql::Database& m_db;
    Profile m_profile;
    std::vector<const Bank*> m_banks;
    const Scheduler& m_scheduler;
    const Clock& m_clock;
    SessionConfig m_config;
    SessionId m_sessionId = 0;
    StudyQueue m_queue;
    std::optional<StudyCard> m_current;
    std::optional<PendingAnswer> m_pending;
    std::vector<UndoEntry> m_undo;
    int m_done = 0;
    CustomStudy m_customStudy;  // today's, as stored
    std::set<CardKey> m_finished;  // cards rated in this session with nothing left today (for the progress total)
    AnswerTimer m_timer;  // the current card's answer time: from next() or markShown(), pauses left out
    SessionTally m_tally;
};

}  // namespace retain
