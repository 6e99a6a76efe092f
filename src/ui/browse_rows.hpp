// The rows of the Browse table: every question of the library with its card state, and the filter over
// them. Built once per change of the card states (not per frame), so the table stays fast at tens of
// thousands of questions. No ImGui here.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/bank/bank_loader.hpp"
#include "core/scheduler/scheduler.hpp"
#include "core/storage/records.hpp"

namespace retain::ui {

struct BrowseRow {
    const Bank* bank = nullptr;
    const Question* question = nullptr;
    std::optional<StoredCard> stored;  // none: never studied
    double retrievability = 0.0;       // recall probability 0..1 at the time the rows were built (0 when new)
    std::string searchText;            // lower-case ASCII of id, prompt, tags and expected answer
};

// Which cards a filter keeps by state.
enum class BrowseState { All, New, Learning, Review, DueToday, Suspended };

struct BrowseFilter {
    std::string search;                    // case-insensitive substring; empty keeps all
    std::string tag;                       // empty keeps all
    std::optional<QuestionType> type;      // none keeps all
    BrowseState state = BrowseState::All;
};

// Returns one row per question of library, in bank then question order, with its stored state from
// cards and its retrievability from scheduler at nowMs (Unix ms).
std::vector<BrowseRow> buildBrowseRows(const Library& library, const std::map<CardKey, StoredCard>& cards,
                                       const Scheduler& scheduler, UnixMs nowMs);

// Returns the indices of rows that pass filter; "due today" uses the day holding nowMs under rolloverHour.
std::vector<int> filterBrowseRows(const std::vector<BrowseRow>& rows, const BrowseFilter& filter, UnixMs nowMs,
                                  int rolloverHour);

// Returns the row's state in a word: "new", "learning", "review", "relearning", "suspended" or "buried".
std::string browseStateName(const BrowseRow& row, UnixMs nowMs);

}  // namespace retain::ui
