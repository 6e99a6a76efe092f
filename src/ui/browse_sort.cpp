// Sorting the Browse rows (see browse_sort.hpp).
#include "ui/browse_sort.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/question_types/registry.hpp"

namespace retain::ui {

namespace {

// One row's key in the sorted column: a number or a text; missing when the row has no value there.
struct SortKey {
    bool missing = false;
    double number = 0.0;
    std::string text;
};

std::string foldedAscii(const std::string& text) {
    std::string result = text;
    for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

// Returns the rank of a state name in the order a card moves through them; hidden cards last.
double stateRank(const std::string& state) {
    static const char* const kOrder[] = {"new", "learning", "review", "relearning", "buried", "suspended"};
    for (std::size_t i = 0; i < std::size(kOrder); ++i) {
        if (state == kOrder[i]) return static_cast<double>(i);
    }
    return static_cast<double>(std::size(kOrder));
}

SortKey keyOf(const BrowseRow& row, BrowseColumn column, UnixMs nowMs) {
    const bool studied = row.stored && row.stored->memory.phase != CardPhase::New;
    SortKey key;
    switch (column) {
        case BrowseColumn::Question: key.text = foldedAscii(row.question->prompt); break;
        // The YAML name orders as the label does ("true_false" is shown "true/false").
        case BrowseColumn::Type: key.text = questionTypeName(row.question->type()); break;
        case BrowseColumn::State: key.number = stateRank(browseStateName(row, nowMs)); break;
        case BrowseColumn::Due:
            key.missing = !studied;
            if (studied) key.number = static_cast<double>(row.stored->memory.dueMs);
            break;
        case BrowseColumn::Stability:
            key.missing = !studied;
            if (studied) key.number = row.stored->memory.stability;
            break;
        case BrowseColumn::Recall:
            key.missing = !studied;
            key.number = row.retrievability;
            break;
        case BrowseColumn::Lapses: key.number = row.stored ? row.stored->memory.lapses : 0; break;
        case BrowseColumn::Tags:
            key.missing = row.question->tags.empty();
            for (const std::string& tag : row.question->tags) key.text += foldedAscii(tag) + ",";
            break;
    }
    return key;
}

// Strict order of present values; text and number are never both used by one column.
bool lessValue(const SortKey& a, const SortKey& b) {
    if (a.number != b.number) return a.number < b.number;
    return a.text < b.text;
}

}  // namespace

void sortBrowseRows(const std::vector<BrowseRow>& rows, std::vector<int>& indices, BrowseColumn column,
                    SortDirection direction, UnixMs nowMs) {
    // Keys are computed once per row, not once per comparison (tens of thousands of rows).
    std::vector<SortKey> keys(rows.size());
    for (const int index : indices) keys[static_cast<std::size_t>(index)] = keyOf(rows[static_cast<std::size_t>(index)], column, nowMs);
    const bool descending = direction == SortDirection::Descending;
    std::stable_sort(indices.begin(), indices.end(), [&](int left, int right) {
        const SortKey& a = keys[static_cast<std::size_t>(left)];
        const SortKey& b = keys[static_cast<std::size_t>(right)];
        if (a.missing != b.missing) return b.missing;  // present values first, whatever the direction
        if (a.missing) return false;
        return descending ? lessValue(b, a) : lessValue(a, b);
    });
}

}  // namespace retain::ui
