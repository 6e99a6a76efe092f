// Drill points, Kahoot-style: speed points for a correct answer plus a streak bonus. The formulas, the
// rounding and the partial-credit rule are documented in docs/classroom.md.
#pragma once

#include <cstdint>

namespace retain {

constexpr int kDrillFullPoints = 1000;    // a correct answer at once, or with the timer off
constexpr int kDrillStreakStep = 100;     // bonus per consecutive correct answer from the second on
constexpr int kDrillStreakBonusCap = 500; // largest streak bonus for one answer

// Returns the points of a fully correct answer given after answerMs (ms) with a limit of limitMs (ms):
// round((1 - t / (2T)) * 1000) with t clamped to [0, T], halves rounded up (computed in integers, so
// exact); 1000 when limitMs <= 0 (timer off). Range 500..1000.
int drillSpeedPoints(std::int64_t answerMs, std::int64_t limitMs);

// Returns the streak bonus of an answer that makes streak consecutive fully correct answers (streak >= 1):
// min(100 * (streak - 1), 500); 0 for streak <= 1.
int drillStreakBonus(int streak);

// The points of one drill answer.
struct DrillPoints {
    int speedPoints = 0;  // round(drillSpeedPoints * fraction), halves up; 0 for a wrong or missing answer
    int streakBonus = 0;  // only for fully correct answers
    int streakAfter = 0;  // consecutive fully correct answers including this one (0 after a miss)
    int total() const { return speedPoints + streakBonus; }
};

// Scores one answer. fraction is the grader's score 0..1 (clamped; 1 = fully correct); answered = false
// for no answer (time ran out or skipped). Partial credit earns the speed points times fraction but no
// streak bonus, and like a wrong answer it ends the streak. streakBefore is the player's streak so far.
DrillPoints scoreDrillAnswer(bool answered, double fraction, std::int64_t answerMs, std::int64_t limitMs, int streakBefore);

}  // namespace retain
