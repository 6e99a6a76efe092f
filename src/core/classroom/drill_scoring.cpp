// Drill points (see drill_scoring.hpp and docs/classroom.md).
#include "core/classroom/drill_scoring.hpp"

#include <algorithm>
#include <cmath>

namespace retain {

int drillSpeedPoints(std::int64_t answerMs, std::int64_t limitMs) {
    if (limitMs <= 0) return kDrillFullPoints;
    const std::int64_t t = std::clamp<std::int64_t>(answerMs, 0, limitMs);
    // round(1000 - 500 t / T) = floor((2000 T - 1000 t + T) / (2 T)): integers only, so every half rounds
    // up; in doubles t = 2.57 s of 10 s gives 871.4999999999999 instead of 871.5 and would round down.
    const std::int64_t numerator = 2 * kDrillFullPoints * limitMs - kDrillFullPoints * t + limitMs;
    return static_cast<int>(numerator / (2 * limitMs));
}

int drillStreakBonus(int streak) {
    if (streak <= 1) return 0;
    return std::min(kDrillStreakStep * (streak - 1), kDrillStreakBonusCap);
}

DrillPoints scoreDrillAnswer(bool answered, double fraction, std::int64_t answerMs, std::int64_t limitMs, int streakBefore) {
    DrillPoints points;
    const double credit = answered && std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
    if (credit <= 0.0) return points;  // wrong or missing: nothing, streak over
    const int speed = drillSpeedPoints(answerMs, limitMs);
    if (credit < 1.0) {
        points.speedPoints = static_cast<int>(std::floor(speed * credit + 0.5));
        return points;
    }
    points.speedPoints = speed;
    points.streakAfter = std::max(streakBefore, 0) + 1;
    points.streakBonus = drillStreakBonus(points.streakAfter);
    return points;
}

}  // namespace retain
