// The session tally (see session_tally.hpp).
#include "core/session/session_tally.hpp"

#include <set>

namespace retain {

int SessionTally::correct() const {
    int count = 0;
    for (const TallyEntry& entry : m_entries) count += entry.correct ? 1 : 0;
    return count;
}

int SessionTally::passed() const {
    int count = 0;
    for (const TallyEntry& entry : m_entries) count += isPass(entry.rating) ? 1 : 0;
    return count;
}

double SessionTally::meanScore() const {
    if (m_entries.empty()) return 0.0;
    double sum = 0.0;
    for (const TallyEntry& entry : m_entries) sum += entry.score;
    return sum / static_cast<double>(m_entries.size());
}

std::int64_t SessionTally::answeringMs() const {
    std::int64_t sum = 0;
    for (const TallyEntry& entry : m_entries) sum += entry.durationMs;
    return sum;
}

std::vector<TallyEntry> SessionTally::missed() const {
    std::vector<TallyEntry> missed;
    std::set<std::string> seen;
    for (const TallyEntry& entry : m_entries) {
        if (!entry.correct && seen.insert(entry.prompt).second) missed.push_back(entry);
    }
    return missed;
}

std::map<std::string, TagAccuracy> SessionTally::byTag() const {
    std::map<std::string, TagAccuracy> tags;
    for (const TallyEntry& entry : m_entries) {
        for (const std::string& tag : entry.tags) {
            TagAccuracy& accuracy = tags[tag];
            ++accuracy.answered;
            accuracy.correct += entry.correct ? 1 : 0;
        }
    }
    return tags;
}

}  // namespace retain
