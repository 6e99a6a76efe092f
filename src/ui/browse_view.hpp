// Browse: every question of the library in one searchable table (drawn through ImGuiListClipper, so only
// visible rows cost anything) with filters by tag, type and state, the card's state, due date, stability,
// retrievability and lapses, and a preview of the selected question. A click on a column header sorts by
// it (again: descending, a third time: bank order). Click, Ctrl+click, Shift+click and Ctrl+A choose
// questions; the bar above the table suspends, unsuspends, buries, unburies or forgets them (core's
// card actions, one transaction each).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ui/answer_views/answer_view.hpp"
#include "core/session/card_actions.hpp"
#include "ui/browse_rows.hpp"
#include "ui/browse_sort.hpp"
#include "ui/view.hpp"

namespace retain::ui {

class BrowseView final : public View {
public:
    const char* title() const override { return "Browse"; }
    void drawContent(UiContext& context) override;

    // For tests: the rows and the indices the filter keeps.
    const std::vector<BrowseRow>& rows() const { return m_rows; }
    const std::vector<int>& visible() const { return m_visible; }
    BrowseFilter& filter() { return m_filter; }
    // Marks the filter changed, so the next frame filters again.
    void refilter() { m_filterDirty = true; }
    // For tests: the chosen rows (indices into rows()), and choosing them as a click would.
    const std::set<int>& chosen() const { return m_chosen; }
    void choose(std::set<int> rows) { m_chosen = std::move(rows); }
    // Applies action to the chosen questions through core and says what happened (notice()).
    void act(UiContext& context, CardAction action);
    const std::string& notice() const { return m_notice; }

private:
    void refresh(UiContext& context);
    void drawFilters(UiContext& context);
    void drawTable(UiContext& context, float height);
    void drawPreview(UiContext& context);
    void drawActions(UiContext& context);
    void clickRow(int index);
    void applyFilterAndSort(UiContext& context);

    std::vector<BrowseRow> m_rows;
    std::vector<int> m_visible;         // indices into m_rows
    std::vector<std::string> m_tags;    // every tag of the library, sorted
    BrowseFilter m_filter;
    bool m_filterDirty = true;
    int m_selected = -1;                // the row previewed (the last clicked), index into m_rows; -1 = none
    std::set<int> m_chosen;             // rows the actions apply to, indices into m_rows
    int m_anchor = -1;                  // where a Shift+click range starts, index into m_rows
    struct Sort {
        BrowseColumn column = BrowseColumn::Question;
        SortDirection direction = SortDirection::Ascending;
    };
    std::optional<Sort> m_sort;         // none: bank order
    std::string m_notice;               // what the last action did
    bool m_noticeFailed = false;        // m_notice is an error
    std::unique_ptr<AnswerView> m_preview;  // the selected question's view, for its part of the preview
    const Library* m_builtFor = nullptr;
    std::uint64_t m_builtRevision = 0;  // StudyBackend::revision() the rows were built at
    std::int64_t m_builtMinute = 0;     // rows are rebuilt each minute too: retrievability and "due" move with time
};

}  // namespace retain::ui
