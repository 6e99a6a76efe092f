// The card_state table (SQL in storage_sql.hpp).
#include "core/storage/card_repository.hpp"

#include "core/storage/memory_columns.hpp"
#include "core/storage/storage_sql.hpp"

namespace retain {

namespace {

// Reads the columns of kSelectCard / kSelectCardsOfProfile after bank_id and question_id.
StoredCard readStoredCard(const sql::Statement& statement) {
    StoredCard card;
    card.memory = readMemory(statement, 2);
    card.suspended = statement.columnInt(2 + kMemoryColumnCount) != 0;
    card.buriedUntilMs = statement.columnInt(3 + kMemoryColumnCount);
    return card;
}

}  // namespace

std::map<CardKey, StoredCard> loadCards(sql::Database& db, ProfileId profile) {
    sql::Statement select(db, storage_sql::kSelectCardsOfProfile);
    select.bind(1, profile);
    std::map<CardKey, StoredCard> cards;
    while (select.step()) cards.emplace(CardKey{select.columnText(0), select.columnText(1)}, readStoredCard(select));
    return cards;
}

std::optional<StoredCard> loadCard(sql::Database& db, ProfileId profile, const CardKey& key) {
    sql::Statement select(db, storage_sql::kSelectCard);
    select.bind(1, profile).bind(2, key.bankId).bind(3, key.questionId);
    if (!select.step()) return std::nullopt;
    return readStoredCard(select);
}

void saveCard(sql::Database& db, ProfileId profile, const CardKey& key, const StoredCard& card) {
    sql::Statement upsert(db, storage_sql::kUpsertCard);
    upsert.bind(1, profile).bind(2, key.bankId).bind(3, key.questionId);
    bindMemory(upsert, 4, card.memory);
    upsert.bind(4 + kMemoryColumnCount, card.suspended ? 1 : 0)
        .bind(5 + kMemoryColumnCount, static_cast<std::int64_t>(card.buriedUntilMs));
    upsert.run();
}

void deleteCard(sql::Database& db, ProfileId profile, const CardKey& key) {
    sql::Statement remove(db, storage_sql::kDeleteCard);
    remove.bind(1, profile).bind(2, key.bankId).bind(3, key.questionId);
    remove.run();
}

std::array<int, 4> countCardsByPhase(sql::Database& db, ProfileId profile) {
    sql::Statement select(db, storage_sql::kCountCardsByPhase);
    select.bind(1, profile);
    std::array<int, 4> counts{};
    while (select.step()) {
        const auto phase = select.columnInt(0);
        if (phase >= 0 && phase < 4) counts[static_cast<std::size_t>(phase)] = static_cast<int>(select.columnInt(1));
    }
    return counts;
}

}  // namespace retain
