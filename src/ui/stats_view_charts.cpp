// Charts of the Stats screen (see stats_view_charts.hpp). Index:
// [SECTION] Axes
// [SECTION] Bars
// [SECTION] Rate lines
// [SECTION] Heatmap
#include "ui/stats_view_charts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "core/calendar/calendar_date.hpp"

namespace retain::ui {

namespace {

// [SECTION] Axes

// Width reserved left of a chart for the y labels, pixels.
float yAxisWidth(const char* widest) { return ImGui::CalcTextSize(widest).x + ImGui::GetStyle().ItemSpacing.x; }

std::string numberText(float value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", static_cast<double>(value));
    return text;
}

// Draws a y label right-aligned against the chart at height y (its vertical centre).
void yLabel(ImDrawList* draw, float right, float y, const std::string& text) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    draw->AddText(ImVec2(right - size.x - ImGui::GetStyle().ItemSpacing.x * 0.5f, y - size.y * 0.5f),
                  ImGui::GetColorU32(ImGuiCol_TextDisabled), text.c_str());
}

// Draws the x labels under the chart that spans [left, right].
void xLabels(float left, float right, const AxisLabels& labels) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float y = ImGui::GetCursorScreenPos().y;
    const ImU32 colour = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float middleWidth = ImGui::CalcTextSize(labels.middle.c_str()).x;
    const float lastWidth = ImGui::CalcTextSize(labels.last.c_str()).x;
    draw->AddText(ImVec2(left, y), colour, labels.first.c_str());
    draw->AddText(ImVec2((left + right - middleWidth) * 0.5f, y), colour, labels.middle.c_str());
    draw->AddText(ImVec2(right - lastWidth, y), colour, labels.last.c_str());
    ImGui::Dummy(ImVec2(right - left, ImGui::GetTextLineHeight()));
}

// Returns the index of the bucket under the mouse in a chart of count buckets spanning [left, right].
int hoveredIndex(float left, float right, int count) {
    if (count <= 0 || right <= left) return -1;
    const float t = (ImGui::GetIO().MousePos.x - left) / (right - left);
    return std::clamp(static_cast<int>(t * static_cast<float>(count)), 0, count - 1);
}

}  // namespace

float niceCeiling(float value) {
    if (!(value > 0.0f)) return 1.0f;
    const float power = std::pow(10.0f, std::floor(std::log10(value)));
    for (float step : {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 8.0f, 10.0f}) {
        if (value <= step * power * 1.0001f) return step * power;
    }
    return 10.0f * power;
}

// [SECTION] Bars

void drawBarChart(const char* id, const std::vector<float>& values, const AxisLabels& labels, float height,
                  const std::function<std::string(int)>& tooltip) {
    ImGui::PushID(id);
    const float maximum = values.empty() ? 1.0f : niceCeiling(*std::max_element(values.begin(), values.end()));
    const std::string top = numberText(maximum);
    const std::string half = numberText(maximum * 0.5f);
    const float axis = yAxisWidth(top.size() >= half.size() ? top.c_str() : half.c_str());
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(axis, height));
    ImGui::SameLine(0.0f, 0.0f);
    const float width = std::max(ImGui::GetContentRegionAvail().x, 50.0f);
    ImGui::PlotHistogram("##bars", values.data(), static_cast<int>(values.size()), 0, nullptr, 0.0f, maximum,
                         ImVec2(width, height));
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    if (ImGui::IsItemHovered() && !values.empty()) {
        const int index = hoveredIndex(min.x + padding.x, max.x - padding.x, static_cast<int>(values.size()));
        ImGui::SetTooltip("%s", tooltip(index).c_str());  // replaces PlotHistogram's own "index: value" tooltip
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float right = origin.x + axis;
    yLabel(draw, right, min.y + padding.y, top);
    yLabel(draw, right, (min.y + max.y) * 0.5f, half);
    yLabel(draw, right, max.y - padding.y, "0");
    xLabels(min.x + padding.x, max.x - padding.x, labels);
    ImGui::PopID();
}

// [SECTION] Rate lines

