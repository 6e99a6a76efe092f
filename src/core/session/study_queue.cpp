// Today's queue (see study_queue.hpp).
#include "core/session/study_queue.hpp"

#include <algorithm>

#include "core/scheduler/scheduler.hpp"

namespace retain {

namespace {

bool isLearningPhase(CardPhase phase) { return phase == CardPhase::Learning || phase == CardPhase::Relearning; }

bool earlierDue(const StudyCard& a, const StudyCard& b) { return a.memory.dueMs < b.memory.dueMs; }

}  // namespace

UnixMs dayStartMs(UnixMs nowMs, int rolloverHour) {
    return dayNumber(nowMs, rolloverHour) * kMsPerDay + static_cast<UnixMs>(rolloverHour) * 60 * kMsPerMinute;
}

UnixMs nextDayStartMs(UnixMs nowMs, int rolloverHour) { return dayStartMs(nowMs, rolloverHour) + kMsPerDay; }

StudyQueue::StudyQueue(std::vector<StudyCard> cards, UnixMs nowMs, int rolloverHour, QueueLimits limits, UnixMs learnAheadMs)
    : m_today(dayNumber(nowMs, rolloverHour)), m_rolloverHour(rolloverHour), m_learnAheadMs(learnAheadMs) {
    std::vector<StudyCard> reviews;
    for (StudyCard& card : cards) {
        const bool dueToday = dayNumber(card.memory.dueMs, rolloverHour) <= m_today;
        if (card.memory.phase == CardPhase::New) {
            if (static_cast<int>(m_new.size()) < limits.newCards) m_new.push_back(std::move(card));
            else m_heldNew.push_back(std::move(card));
        } else if (!dueToday) {
            m_later.push_back(std::move(card));
        } else if (isLearningPhase(card.memory.phase)) {
            m_learning.push_back(std::move(card));
        } else {
            reviews.push_back(std::move(card));
        }
    }
    std::stable_sort(m_learning.begin(), m_learning.end(), earlierDue);
    std::stable_sort(reviews.begin(), reviews.end(), earlierDue);
    std::stable_sort(m_later.begin(), m_later.end(), earlierDue);
    // Over the limit, the most overdue reviews are kept: they are the likeliest to be forgotten.
    const auto reviewLimit = static_cast<std::size_t>(std::max(0, limits.reviews));
    if (reviews.size() > reviewLimit) {
        m_heldReviews = static_cast<int>(reviews.size() - reviewLimit);
        reviews.resize(reviewLimit);
    }
    m_review.assign(std::make_move_iterator(reviews.begin()), std::make_move_iterator(reviews.end()));
}

std::optional<StudyCard> StudyQueue::take(UnixMs nowMs) {
    auto takeLearning = [this] {
        StudyCard card = std::move(m_learning.front());
        m_learning.erase(m_learning.begin());
        return card;
    };
    if (!m_learning.empty() && m_learning.front().memory.dueMs <= nowMs) return takeLearning();
    if (!m_review.empty()) {
        StudyCard card = std::move(m_review.front());
        m_review.pop_front();
        return card;
    }
    if (!m_new.empty()) {
        StudyCard card = std::move(m_new.front());
        m_new.pop_front();
        return card;
    }
    if (!m_learning.empty() && m_learning.front().memory.dueMs <= nowMs + m_learnAheadMs) return takeLearning();
    return std::nullopt;
}

void StudyQueue::putBack(StudyCard card) {
    if (card.memory.phase == CardPhase::New) m_new.push_front(std::move(card));
    else if (isLearningPhase(card.memory.phase)) insertLearning(std::move(card));
    else m_review.push_front(std::move(card));
}

void StudyQueue::requeue(StudyCard card) {
    if (dayNumber(card.memory.dueMs, m_rolloverHour) > m_today) {
        // Due on a later day: held, for the next-due time and review ahead.
        const auto at = std::upper_bound(m_later.begin(), m_later.end(), card, earlierDue);
        m_later.insert(at, std::move(card));
        return;
    }
    if (isLearningPhase(card.memory.phase)) insertLearning(std::move(card));
}

void StudyQueue::insertLearning(StudyCard card) {
    // After equal due times, so a card rated twice in a row does not jump ahead of one already waiting.
    const auto at = std::upper_bound(m_learning.begin(), m_learning.end(), card, earlierDue);
    m_learning.insert(at, std::move(card));
}

bool StudyQueue::remove(const CardKey& key) {
    auto matches = [&key](const StudyCard& card) { return card.key == key; };
    bool removed = false;
    auto eraseFrom = [&](auto& list) {
        const auto before = list.size();
        list.erase(std::remove_if(list.begin(), list.end(), matches), list.end());
        removed = removed || list.size() != before;
    };
    eraseFrom(m_learning);
    eraseFrom(m_review);
    eraseFrom(m_new);
    eraseFrom(m_heldNew);
    eraseFrom(m_later);
    return removed;
}

QueueCounts StudyQueue::counts() const {
    QueueCounts counts;
    counts.newCount = static_cast<int>(m_new.size());
    counts.learning = static_cast<int>(m_learning.size());
    counts.review = static_cast<int>(m_review.size());
    return counts;
}

std::optional<UnixMs> StudyQueue::nextLearningDueMs() const {
    if (m_learning.empty()) return std::nullopt;
    return m_learning.front().memory.dueMs;
}


HeldCounts StudyQueue::held() const {
    return HeldCounts{static_cast<int>(m_heldNew.size()), m_heldReviews, static_cast<int>(m_later.size())};
}

std::optional<UnixMs> StudyQueue::nextHeldMs() const {
    const UnixMs dayStart = static_cast<UnixMs>(m_today) * kMsPerDay + static_cast<UnixMs>(m_rolloverHour) * 60 * kMsPerMinute;
    if (!m_heldNew.empty() || m_heldReviews > 0) return dayStart + kMsPerDay;
    std::optional<UnixMs> earliest;
    for (const StudyCard& card : m_later) {
        // A review comes with its day; a learning step (a day or more long) at its own time.
        const UnixMs comes = isLearningPhase(card.memory.phase) ? card.memory.dueMs : dayStartMs(card.memory.dueMs, m_rolloverHour);
        if (!earliest || comes < *earliest) earliest = comes;
    }
    return earliest;
}

int StudyQueue::admitNew(int count) {
    int moved = 0;
    while (moved < count && !m_heldNew.empty()) {
        m_new.push_back(std::move(m_heldNew.front()));
        m_heldNew.pop_front();
        ++moved;
    }
    return moved;
}

int StudyQueue::countAhead(int days) const {
    return static_cast<int>(std::count_if(m_later.begin(), m_later.end(), [&](const StudyCard& card) {
        return dayNumber(card.memory.dueMs, m_rolloverHour) <= m_today + days;
    }));
}

int StudyQueue::admitAhead(int days) {
    // m_later is by due time, so the cards due within the window are its front.
    const auto end = std::find_if(m_later.begin(), m_later.end(), [&](const StudyCard& card) {
        return dayNumber(card.memory.dueMs, m_rolloverHour) > m_today + days;
    });
    const int moved = static_cast<int>(end - m_later.begin());
    for (auto it = m_later.begin(); it != end; ++it) m_review.push_back(std::move(*it));
    m_later.erase(m_later.begin(), end);
    return moved;
}

}  // namespace retain
