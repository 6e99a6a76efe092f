// Card actions (see card_actions.hpp).
#include "core/session/card_actions.hpp"

#include "core/session/study_backend.hpp"
#include "core/session/study_queue.hpp"
#include "core/storage/card_repository.hpp"

namespace retain {

std::optional<StoredCard> cardAfterAction(const std::optional<StoredCard>& before, CardAction action, UnixMs nowMs,
                                          int rolloverHour) {
    StoredCard card = before.value_or(StoredCard{});
    switch (action) {
        case CardAction::Suspend: card.suspended = true; break;
        case CardAction::Unsuspend: card.suspended = false; break;
        case CardAction::Bury: card.buriedUntilMs = nextDayStartMs(nowMs, rolloverHour); break;
        case CardAction::Unbury: card.buriedUntilMs = 0; break;
        // As Anki's Forget: the memory starts over; a suspension stays (a separate choice of the learner).
        case CardAction::Forget: card.memory = CardMemory{}; card.buriedUntilMs = 0; break;
    }
    if (card == StoredCard{}) return std::nullopt;
    return card;
}

int applyCardAction(sql::Database& db, ProfileId profile, const std::vector<CardKey>& keys, CardAction action,
                    UnixMs nowMs, int rolloverHour) {
    int changed = 0;
    sql::Transaction transaction(db);
    for (const CardKey& key : keys) {
        const std::optional<StoredCard> before = loadCard(db, profile, key);
        const std::optional<StoredCard> after = cardAfterAction(before, action, nowMs, rolloverHour);
        if (after == before) continue;
        if (after) saveCard(db, profile, key, *after);
        else deleteCard(db, profile, key);
        ++changed;
    }
    transaction.commit();
    return changed;
}

int applyCardAction(StudyBackend& study, const std::vector<CardKey>& keys, CardAction action) {
    const int changed = applyCardAction(study.db(), study.profile().id, keys, action, study.clock().nowMs(),
                                        study.sessionConfig().rolloverHour);
    if (changed > 0) study.markChanged();
    return changed;
}

}  // namespace retain
