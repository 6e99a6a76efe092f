// The Stats screen (see stats_view.hpp). Index:
// [SECTION] Loading
// [SECTION] Summary
// [SECTION] Activity: reviews, rates, forecast, calendar
// [SECTION] Memory: stability, mastery, hardest questions
#include "ui/stats_view.hpp"

#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "core/session/study_backend.hpp"
#include "core/stats/profile_stats.hpp"
#include "core/stats/stats_format.hpp"
#include "core/storage/sqlite_db.hpp"
#include "ui/stats_view_charts.hpp"
#include "ui/progress_bar.hpp"
#include "ui/widgets.hpp"

namespace retain::ui {

namespace {

constexpr float kChartLines = 6.0f;  // chart height, in text lines

std::string plural(long long count, const char* noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

AxisLabels dayAxis(std::int64_t firstDay, std::size_t count, const char* lastLabel = nullptr) {
    const auto last = firstDay + static_cast<std::int64_t>(count) - 1;
    return AxisLabels{dayDate(firstDay), dayDate(firstDay + static_cast<std::int64_t>(count) / 2),
                      lastLabel ? std::string(lastLabel) : dayDate(last)};
}

// Returns "12/15 = 80.0%" or "no reviews".
std::string rateText(int passed, int total) {
    if (total == 0) return "no reviews";
    return std::to_string(passed) + "/" + std::to_string(total) + " = " + percentText(shareOf(passed, total));
}

const Question* findQuestion(const Library* library, const CardKey& key) {
    if (library == nullptr) return nullptr;
    for (const Bank& bank : library->banks) {
        if (bank.id == key.bankId) return bank.find(key.questionId);
    }
    return nullptr;
}

}  // namespace

// [SECTION] Loading

void StatsView::setRangeDays(int days) {
    m_rangeDays = days;
    m_stale = true;
}

void StatsView::reload(UiContext& context) {
    m_stale = false;
    m_error.clear();
    StudyBackend& study = *context.study;
    m_loadedRevision = study.revision();
    std::vector<const Bank*> banks;
    if (context.library != nullptr) {
        for (const Bank& bank : context.library->banks) banks.push_back(&bank);
    }
    try {
        m_report = computeProfileStats(study, banks, m_rangeDays);
    } catch (const sql::StorageError& failure) {
        m_error = std::string("Could not read the review log: ") + failure.what();
    }
}

void StatsView::drawContent(UiContext& context) {
    if (context.study == nullptr) {
        ImGui::TextWrapped("Statistics need the data folder: %s", context.storeMessage.c_str());
        return;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Range:");
    for (int days : kStatsRangesDays) {
        const std::string label = std::to_string(days) + " days";
        sameLineIfFits(radioButtonWidth(label.c_str()));  // the range wraps on a narrow window
        if (ImGui::RadioButton(label.c_str(), m_rangeDays == days) && m_rangeDays != days) setRangeDays(days);
    }
    sameLineIfFits(ImGui::CalcTextSize("Refresh").x + 2.0f * ImGui::GetStyle().FramePadding.x);
    if (ImGui::Button("Refresh")) m_stale = true;
    const std::string profile = "Profile: " + context.study->profile().name;
    sameLineIfFits(ImGui::CalcTextSize(profile.c_str()).x);
    ImGui::TextDisabled("%s", profile.c_str());
    if (m_stale || m_loadedRevision != context.study->revision()) reload(context);
    if (!m_error.empty()) {
        ImGui::TextWrapped("%s", m_error.c_str());
        return;
    }
    if (!m_report) return;
    drawSummary();
    if (!ImGui::BeginChild("stats-scroll")) {
        ImGui::EndChild();
        return;
    }
    drawActivity();
    drawMemory(context);
    ImGui::EndChild();
}

// [SECTION] Summary

// Returns 2 chart columns, or 1 when a column would be under 30 characters of the current font wide.
int StatsView::chartColumns() {
    return ImGui::GetContentRegionAvail().x < 60.0f * ImGui::CalcTextSize("n").x ? 1 : 2;
}

void StatsView::drawSummary() const {
    const StatsReport& r = *m_report;
    const RateBucket& total = r.retention.total;
    // Wrapped: at 200 % on 800x600 a line of figures is wider than the window.
    char line[256];
    std::snprintf(line, sizeof line, "%s in all.  Questions: %d new, %d learning, %d review, %d relearning (%d suspended).",
                  plural(r.reviewsTotal, "review").c_str(), r.cardsByPhase[0], r.cardsByPhase[1], r.cardsByPhase[2],
                  r.cardsByPhase[3], r.suspended);
    wrappedText(line);
    std::snprintf(line, sizeof line, "Last %d days: accuracy %s, true retention %s.  Streak: %s (longest %d).", r.rangeDays,
                  rateText(total.passed, total.reviews).c_str(), rateText(total.maturePassed, total.matureReviews).c_str(),
                  plural(r.calendar.currentStreak, "day").c_str(), r.calendar.longestStreak);
    wrappedText(line);
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Accuracy: reviews rated Hard, Good or Easy, of all reviews.\n"
                          "True retention: the same, of reviews of cards in review that were last seen a day or more before.");
    }
}

// [SECTION] Activity: reviews, rates, forecast, calendar

void StatsView::drawActivity() const {
    const StatsReport& r = *m_report;
    const float height = ImGui::GetTextLineHeightWithSpacing() * kChartLines;
    if (!ImGui::BeginTable("activity", chartColumns(), ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextColumn();
    sectionTitle("Reviews per day (" + plural(r.reviewsPerDay.total(), "review") + ")");
    std::vector<float> perDay(r.reviewsPerDay.counts.begin(), r.reviewsPerDay.counts.end());
    drawBarChart("per-day", perDay, dayAxis(r.reviewsPerDay.firstDay, perDay.size(), "today"), height, [&](int i) {
        return dayDate(r.reviewsPerDay.firstDay + i) + ": " + plural(r.reviewsPerDay.counts[static_cast<std::size_t>(i)], "review");
    });

    ImGui::TableNextColumn();
    const int bucketDays = r.retention.buckets.empty() ? 1 : r.retention.buckets.front().days;
    sectionTitle(bucketDays == 1 ? std::string("Accuracy and true retention per day")
                                 : "Accuracy and true retention per " + std::to_string(bucketDays) + " days");
    RateLine accuracy{"Accuracy", {}, IM_COL32(90, 160, 230, 255)};
    RateLine retention{"True retention", {}, IM_COL32(240, 170, 60, 255)};
    for (const RateBucket& bucket : r.retention.buckets) {
        accuracy.values.push_back(static_cast<float>(bucket.accuracy()));
        retention.values.push_back(static_cast<float>(bucket.trueRetention()));
    }
    const std::int64_t first = r.retention.buckets.empty() ? 0 : r.retention.buckets.front().firstDay;
    drawRateChart("rates", {accuracy, retention}, dayAxis(first, r.retention.buckets.size() * static_cast<std::size_t>(bucketDays), "today"),
                  height, [&](int i) {
                      const RateBucket& b = r.retention.buckets[static_cast<std::size_t>(i)];
                      const std::string span = b.days == 1 ? dayDate(b.firstDay) : dayDate(b.firstDay) + " to " + dayDate(b.firstDay + b.days - 1);
                      return span + "\nAccuracy: " + rateText(b.passed, b.reviews) + "\nTrue retention: " + rateText(b.maturePassed, b.matureReviews);
                  });

    ImGui::TableNextColumn();
    sectionTitle("Due in the next " + std::to_string(r.forecast.due.size()) + " days (" +
                 std::to_string(r.forecast.overdue) + " overdue, shown today)");
    std::vector<float> due(r.forecast.due.begin(), r.forecast.due.end());
    AxisLabels dueAxis = dayAxis(r.forecast.firstDay, due.size());
    dueAxis.first = "today";
    drawBarChart("forecast", due, dueAxis, height, [&](int i) {
        const std::string when = i == 0 ? "Today" : i == 1 ? "Tomorrow" : dayDate(r.forecast.firstDay + i);
        const int count = r.forecast.due[static_cast<std::size_t>(i)];
        std::string text = when + ": " + plural(count, "card") + " due";
        if (i == 0 && r.forecast.overdue > 0) text += " (" + std::to_string(r.forecast.overdue) + " overdue)";
        return text;
    });

    ImGui::TableNextColumn();
    sectionTitle("Study days in the last year: " + std::to_string(r.calendar.studyDays));
    drawCalendarHeatmap("calendar", r.calendar.days);
    ImGui::EndTable();
}

// [SECTION] Memory: stability, mastery, hardest questions

void StatsView::drawMemory(const UiContext& context) const {
    const StatsReport& r = *m_report;
    const float height = ImGui::GetTextLineHeightWithSpacing() * kChartLines;
    if (!ImGui::BeginTable("memory", chartColumns(), ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextColumn();
    sectionTitle("Stability of studied cards (days until recall falls to 90%)");
    std::vector<float> counts;
    std::vector<std::string> names;
    for (const HistogramBin& bin : r.stability) {
        counts.push_back(static_cast<float>(bin.count));
        char name[32];
        if (std::isfinite(bin.toDays)) std::snprintf(name, sizeof name, "%g-%g d", bin.fromDays, bin.toDays);
        else std::snprintf(name, sizeof name, "%g d or more", bin.fromDays);
        names.emplace_back(name);
    }
    drawBarChart("stability", counts, AxisLabels{"< 1 d", names.empty() ? "" : names[names.size() / 2], "1 year +"}, height,
                 [&](int i) { return names[static_cast<std::size_t>(i)] + ": " + plural(r.stability[static_cast<std::size_t>(i)].count, "card"); });

    sectionTitle("Hardest questions");
    if (r.hardest.empty()) ImGui::TextDisabled("No lapses and no wrong answers yet.");
    else if (ImGui::BeginTable("hardest", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthStretch, 5.0f);
        ImGui::TableSetupColumn("Lapses", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Mean score", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Reviews", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (const HardQuestion& hard : r.hardest) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const Question* question = findQuestion(context.library, hard.card);
            const std::string prompt = question ? question->prompt : hard.card.text();
            ImGui::TextUnformatted(prompt.c_str());
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%s\n%s", hard.card.text().c_str(), question ? expectedAnswerText(*question).c_str() : "");
            }
            ImGui::TableNextColumn();
            ImGui::Text("%d", hard.lapses);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(percentText(hard.meanScore).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", hard.reviews);
        }
        ImGui::EndTable();
    }

    ImGui::TableNextColumn();
    sectionTitle("Mastery per tag (recall now; new questions count as 0)");
    if (ImGui::BeginTable("mastery", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Tag", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Studied", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Mean recall", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("At target", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (const TagMastery& tag : r.mastery) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();  // level with the progress bar beside it
            ImGui::TextUnformatted(tag.tag.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d/%d", tag.studied, tag.questions);
            ImGui::TableNextColumn();
            labelledProgressBar(static_cast<float>(tag.meanRetrievability), percentText(tag.meanRetrievability));
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%s: mean recall probability %.4f over %d questions (%d studied)", tag.tag.c_str(),
                                  tag.meanRetrievability, tag.questions, tag.studied);
            }
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(percentText(tag.shareAboveTarget).c_str());
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%d of %d questions at or above the desired retention",
                                  static_cast<int>(std::lround(tag.shareAboveTarget * tag.questions)), tag.questions);
            }
        }
        ImGui::EndTable();
    }
    ImGui::EndTable();
}

}  // namespace retain::ui
