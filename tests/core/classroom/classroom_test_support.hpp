// Helpers for classroom tests: small banks built in code.
#pragma once

#include <string>
#include <vector>

#include "core/bank/question.hpp"
#include "core/classroom/classroom_question.hpp"
#include "core/grading/grader.hpp"
#include "core/types.hpp"

namespace retain::classroom_test {

// 2025-06-15 12:00:00 UTC.
constexpr UnixMs kNoon = 1'749'988'800'000;

// Returns a choice question "id" with four choices, the second one right, tagged tag.
inline Question makeChoiceQuestion(const std::string& id, const std::string& tag) {
    Question question;
    question.id = id;
    question.prompt = "Which one is " + id + "?";
    question.explanation = "Because.";
    question.tags = {tag};
    question.answer = ChoiceAnswer{{id + " alpha", id + " beta", id + " gamma", id + " delta"}, 1, true};
    return question;
}

// Returns a bank of count choice questions "<id>-q1".."<id>-qN"; question i gets tags[i % tags.size()].
inline Bank makeChoiceBank(const std::string& id, int count, const std::vector<std::string>& tags) {
    Bank bank;
    bank.id = id;
    bank.title = "Bank " + id;
    for (int i = 0; i < count; ++i) {
        bank.questions.push_back(makeChoiceQuestion(id + "-q" + std::to_string(i + 1), tags[static_cast<std::size_t>(i) % tags.size()]));
    }
    return bank;
}

// Appends the text question "capital" ("Capital of Japan?", answer "Tokyo", citing paragraph 4) to bank.
inline void addCapitalQuestion(Bank& bank) {
    Question text;
    text.id = "capital";
    text.prompt = "Capital of Japan?";
    text.answer = TextAnswer{{"Tokyo"}, true, false};
    text.source = SourceRef{4, "the capital", 0, 0};
    bank.questions.push_back(text);
}

// Returns every question of bank, in bank order, as a game's questions (pointing into bank).
inline std::vector<ClassroomQuestion> allQuestions(const Bank& bank) {
    std::vector<ClassroomQuestion> questions;
    for (const Question& q : bank.questions) questions.push_back({CardKey{bank.id, q.id}, &q});
    return questions;
}

// Returns the answer that picks the choice at original index.
inline LearnerAnswer chose(int index) {
    LearnerAnswer answer;
    answer.selected = {index};
    return answer;
}

// Returns the answer that types text.
inline LearnerAnswer typed(const std::string& text) {
    LearnerAnswer answer;
    answer.text = text;
    return answer;
}

}  // namespace retain::classroom_test