void drawRateChart(const char* id, const std::vector<RateLine>& lines, const AxisLabels& labels, float height,
                   const std::function<std::string(int)>& tooltip) {
    ImGui::PushID(id);
    // Legend first: a coloured swatch and the name of each line.
    for (const RateLine& line : lines) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float side = ImGui::GetTextLineHeight() * 0.6f;
        const float offset = (ImGui::GetTextLineHeight() - side) * 0.5f;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + offset), ImVec2(at.x + side, at.y + offset + side), line.colour);
        ImGui::Dummy(ImVec2(side, side));
        ImGui::SameLine();
        ImGui::TextUnformatted(line.name.c_str());
        ImGui::SameLine(0.0f, ImGui::GetFontSize());
    }
    ImGui::NewLine();

    const float axis = yAxisWidth("100%");
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(ImGui::GetContentRegionAvail().x - axis, 50.0f);
    ImGui::Dummy(ImVec2(axis, height));
    ImGui::SameLine(0.0f, 0.0f);
    ImGui::InvisibleButton("##rates", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBg), ImGui::GetStyle().FrameRounding);
    const float pad = ImGui::GetStyle().FramePadding.y + 2.0f;
    const float top = min.y + pad;
    const float bottom = max.y - pad;
    for (int tick = 0; tick <= 4; ++tick) {
        const float y = bottom - (bottom - top) * static_cast<float>(tick) / 4.0f;
        draw->AddLine(ImVec2(min.x, y), ImVec2(max.x, y), ImGui::GetColorU32(ImGuiCol_Border));
        yLabel(draw, origin.x + axis, y, std::to_string(tick * 25) + "%");
    }
    std::size_t count = 0;
    for (const RateLine& line : lines) count = std::max(count, line.values.size());
    const float left = min.x + pad;
    const float right = max.x - pad;
    // Points sit in the middle of their bucket, so bucket i spans [left + i w, left + (i + 1) w].
    const float step = count > 0 ? (right - left) / static_cast<float>(count) : 0.0f;
    auto pointOf = [&](std::size_t i, float value) {
        return ImVec2(left + step * (static_cast<float>(i) + 0.5f), bottom - (bottom - top) * value);
    };
    for (const RateLine& line : lines) {
        for (std::size_t i = 0; i < line.values.size(); ++i) {
            if (std::isnan(line.values[i])) continue;
            const ImVec2 point = pointOf(i, line.values[i]);
            if (i > 0 && !std::isnan(line.values[i - 1])) draw->AddLine(pointOf(i - 1, line.values[i - 1]), point, line.colour, 2.0f);
            draw->AddCircleFilled(point, 2.5f, line.colour);
        }
    }
    if (hovered && count > 0) {
        const int index = hoveredIndex(left, right, static_cast<int>(count));
        const float x = left + step * (static_cast<float>(index) + 0.5f);
        draw->AddLine(ImVec2(x, top), ImVec2(x, bottom), ImGui::GetColorU32(ImGuiCol_TextDisabled));
        ImGui::SetTooltip("%s", tooltip(index).c_str());
    }
    xLabels(left, right, labels);
    ImGui::PopID();
}

// [SECTION] Heatmap

