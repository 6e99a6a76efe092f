// Stats: what the learner retains, drawn from the review log and card states of the current profile:
// reviews per day and accuracy / true retention over 30, 90 or 365 days, the 30-day forecast, the study
// calendar, mastery per tag, the stability histogram and the hardest questions. Figures come from
// core/stats (docs/statistics.md); this view only loads them and draws them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/stats/stats_report.hpp"
#include "ui/view.hpp"

namespace retain::ui {

class StatsView final : public View {
public:
    const char* title() const override { return "Stats"; }
    void drawContent(UiContext& context) override;

    // Returns the figures on screen, or nullptr before the first load (for tests).
    const StatsReport* report() const { return m_report ? &*m_report : nullptr; }
    // Selects the range in days (30, 90 or 365) and reloads on the next frame.
    void setRangeDays(int days);

private:
    void reload(UiContext& context);
    // Returns how many chart columns fit the content width (1 on a narrow window or a big font).
    static int chartColumns();
    void drawSummary() const;
    void drawActivity() const;
    void drawMemory(const UiContext& context) const;

    int m_rangeDays = 30;
    std::optional<StatsReport> m_report;
    std::uint64_t m_loadedRevision = 0;  // the backend revision the report was computed at
    bool m_stale = true;                 // reload on the next frame
    std::string m_error;                 // why the figures could not be read
};

}  // namespace retain::ui
