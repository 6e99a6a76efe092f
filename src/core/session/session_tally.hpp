// The running tally of one study session for its end-of-session summary: answers, score, time, accuracy
// per tag. StudySession adds each rated answer and takes back an undone one; nothing is graded here.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/types.hpp"

namespace retain {

// One rated answer as the summary needs it.
struct TallyEntry {
    std::vector<std::string> tags;
    double score = 0.0;          // grader's score 0..1 (self-rated: 1 unless rated Again)
    bool correct = false;        // full credit (self-rated: not rated Again)
    std::int64_t durationMs = 0; // time spent answering, ms
    std::string prompt;          // the question as asked
    std::string expected;        // its right answer written out, for the summary's list of missed questions
    Rating rating = Rating::Good;  // the rating given, as stored in the review log (Stats' accuracy reads it)
};

// Answers in one tag.
struct TagAccuracy {
    int answered = 0;  // answers to questions with the tag
    int correct = 0;   // of those, the ones with full credit
};

class SessionTally {
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
    // Returns how many answers were rated Hard, Good or Easy (isPass): Stats' "accuracy" counts these, so
    // passed() / answered() is the accuracy Stats shows for the same reviews.
    int passed() const;
    // Returns the mean score 0..1 over the answers, 0 when none.
    double meanScore() const;
    // Returns the time spent answering, ms.
    std::int64_t answeringMs() const;
    // Returns answered/correct per tag, by tag name; an answer counts in each of its tags.
    std::map<std::string, TagAccuracy> byTag() const;
    // Returns the answers without full credit, once per question (its first miss), in the order given.
    std::vector<TallyEntry> missed() const;

private:
    std::vector<TallyEntry> m_entries;
};

}  // namespace retain