void drawCalendarHeatmap(const char* id, const DaySeries& days) {
    ImGui::PushID(id);
    const float labelWidth = ImGui::CalcTextSize("Mon").x + ImGui::GetStyle().ItemSpacing.x;
    const float lineHeight = ImGui::GetTextLineHeight();
    const int firstWeekday = dayWeekday(days.firstDay);
    const int count = static_cast<int>(days.counts.size());
    const int weeks = std::max(1, (firstWeekday + count + 6) / 7);
    // Cells shrink to fit every week in the available width, up to 0.8 of the font size.
    const float available = ImGui::GetContentRegionAvail().x - labelWidth;
    const float pitch = std::max(4.0f, std::floor(std::min(ImGui::GetFontSize() * 0.95f, available / static_cast<float>(weeks))));
    const float gap = std::max(1.0f, std::floor(pitch * 0.15f));
    const float cell = pitch - gap;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 grid(origin.x + labelWidth, origin.y + lineHeight + gap);
    ImGui::InvisibleButton("##calendar", ImVec2(labelWidth + pitch * static_cast<float>(weeks), lineHeight + gap + pitch * 7.0f));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 textColour = ImGui::GetColorU32(ImGuiCol_TextDisabled);

    const int busiest = count > 0 ? std::max(1, *std::max_element(days.counts.begin(), days.counts.end())) : 1;
    const ImVec4 full = ImVec4(0.25f, 0.70f, 0.35f, 1.0f);
    auto shade = [&](int reviews) {
        if (reviews <= 0) return ImGui::GetColorU32(ImGuiCol_FrameBg);
        // Four steps: 1-25 %, 26-50 %, 51-75 %, 76-100 % of the busiest day.
        const int level = std::min(3, (reviews * 4 - 1) / busiest);
        ImVec4 colour = full;
        colour.w = 0.35f + 0.65f * static_cast<float>(level) / 3.0f;
        return ImGui::ColorConvertFloat4ToU32(colour);
    };
    for (int row : {0, 2, 4}) {
        static const char* const kDays[] = {"Mon", "", "Wed", "", "Fri"};
        draw->AddText(ImVec2(origin.x, grid.y + pitch * static_cast<float>(row) + (cell - lineHeight) * 0.5f), textColour, kDays[row]);
    }
    int hoveredDay = -1;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (int i = 0; i < count; ++i) {
        const int slot = firstWeekday + i;
        const ImVec2 cellMin(grid.x + pitch * static_cast<float>(slot / 7), grid.y + pitch * static_cast<float>(slot % 7));
        const ImVec2 cellMax(cellMin.x + cell, cellMin.y + cell);
        draw->AddRectFilled(cellMin, cellMax, shade(days.counts[static_cast<std::size_t>(i)]), 2.0f);
        // A month is named above the week holding its 1st (and the first week, unless its month is nearly over).
        const std::string date = dayDate(days.firstDay + i);
        const bool firstOfMonth = date.compare(8, 2, "01") == 0 && slot % 7 == 0;
        const bool firstWeek = i == 0 && date.compare(8, 2, "20") < 0;
        if (firstOfMonth || firstWeek || (date.compare(8, 2, "01") == 0 && slot % 7 != 0 && slot / 7 + 1 < weeks)) {
            const float x = grid.x + pitch * static_cast<float>(slot / 7 + (firstOfMonth || firstWeek ? 0 : 1));
            draw->AddText(ImVec2(x, origin.y), textColour, monthShortName(std::stoi(date.substr(5, 2))));
        }
        if (hovered && mouse.x >= cellMin.x && mouse.x < cellMin.x + pitch && mouse.y >= cellMin.y && mouse.y < cellMin.y + pitch)
            hoveredDay = i;
    }
    if (hoveredDay >= 0) {
        static const char* const kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        const int reviews = days.counts[static_cast<std::size_t>(hoveredDay)];
        ImGui::SetTooltip("%s, %s: %d review%s", kWeekdays[dayWeekday(days.firstDay + hoveredDay)],
                          dayDate(days.firstDay + hoveredDay).c_str(), reviews, reviews == 1 ? "" : "s");
    }
    // Legend: less .. more, with the busiest day's count.
    ImGui::TextDisabled("Less");
    ImGui::SameLine();
    for (int reviews : {0, 1, busiest / 2 + 1, (busiest * 3) / 4 + 1, busiest}) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        draw->AddRectFilled(ImVec2(at.x, at.y + (lineHeight - cell) * 0.5f), ImVec2(at.x + cell, at.y + (lineHeight + cell) * 0.5f),
                            shade(reviews), 2.0f);
        ImGui::Dummy(ImVec2(cell, lineHeight));
        ImGui::SameLine(0.0f, gap);
    }
    ImGui::SameLine();
    ImGui::TextDisabled("More (busiest day: %d)", busiest);
    ImGui::PopID();
}

}  // namespace retain::ui
