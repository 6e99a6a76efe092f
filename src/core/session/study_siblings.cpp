// Sibling questions of a study queue (see study_siblings.hpp).
#include "core/session/study_siblings.hpp"

#include <algorithm>
#include <vector>

namespace retain {

namespace {

// Returns the paragraphs question cites, 0s left out.
std::vector<int> citedParagraphs(const Question& question) {
    std::vector<int> paragraphs;
    if (question.source.paragraph > 0) paragraphs.push_back(question.source.paragraph);
    for (const SourceRef& more : question.moreSources) {
        if (more.paragraph > 0) paragraphs.push_back(more.paragraph);
    }
    return paragraphs;
}

}  // namespace

std::string siblingGroupKey(const std::string& bankId, const Question* question) {
    if (question == nullptr || question->sibling.empty()) return {};
    return bankId + '\x1f' + question->sibling;  // a unit separator: no bank id or group name holds one
}

bool shareSourceParagraph(const std::string& aBank, const Question* a, const std::string& bBank, const Question* b) {
    if (a == nullptr || b == nullptr || aBank != bBank) return false;
    const std::vector<int> first = citedParagraphs(*a);
    const std::vector<int> second = citedParagraphs(*b);
    return std::any_of(first.begin(), first.end(), [&second](int paragraph) {
        return std::find(second.begin(), second.end(), paragraph) != second.end();
    });
}

}  // namespace retain
