// Browse: every question of the library in one searchable table (drawn through ImGuiListClipper, so only
// visible rows cost anything) with filters by tag, type and state, the card's state, due date, stability,
// retrievability and lapses, and a preview of the selected question.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ui/answer_views/answer_view.hpp"
#include "ui/browse_rows.hpp"
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

private:
    void refresh(UiContext& context);
    void drawFilters(UiContext& context);
    void drawTable(UiContext& context, float height);
    void drawPreview(UiContext& context);

    std::vector<BrowseRow> m_rows;
    std::vector<int> m_visible;         // indices into m_rows
    std::vector<std::string> m_tags;    // every tag of the library, sorted
    BrowseFilter m_filter;
    bool m_filterDirty = true;
    int m_selected = -1;                // index into m_rows, -1 = none
    std::unique_ptr<AnswerView> m_preview;  // the selected question's view, for its part of the preview
    const Library* m_builtFor = nullptr;
    std::uint64_t m_builtRevision = 0;  // StudyBackend::revision() the rows were built at
    std::int64_t m_builtMinute = 0;     // rows are rebuilt each minute too: retrievability and "due" move with time
};

}  // namespace retain::ui
