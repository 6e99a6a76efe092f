// The one list of views, in tab order.
#include "ui/browse_view.hpp"
#include "ui/class_report_view.hpp"
#include "ui/draft_review_view.hpp"
#include "ui/drill_view.hpp"
#include "ui/home_view.hpp"
#include "ui/live_view.hpp"
#include "ui/retention_check_view.hpp"
#include "ui/settings_view.hpp"
#include "ui/stats_view.hpp"
#include "ui/study_view.hpp"
#include "ui/view.hpp"

namespace retain::ui {

std::vector<std::unique_ptr<View>> makeViews() {
    std::vector<std::unique_ptr<View>> views;
    views.push_back(std::make_unique<HomeView>());
    views.push_back(std::make_unique<StudyView>());
    views.push_back(std::make_unique<BrowseView>());
    views.push_back(std::make_unique<StatsView>());
    views.push_back(std::make_unique<RetentionCheckView>());
    views.push_back(std::make_unique<DrillView>());
    views.push_back(std::make_unique<LiveView>());
    views.push_back(std::make_unique<ClassReportView>());
    views.push_back(std::make_unique<DraftReviewView>());
    views.push_back(std::make_unique<SettingsView>());
    return views;
}

}  // namespace retain::ui
