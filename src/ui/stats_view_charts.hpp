// The charts of the Stats screen, drawn with ImGui: bars (PlotHistogram with labelled axes), rate lines
// (draw list, 0-100 %, gaps where a bucket has no data) and the calendar heatmap (draw list). Every chart
// shows the exact number of the hovered bar, point or day in a tooltip.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/stats/review_figures.hpp"

namespace retain::ui {

// Returns the smallest "nice" number (1, 2, 3, 4, 5, 6 or 8 times a power of ten) >= value, so
// that the axis maximum and its half read easily; 1 for value <= 0.
float niceCeiling(float value);

// Labels under a chart's x axis: at the left end, the middle and the right end.
struct AxisLabels {
    std::string first, middle, last;
};

// Draws values as bars height pixels tall across the available width, the y axis labelled 0, half and the
// nice maximum, the x axis with labels. tooltip(i) gives the text of bar i. id must be unique in scope.
void drawBarChart(const char* id, const std::vector<float>& values, const AxisLabels& xLabels, float height,
                  const std::function<std::string(int)>& tooltip);

// One line of a rate chart: values 0..1, NaN for "no data" (the line breaks there).
struct RateLine {
    std::string name;
    std::vector<float> values;
    unsigned int colour = 0;  // ImU32
};

// Draws rate lines over the same buckets on a 0-100 % axis (ticks every 25 %) with a legend; tooltip(i)
// gives the text of bucket i.
void drawRateChart(const char* id, const std::vector<RateLine>& lines, const AxisLabels& xLabels, float height,
                   const std::function<std::string(int)>& tooltip);

// Draws the calendar heatmap: one column per week (Monday on top), one cell per day, shaded by the
// count of the day relative to the busiest day; month names above, Mon/Wed/Fri at the left, a legend.
void drawCalendarHeatmap(const char* id, const DaySeries& days);

}  // namespace retain::ui
