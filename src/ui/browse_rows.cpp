#include "ui/browse_rows.hpp"

#include <algorithm>
#include <cctype>

namespace retain::ui {

namespace {

std::string lowerAscii(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool isNew(const BrowseRow& row) { return !row.stored || row.stored->memory.phase == CardPhase::New; }

bool keptByState(const BrowseRow& row, BrowseState state, std::int64_t today, int rolloverHour) {
    const bool suspended = row.stored && row.stored->suspended;
    switch (state) {
        case BrowseState::All: return true;
        case BrowseState::New: return isNew(row) && !suspended;
        case BrowseState::Learning:
            return !suspended && row.stored &&
                   (row.stored->memory.phase == CardPhase::Learning || row.stored->memory.phase == CardPhase::Relearning);
        case BrowseState::Review: return !suspended && row.stored && row.stored->memory.phase == CardPhase::Review;
        case BrowseState::DueToday:
            return !suspended && !isNew(row) && dayNumber(row.stored->memory.dueMs, rolloverHour) <= today;
        case BrowseState::Suspended: return suspended;
    }
    return true;
}

}  // namespace

std::vector<BrowseRow> buildBrowseRows(const Library& library, const std::map<CardKey, StoredCard>& cards,
                                       const Scheduler& scheduler, UnixMs nowMs) {
    std::vector<BrowseRow> rows;
    std::size_t total = 0;
    for (const Bank& bank : library.banks) total += bank.questions.size();
    rows.reserve(total);
    for (const Bank& bank : library.banks) {
        for (const Question& question : bank.questions) {
            BrowseRow row;
            row.bank = &bank;
            row.question = &question;
            if (const auto found = cards.find(CardKey{bank.id, question.id}); found != cards.end()) {
                row.stored = found->second;
                if (found->second.memory.phase != CardPhase::New) {
                    row.retrievability = scheduler.retrievability(found->second.memory, nowMs);
                }
            }
            std::string text = question.id + "\n" + question.prompt + "\n" + expectedAnswerText(question);
            for (const std::string& tag : question.tags) text += "\n" + tag;
            row.searchText = lowerAscii(std::move(text));
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

std::vector<int> filterBrowseRows(const std::vector<BrowseRow>& rows, const BrowseFilter& filter, UnixMs nowMs,
                                  int rolloverHour) {
    const std::string needle = lowerAscii(filter.search);
    const std::int64_t today = dayNumber(nowMs, rolloverHour);
    std::vector<int> kept;
    kept.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const BrowseRow& row = rows[i];
        if (filter.type && row.question->type() != *filter.type) continue;
        if (!filter.tag.empty() &&
            std::find(row.question->tags.begin(), row.question->tags.end(), filter.tag) == row.question->tags.end()) {
            continue;
        }
        if (!keptByState(row, filter.state, today, rolloverHour)) continue;
        if (!needle.empty() && row.searchText.find(needle) == std::string::npos) continue;
        kept.push_back(static_cast<int>(i));
    }
    return kept;
}

std::string browseStateName(const BrowseRow& row, UnixMs nowMs) {
    if (row.stored && row.stored->suspended) return "suspended";
    if (row.stored && row.stored->buriedUntilMs > nowMs) return "buried";
    if (isNew(row)) return "new";
    return cardPhaseName(row.stored->memory.phase);
}

}  // namespace retain::ui
