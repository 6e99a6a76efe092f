// A learner's answer in the bank's terms.
#include "core/classroom/answer_text.hpp"

#include <variant>
#include <vector>

namespace retain {

namespace {

// Returns the texts at indices (skipping bad ones), joined by separator.
std::string joinAt(const std::vector<std::string>& texts, const std::vector<int>& indices, const char* separator) {
    std::string out;
    bool first = true;
    for (int index : indices) {
        if (index < 0 || index >= static_cast<int>(texts.size())) continue;
        if (!first) out += separator;
        out += texts[static_cast<std::size_t>(index)];
        first = false;
    }
    return out;
}

std::string joinAll(const std::vector<std::string>& texts, const char* separator) {
    std::string out;
    for (std::size_t i = 0; i < texts.size(); ++i) out += (i == 0 ? "" : separator) + texts[i];
    return out;
}

}  // namespace

std::string answerInBankTerms(const Question& question, const LearnerAnswer& answer) {
    switch (question.type()) {
    case QuestionType::Choice:
        return joinAt(std::get<ChoiceAnswer>(question.answer).choices, answer.selected, "; ");
    case QuestionType::Multi:
        return joinAt(std::get<MultiAnswer>(question.answer).choices, answer.selected, "; ");
    case QuestionType::Ordering:
        return joinAt(std::get<OrderingAnswer>(question.answer).items, answer.order, "; ");
    case QuestionType::Matching: {
        const auto& pairs = std::get<MatchingAnswer>(question.answer).pairs;
        std::string out;
        for (std::size_t left = 0; left < answer.matches.size() && left < pairs.size(); ++left) {
            const int right = answer.matches[left];
            if (right < 0 || right >= static_cast<int>(pairs.size())) continue;
            if (!out.empty()) out += "; ";
            out += pairs[left].first + " = " + pairs[static_cast<std::size_t>(right)].second;
        }
        return out;
    }
    case QuestionType::Cloze: {
        bool any = false;
        for (const std::string& gap : answer.gaps) any = any || !gap.empty();
        return any ? joinAll(answer.gaps, " | ") : std::string();
    }
    case QuestionType::TrueFalse:
    case QuestionType::Numeric:
    case QuestionType::Date:
    case QuestionType::Text:
        break;
    }
    return answer.text;
}

}  // namespace retain
