#include "core/storage/review_writer.hpp"

#include "core/storage/card_repository.hpp"
#include "core/storage/review_repository.hpp"

namespace retain {

ReviewId writeReview(sql::Database& db, const ReviewRecord& record) {
    sql::Transaction transaction(db);
    const std::optional<StoredCard> stored = loadCard(db, record.profileId, record.card);
    saveCard(db, record.profileId, record.card, StoredCard{record.after, stored && stored->suspended, 0});
    const ReviewId id = appendReview(db, record);
    transaction.commit();
    return id;
}

}  // namespace retain
