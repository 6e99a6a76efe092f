// The order of the Browse table: by any column, ascending or descending, stable (equal keys keep bank
// order). Each column sorts by what it means: due times as times, stability, recall and lapses as
// numbers, states in the order a card moves through them, text case-insensitively. A row without a value
// in the column (a new question has no due time, stability or recall) goes last either way. No ImGui here.
#pragma once

#include <vector>

#include "ui/browse_rows.hpp"

namespace retain::ui {

// The Browse table's columns, in the order drawn.
enum class BrowseColumn { Question, Type, State, Due, Stability, Recall, Lapses, Tags };
enum class SortDirection { Ascending, Descending };

// Sorts indices (into rows) stably by column in direction; state names are read at nowMs (Unix ms).
void sortBrowseRows(const std::vector<BrowseRow>& rows, std::vector<int>& indices, BrowseColumn column,
                    SortDirection direction, UnixMs nowMs);

}  // namespace retain::ui
