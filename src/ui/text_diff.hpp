// Marks where a typed answer differs from the expected one, for display only (the grader decides what
// counts as right). Works on code points, case-insensitively, so "kireva" vs "Kireeva" marks one letter.
#pragma once

#include <string>
#include <vector>

namespace retain::ui {

struct DiffSegment {
    std::string text;     // UTF-8
    bool marked = false;  // differs: extra in the given text, or missing from it in the expected text
};

struct TextDiff {
    std::vector<DiffSegment> given;     // the learner's text, extra characters marked
    std::vector<DiffSegment> expected;  // the expected text, characters the learner missed marked
};

// Returns the two texts split into same and marked runs (a longest common subsequence of code points,
// compared case-insensitively). Texts longer than maxCodePoints are returned as one marked run each
// (unless equal), to keep the work bounded.
TextDiff diffTexts(const std::string& given, const std::string& expected, std::size_t maxCodePoints = 300);

}  // namespace retain::ui
