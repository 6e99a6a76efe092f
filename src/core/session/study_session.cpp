// A study session (see study_session.hpp). Index:
// [SECTION] Building today's queue
// [SECTION] Showing, grading, rating
// [SECTION] Undo, bury, suspend
// [SECTION] Custom study
#include "core/session/study_session.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "core/session/card_actions.hpp"
#include "core/session/study_siblings.hpp"
#include "core/storage/card_repository.hpp"
#include "core/storage/review_repository.hpp"
#include "core/storage/review_writer.hpp"

namespace retain {

namespace {

// Returns the answer as stored in the log: the typed text, else the grader's reading of each part.
std::string responseText(const LearnerAnswer& answer, const GradeResult& grade) {
    if (!answer.text.empty()) return answer.text;
    std::string text;
    for (const PartFeedback& part : grade.parts) {
        if (!text.empty()) text += "; ";
        text += part.given;
    }
    return text;
}

}  // namespace

// [SECTION] Building today's queue

StudySession::StudySession(sql::Database& db, const Profile& profile, std::vector<const Bank*> banks,
                           const Scheduler& scheduler, const Clock& clock, SessionConfig config)
    : m_db(db), m_profile(profile), m_banks(std::move(banks)), m_scheduler(scheduler), m_clock(clock), m_config(std::move(config)) {
    const UnixMs now = m_clock.nowMs();
    const auto stored = loadCards(m_db, m_profile.id);
    std::set<std::string> bankIds;
    std::vector<StudyCard> cards;
    for (const Bank* bank : m_banks) {
        bankIds.insert(bank->id);
        for (const Question& question : bank->questions) {
            if (question.draft) continue;  // a drafted question is studied only once a teacher accepts it
            StudyCard card{CardKey{bank->id, question.id}, bank, &question, CardMemory{}};
            if (const auto found = stored.find(card.key); found != stored.end()) {
                if (found->second.suspended || found->second.buriedUntilMs > now) continue;
                card.memory = found->second.memory;
            }
            cards.push_back(std::move(card));
        }
    }
    // The daily limits count what these banks already did today, from the log, so a restart (or a killed
    // app) does not hand out another full set.
    const UnixMs dayStart = dayStartMs(now, m_config.rolloverHour);
    const auto answeredToday = [&](CardPhase phase) {
        const auto keys = cardsAnsweredSince(m_db, m_profile.id, phase, dayStart);
        return static_cast<int>(std::count_if(keys.begin(), keys.end(), [&](const CardKey& key) { return bankIds.count(key.bankId) > 0; }));
    };
    // Custom study given earlier today lasts the whole day.
    m_customStudy = loadCustomStudy(m_db, m_profile.id, dayNumber(now, m_config.rolloverHour));
    QueueLimits limits;
    limits.newCards = std::max(0, m_config.newPerDay + m_customStudy.extraNew - answeredToday(CardPhase::New));
    limits.reviews = std::max(0, m_config.reviewsPerDay - answeredToday(CardPhase::Review));
    QueueOrder order;
    order.newOrder = m_config.newOrder;
    order.seed = newCardSeed(m_profile.id, dayNumber(now, m_config.rolloverHour));
    order.studiedGroups = siblingGroupsAnsweredSince(dayStart, bankIds);
    m_queue = StudyQueue(std::move(cards), now, m_config.rolloverHour, limits,
                         static_cast<UnixMs>(m_config.learnAheadMinutes) * kMsPerMinute, std::move(order));
    m_queue.admitAhead(m_customStudy.reviewAheadDays);
    m_sessionId = beginStudySession(m_db, m_profile.id, now, m_config.kind);
}

std::set<std::string> StudySession::siblingGroupsAnsweredSince(UnixMs sinceMs, const std::set<std::string>& bankIds) {
    // A restart the same day keeps the siblings of what was studied earlier held back, as Anki's stored bury does.
    std::set<std::string> groups;
    for (const CardPhase phase : {CardPhase::New, CardPhase::Learning, CardPhase::Review, CardPhase::Relearning}) {
        for (const CardKey& key : cardsAnsweredSince(m_db, m_profile.id, phase, sinceMs)) {
            if (!bankIds.count(key.bankId)) continue;
            for (const Bank* bank : m_banks) {
                if (bank->id != key.bankId) continue;
                const std::string group = siblingGroupKey(bank->id, bank->find(key.questionId));
                if (!group.empty()) groups.insert(group);
            }
        }
    }
    return groups;
}

StudySession::~StudySession() {
    try {
        endStudySession(m_db, m_sessionId, m_clock.nowMs());
    } catch (const sql::StorageError&) {
        // Only the end time is lost; every answer was stored when it was rated.
    }
}

// [SECTION] Showing, grading, rating

const StudyCard* StudySession::next() {
    if (!m_current) {
        const UnixMs now = m_clock.nowMs();
        m_timer.start(now);
        m_pending.reset();
        // The queue was built from the rows at the start: a card hidden since then is passed over, and a
        // card changed since then comes out as stored.
        while ((m_current = m_queue.take(now)) && recheck(*m_current, now) == CardRecheck::Dropped) {
        }
    }
    return current();
}

CardRecheck StudySession::recheck(StudyCard& card, UnixMs nowMs) {
    const std::optional<StoredCard> stored = loadCard(m_db, m_profile.id, card.key);
    if (stored && (stored->suspended || stored->buriedUntilMs > nowMs)) return CardRecheck::Dropped;
    const CardMemory memory = stored ? stored->memory : CardMemory{};
    if (memory == card.memory) return CardRecheck::Same;
    card.memory = memory;
    return CardRecheck::Refreshed;
}

CardRecheck StudySession::recheckCurrent() {
    if (!m_current) return CardRecheck::Same;
    const CardRecheck result = recheck(*m_current, m_clock.nowMs());
    if (result == CardRecheck::Dropped) {
        m_current.reset();
        m_pending.reset();
    } else if (result == CardRecheck::Refreshed && m_pending) {
        m_pending->states = m_scheduler.nextStates(m_current->memory, m_pending->answeredMs, m_current->key.text());
    }
    return result;
}

NextStates StudySession::preview() const {
    if (!m_current) throw std::logic_error("StudySession::preview without a current card");
    return m_scheduler.nextStates(m_current->memory, m_clock.nowMs(), m_current->key.text());
}

const PendingAnswer& StudySession::grade(const LearnerAnswer& answer) {
    if (!m_current) throw std::logic_error("StudySession::grade without a current card");
    PendingAnswer pending;
    pending.answeredMs = m_clock.nowMs();
    // The time answering counts from when the card went on screen, in the clock's own milliseconds,
    // less the time it was off screen.
    pending.durationMs = m_timer.elapsedMs(pending.answeredMs);
    const double elapsedSeconds = static_cast<double>(pending.durationMs) / static_cast<double>(kMsPerSecond);
    pending.grade = gradeAnswer(*m_current->question, answer, elapsedSeconds, m_config.grading);
    pending.states = m_scheduler.nextStates(m_current->memory, pending.answeredMs, m_current->key.text());
    pending.response = responseText(answer, pending.grade);
    m_pending = std::move(pending);
    return *m_pending;
}

RatedAnswer StudySession::rate(Rating rating) {
    if (!m_current) throw std::logic_error("StudySession::rate without a current card");
    // The re-read and the write are one transaction, so no change made elsewhere slips between them.
    sql::Transaction transaction(m_db);
    const CardKey key = m_current->key;
    const CardRecheck recheck = recheckCurrent();
    if (recheck == CardRecheck::Dropped) return RatedAnswer{0, key, rating, SchedulingOutcome{}, recheck};
    ReviewRecord record;
    record.profileId = m_profile.id;
    record.card = m_current->key;
    record.sessionId = m_sessionId;
    record.rating = rating;
    record.before = m_current->memory;
    SchedulingOutcome outcome;
    TallyEntry tallied;
    tallied.tags = m_current->question->tags;
    tallied.prompt = m_current->question->prompt;
    tallied.expected = expectedAnswerText(*m_current->question);
    // A refused answer (unreadable, asked again) was never graded: rating after it is self-rating.
    if (m_pending && m_pending->grade.verdict != Verdict::Refused) {
        outcome = m_pending->states.of(rating);
        record.reviewedMs = m_pending->answeredMs;
        record.score = m_pending->grade.score;
        record.response = m_pending->response;
        record.durationMs = m_pending->durationMs;
        tallied.score = m_pending->grade.score;
        tallied.correct = m_pending->grade.correct;
    } else {
        record.reviewedMs = m_clock.nowMs();
        outcome = m_scheduler.review(m_current->memory, rating, record.reviewedMs, m_current->key.text());
        // Self-rated: the learner's own judgement is the only score there is.
        tallied.correct = rating != Rating::Again;
        tallied.score = tallied.correct ? 1.0 : 0.0;
        record.durationMs = m_timer.elapsedMs(record.reviewedMs);
    }
    tallied.durationMs = record.durationMs;
    tallied.rating = rating;
    record.after = outcome.next;

    const ReviewId reviewId = writeReview(m_db, record);
    transaction.commit();

    m_undo.push_back(UndoEntry{UndoKind::Rating, reviewId, std::nullopt, *m_current});
    StudyCard after = std::move(*m_current);
    after.memory = record.after;
    m_current.reset();
    m_pending.reset();
    if (!m_queue.requeue(std::move(after))) m_finished.insert(key);
    ++m_done;
    m_tally.add(std::move(tallied));
    return RatedAnswer{reviewId, record.card, rating, outcome, recheck};
}

RatedAnswer StudySession::submit(const LearnerAnswer& answer, std::optional<Rating> rating) {
    const PendingAnswer& pending = grade(answer);
    return rate(rating.value_or(pending.grade.suggested));
}

QueueCounts StudySession::counts() const {
    QueueCounts counts = m_queue.counts();
    if (m_current) {
        switch (m_current->memory.phase) {
            case CardPhase::New: ++counts.newCount; break;
            case CardPhase::Review: ++counts.review; break;
            case CardPhase::Learning:
            case CardPhase::Relearning: ++counts.learning; break;
        }
    }
    counts.done = m_done;
    counts.finished = static_cast<int>(m_finished.size());
    return counts;
}

// [SECTION] Undo, bury, suspend

bool StudySession::undo() {
    if (m_undo.empty()) return false;
    const UndoEntry entry = m_undo.back();
    if (entry.kind != UndoKind::Rating) {
        sql::Transaction transaction(m_db);
        if (entry.storedBefore) saveCard(m_db, m_profile.id, entry.before.key, *entry.storedBefore);
        else deleteCard(m_db, m_profile.id, entry.before.key);
        transaction.commit();
        m_undo.pop_back();
        showAgain(entry.before);
        return true;
    }
    const auto record = findReview(m_db, entry.reviewId);
    if (!record) {
        // The row is gone (removed outside this session): the answer no longer counts anywhere.
        m_undo.pop_back();
        m_tally.removeLast();
        return false;
    }
    sql::Transaction transaction(m_db);
    // A card that was new had no row before its first review: remove the row to restore exactly that.
    if (record->before == CardMemory{}) deleteCard(m_db, m_profile.id, record->card);
    else saveCard(m_db, m_profile.id, record->card, StoredCard{record->before, false, 0});
    deleteReview(m_db, entry.reviewId);
    transaction.commit();

    m_undo.pop_back();
    m_finished.erase(entry.before.key);  // not done for today any more
    showAgain(entry.before);
    --m_done;
    m_tally.removeLast();
    return true;
}

void StudySession::showAgain(const StudyCard& card) {
    m_queue.remove(card.key);
    if (m_current) m_queue.putBack(std::move(*m_current));
    m_current = card;
    m_timer.start(m_clock.nowMs());
    m_pending.reset();
}

std::optional<UndoKind> StudySession::undoable() const {
    if (m_undo.empty()) return std::nullopt;
    return m_undo.back().kind;
}

bool StudySession::bury(const CardKey& key) { return hide(key, UndoKind::Bury); }

bool StudySession::suspend(const CardKey& key) { return hide(key, UndoKind::Suspend); }

bool StudySession::hide(const CardKey& key, UndoKind kind) {
    const Bank* bank = nullptr;
    const Question* question = nullptr;
    for (const Bank* candidate : m_banks) {
        if (candidate->id != key.bankId) continue;
        if (const Question* found = candidate->find(key.questionId)) bank = candidate, question = found;
    }
    if (question == nullptr) return false;
    const UnixMs now = m_clock.nowMs();
    const CardAction action = kind == UndoKind::Suspend ? CardAction::Suspend : CardAction::Bury;
    sql::Transaction transaction(m_db);
    const std::optional<StoredCard> before = loadCard(m_db, m_profile.id, key);
    if (const auto after = cardAfterAction(before, action, now, m_config.rolloverHour)) saveCard(m_db, m_profile.id, key, *after);
    transaction.commit();

    // The card as the session knew it, so undo shows it again as it was.
    StudyCard shown{key, bank, question, before ? before->memory : CardMemory{}};
    if (m_current && m_current->key == key) shown = *m_current;
    m_undo.push_back(UndoEntry{kind, 0, before, std::move(shown)});
    m_queue.remove(key);
    if (m_current && m_current->key == key) {
        m_current.reset();
        m_pending.reset();
    }
    return true;
}

// [SECTION] Custom study

int StudySession::studyMore(const CustomStudy& more) {
    const CustomStudy extended = extendedCustomStudy(m_customStudy, more);
    saveCustomStudy(m_db, m_profile.id, dayNumber(m_clock.nowMs(), m_config.rolloverHour), extended);
    m_customStudy = extended;
    return m_queue.admitNew(std::max(0, more.extraNew)) + m_queue.admitAhead(extended.reviewAheadDays);
}

std::optional<UnixMs> StudySession::nextDueMs() const {
    const std::optional<UnixMs> learning = m_queue.nextLearningDueMs();
    const std::optional<UnixMs> held = m_queue.nextHeldMs();
    if (learning && held) return std::min(*learning, *held);
    return learning ? learning : held;
}

}  // namespace retain
