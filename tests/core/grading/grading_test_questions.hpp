// Questions built in code for the grading tests (no YAML, so these tests do not depend on the loader).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/bank/question.hpp"
#include "core/grading/grader.hpp"

namespace retain::test {

inline Question makeQuestion(const std::string& id, AnswerSpec answer) {
    Question question;
    question.id = id;
    question.prompt = "Prompt of " + id;
    question.answer = std::move(answer);
    return question;
}

// Trade 2017: USD 18 billion, with the unit aliases of the Russia–Japan bank.
inline Question tradeQuestion() {
    NumericAnswer answer;
    answer.value = 18e9;
    answer.unit = "USD";
    answer.unitAliases = {"dollars", "US dollars", "$"};
    return makeQuestion("trade-2017", answer);
}

// Eleven documents signed.
inline Question documentsQuestion() {
    NumericAnswer answer;
    answer.value = 11;
    answer.unit = "documents";
    answer.unitAliases = {"document"};
    return makeQuestion("documents", answer);
}

inline Question numericQuestion(double value, const std::string& unit, double absolute = 0, double relative = 0) {
    NumericAnswer answer;
    answer.value = value;
    answer.unit = unit;
    answer.absoluteTolerance = absolute;
    answer.relativeTolerance = relative;
    return makeQuestion("numeric", answer);
}

inline Question dateQuestion(CalendarDate from, CalendarDate to, DatePrecision precision) {
    DateAnswer answer;
    answer.from = from;
    answer.to = to;
    answer.precision = precision;
    return makeQuestion("date", answer);
}

inline Question dayQuestion(int year, int month, int day) {
    return dateQuestion({year, month, day}, {year, month, day}, DatePrecision::Day);
}

inline Question textQuestion(std::vector<std::string> accepted, bool typos = true, bool caseSensitive = false) {
    TextAnswer answer;
    answer.accepted = std::move(accepted);
    answer.typos = typos;
    answer.caseSensitive = caseSensitive;
    return makeQuestion("text", answer);
}

inline Question choiceQuestion(std::vector<std::string> choices, int correct) {
    ChoiceAnswer answer;
    answer.choices = std::move(choices);
    answer.correct = correct;
    return makeQuestion("choice", answer);
}

inline Question multiQuestion(std::vector<std::string> choices, std::vector<int> correct) {
    MultiAnswer answer;
    answer.choices = std::move(choices);
    answer.correct = std::move(correct);
    return makeQuestion("multi", answer);
}

inline Question trueFalseQuestion(bool value) { return makeQuestion("tf", TrueFalseAnswer{value}); }

inline Question orderingQuestion(std::vector<std::string> items) {
    OrderingAnswer answer;
    answer.items = std::move(items);
    return makeQuestion("ordering", answer);
}

inline Question matchingQuestion(std::vector<std::pair<std::string, std::string>> pairs) {
    MatchingAnswer answer;
    answer.pairs = std::move(pairs);
    return makeQuestion("matching", answer);
}

inline Question clozeQuestion(std::string text, std::vector<std::vector<std::string>> gaps) {
    ClozeAnswer answer;
    answer.text = std::move(text);
    for (auto& accepted : gaps) answer.gaps.push_back(ClozeGap{std::move(accepted)});
    return makeQuestion("cloze", answer);
}

// Parses a typed line and grades it with a neutral time (10 s: neither fast nor slow).
inline GradeResult gradeLine(const Question& question, const std::string& line) {
    return gradeAnswer(question, parseAnswerText(question, line), 10.0);
}

}  // namespace retain::test
