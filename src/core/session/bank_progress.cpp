// Home-screen counts of one bank (see bank_progress.hpp).
#include "core/session/bank_progress.hpp"

#include <algorithm>
#include <vector>

#include "core/session/study_queue.hpp"

namespace retain {

bool questionHasTag(const Question& question, const std::string& tag) {
    return tag.empty() || std::find(question.tags.begin(), question.tags.end(), tag) != question.tags.end();
}

BankProgress bankProgress(const Bank& bank, const std::map<CardKey, StoredCard>& cards, UnixMs nowMs,
                          int rolloverHour, const std::string& tag) {
    BankProgress progress;
    std::vector<StudyCard> studyable;
    for (const Question& question : bank.questions) {
        if (!questionHasTag(question, tag)) continue;
        if (question.draft) continue;  // a session never shows it (study_session.cpp), so it is not "new" yet
        ++progress.total;
        StudyCard card{CardKey{bank.id, question.id}, &bank, &question, CardMemory{}};
        if (const auto found = cards.find(card.key); found != cards.end()) {
            if (found->second.suspended || found->second.buriedUntilMs > nowMs) {
                ++progress.hidden;
                continue;
            }
            card.memory = found->second.memory;
        }
        if (card.memory.phase == CardPhase::Review) ++progress.learned;
        studyable.push_back(std::move(card));
    }
    // The queue sorts the cards exactly as a session would; no daily limits and no learn-ahead here.
    const QueueCounts counts =
        StudyQueue(std::move(studyable), nowMs, rolloverHour, QueueLimits{}, 0).counts();
    progress.due = counts.learning + counts.review;
    progress.newCount = counts.newCount;
    return progress;
}

int countNewQuestions(const std::vector<const Bank*>& banks, const std::map<CardKey, StoredCard>& cards, UnixMs nowMs,
                      int rolloverHour) {
    int count = 0;
    for (const Bank* bank : banks) count += bankProgress(*bank, cards, nowMs, rolloverHour).newCount;
    return count;
}

}  // namespace retain
