// Today's queue (see study_queue.hpp).
#include "core/session/study_queue.hpp"

#include <algorithm>

#include "core/fnv1a.hpp"
#include "core/scheduler/scheduler.hpp"
#include "core/seeded_random.hpp"
#include "core/session/study_siblings.hpp"

namespace retain {

namespace {

// How far down a list take() looks for a card that is no paragraph sibling of the last one, cards: bounded
// so a take stays cheap in a 50k-question library; a paragraph's questions are never that many.
constexpr std::size_t kSiblingLookAhead = 64;

bool isLearningPhase(CardPhase phase) { return phase == CardPhase::Learning || phase == CardPhase::Relearning; }

bool earlierDue(const StudyCard& a, const StudyCard& b) { return a.memory.dueMs < b.memory.dueMs; }

std::string groupOf(const StudyCard& card) { return siblingGroupKey(card.key.bankId, card.question); }

// Orders cards by a hash of seed and each card's key: a shuffle in which a card's place does not depend on
// the other cards, so the order of those left stays the same after some are studied.
void shuffleByKey(std::deque<StudyCard>& cards, std::uint64_t seed) {
    std::vector<std::pair<std::uint64_t, std::size_t>> ranks;
    ranks.reserve(cards.size());
    for (std::size_t i = 0; i < cards.size(); ++i) ranks.emplace_back(splitMix64Mix(seed ^ fnv1a64(cards[i].key.text())), i);
    std::sort(ranks.begin(), ranks.end());  // ties (never seen) fall back to the input order
    std::deque<StudyCard> shuffled;
    for (const auto& [rank, index] : ranks) shuffled.push_back(std::move(cards[index]));
    cards = std::move(shuffled);
}

}  // namespace

std::uint64_t newCardSeed(ProfileId profile, std::int64_t day) {
    return splitMix64Mix(static_cast<std::uint64_t>(profile) * SplitMix64::kIncrement ^ static_cast<std::uint64_t>(day));
}

std::string progressLabel(const QueueCounts& counts) {
    std::string label = std::to_string(counts.finished) + " / " + std::to_string(counts.total());
    if (counts.learning > 0) label += " \u00b7 " + std::to_string(counts.learning) + " in learning";
    return label;
}

float progressFraction(const QueueCounts& counts) {
    if (counts.total() <= 0) return 1.0f;
    return static_cast<float>(counts.finished) / static_cast<float>(counts.total());
}

UnixMs dayStartMs(UnixMs nowMs, int rolloverHour) {
    return dayNumber(nowMs, rolloverHour) * kMsPerDay + static_cast<UnixMs>(rolloverHour) * 60 * kMsPerMinute;
}

UnixMs nextDayStartMs(UnixMs nowMs, int rolloverHour) { return dayStartMs(nowMs, rolloverHour) + kMsPerDay; }

StudyQueue::StudyQueue(std::vector<StudyCard> cards, UnixMs nowMs, int rolloverHour, QueueLimits limits, UnixMs learnAheadMs,
                       QueueOrder order)
    : m_today(dayNumber(nowMs, rolloverHour)), m_rolloverHour(rolloverHour),
      m_learnAheadMs(learnAheadMs), m_studiedGroups(std::move(order.studiedGroups)) {
    std::vector<StudyCard> reviews;
    for (StudyCard& card : cards) {
        const bool dueToday = dayNumber(card.memory.dueMs, rolloverHour) <= m_today;
        const bool heldBack = !isLearningPhase(card.memory.phase) && m_studiedGroups.count(groupOf(card)) > 0;
        if (heldBack) continue;  // a sibling was studied today (a learning step is always finished)
        if (card.memory.phase == CardPhase::New) {
            m_new.push_back(std::move(card));  // cut to the limit below, after the day's order is set
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
    if (order.newOrder == NewCardOrder::Random) shuffleByKey(m_new, order.seed);
    // Over the new limit, the rest of the day's order waits (custom study may admit it).
    const auto newLimit = static_cast<std::size_t>(std::max(0, limits.newCards));
    while (m_new.size() > newLimit) {
        m_heldNew.push_front(std::move(m_new.back()));
        m_new.pop_back();
    }
}

StudyCard StudyQueue::takeApartFromLast(std::deque<StudyCard>& list) {
    std::size_t at = 0;
    if (m_last) {
        const std::size_t end = std::min(list.size(), kSiblingLookAhead);
        for (std::size_t i = 0; i < end; ++i) {
            if (!shareSourceParagraph(m_last->key.bankId, m_last->question, list[i].key.bankId, list[i].question)) {
                at = i;
                break;
            }
        }
    }
    StudyCard card = std::move(list[at]);
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(at));
    return card;
}

std::optional<StudyCard> StudyQueue::take(UnixMs nowMs) {
    auto taken = [this](StudyCard card) {
        m_last = card;
        return std::optional<StudyCard>(std::move(card));
    };
    auto takeLearning = [this] {
        StudyCard card = std::move(m_learning.front());
        m_learning.erase(m_learning.begin());
        return card;
    };
    if (!m_learning.empty() && m_learning.front().memory.dueMs <= nowMs) return taken(takeLearning());
    if (!m_review.empty()) return taken(takeApartFromLast(m_review));
    if (!m_new.empty()) return taken(takeApartFromLast(m_new));
    if (!m_learning.empty() && m_learning.front().memory.dueMs <= nowMs + m_learnAheadMs) return taken(takeLearning());
    return std::nullopt;
}

void StudyQueue::putBack(StudyCard card) {
    if (card.memory.phase == CardPhase::New) m_new.push_front(std::move(card));
    else if (isLearningPhase(card.memory.phase)) insertLearning(std::move(card));
    else m_review.push_front(std::move(card));
}

bool StudyQueue::requeue(StudyCard card) {
    holdBackGroup(groupOf(card));
    if (dayNumber(card.memory.dueMs, m_rolloverHour) > m_today) {
        // Due on a later day: held, for the next-due time and review ahead.
        const auto at = std::upper_bound(m_later.begin(), m_later.end(), card, earlierDue);
        m_later.insert(at, std::move(card));
        return false;
    }
    if (!isLearningPhase(card.memory.phase)) return false;
    insertLearning(std::move(card));
    return true;
}

void StudyQueue::insertLearning(StudyCard card) {
    // After equal due times, so a card rated twice in a row does not jump ahead of one already waiting.
    const auto at = std::upper_bound(m_learning.begin(), m_learning.end(), card, earlierDue);
    m_learning.insert(at, std::move(card));
}

void StudyQueue::holdBackGroup(const std::string& group) {
    if (group.empty()) return;
    m_studiedGroups.insert(group);
    auto inGroup = [&group](const StudyCard& card) { return groupOf(card) == group; };
    m_review.erase(std::remove_if(m_review.begin(), m_review.end(), inGroup), m_review.end());
    const std::size_t newBefore = m_new.size();
    m_new.erase(std::remove_if(m_new.begin(), m_new.end(), inGroup), m_new.end());
    m_heldNew.erase(std::remove_if(m_heldNew.begin(), m_heldNew.end(), inGroup), m_heldNew.end());
    // A held-back sibling does not use up the day's new limit: the next new card takes its seat.
    admitNew(static_cast<int>(newBefore - m_new.size()));
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
