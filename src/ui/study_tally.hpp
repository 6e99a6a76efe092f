// The running tally of one sitting for its end-of-session summary: answers, score, time, accuracy per
// tag. It only adds up what the grader and the session returned; nothing is graded here.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace retain::ui {

// One rated answer as the summary needs it.
struct TallyEntry {
    std::vector<std::string> tags;
    double score = 0.0;          // grader's score 0..1 (self-rated: 1 unless rated Again)
    bool correct = false;        // full credit (self-rated: not rated Again)
    std::int64_t durationMs = 0; // time spent answering, ms
};

struct TagAccuracy {
    int answered = 0;
    int correct = 0;
};

class StudyTally {
public:
    // Adds one rated answer.
    void add(TallyEntry entry) { m_entries.push_back(std::move(entry)); }
    // Removes the last one (undo); no-op when empty.
    void removeLast() {
        if (!m_entries.empty()) m_entries.pop_back();
    }
    int answered() const { return static_cast<int>(m_entries.size()); }
    // Returns how many answers earned full credit.
    int correct() const;
    // Returns the mean score 0..1 over the answers, 0 when none.
    double meanScore() const;
    // Returns the time spent answering, ms.
    std::int64_t answeringMs() const;
    // Returns answered/correct per tag, by tag name; an answer counts in each of its tags.
    std::map<std::string, TagAccuracy> byTag() const;

private:
    std::vector<TallyEntry> m_entries;
};

}  // namespace retain::ui
