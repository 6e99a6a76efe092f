// Grading speed: normalisation, the number and date readers, and whole gradings of typical and long
// answers. A study session grades one answer per keypress at most, so anything under ~1 ms is ample.
#include <benchmark/benchmark.h>

#include <string>

#include "core/grading/date_parser.hpp"
#include "core/grading/grader.hpp"
#include "core/grading/normalize.hpp"
#include "core/grading/numeric_parser.hpp"

using namespace retain;

namespace {

Question textQuestion() {
    Question question;
    question.id = "author";
    question.answer = TextAnswer{{"Anna Kireeva", "Kireeva", "Kireeva Anna", "A. Kireeva"}, true, false};
    return question;
}

Question tradeQuestion() {
    NumericAnswer answer;
    answer.value = 18e9;
    answer.unit = "USD";
    answer.unitAliases = {"dollars", "US dollars", "$"};
    Question question;
    question.id = "trade";
    question.answer = answer;
    return question;
}

void BM_NormalizeAnswer(benchmark::State& state) {
    const std::string text = "  Shinz\u014d \u201cAbe\u201d \u2013 the Prime Minister  ";
    for (auto _ : state) benchmark::DoNotOptimize(normalizeAnswer(text));
}
BENCHMARK(BM_NormalizeAnswer);

void BM_ParseNumber(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(parseNumber("US$ 18 bn"));
}
BENCHMARK(BM_ParseNumber);

void BM_ParseNumberWords(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(parseNumber("one hundred and twenty-five billion dollars"));
}
BENCHMARK(BM_ParseNumberWords);

void BM_ParseDateRange(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(parseDate("May 25\u201326, 2018"));
}
BENCHMARK(BM_ParseDateRange);

void BM_GradeTextTypo(benchmark::State& state) {
    const Question question = textQuestion();
    const LearnerAnswer answer = parseAnswerText(question, "Anna Kirewa");
    for (auto _ : state) benchmark::DoNotOptimize(gradeAnswer(question, answer, 8.0));
}
BENCHMARK(BM_GradeTextTypo);

void BM_GradeNumeric(benchmark::State& state) {
    const Question question = tradeQuestion();
    const LearnerAnswer answer = parseAnswerText(question, "$18bn");
    for (auto _ : state) benchmark::DoNotOptimize(gradeAnswer(question, answer, 8.0));
}
BENCHMARK(BM_GradeNumeric);

// A pasted 10 kB answer must not stall the session: the banded distance gives up early.
void BM_GradeTextTenKilobytes(benchmark::State& state) {
    const Question question = textQuestion();
    std::string text;
    while (text.size() < 10240) text += "Kireeva Anna ";
    const LearnerAnswer answer = parseAnswerText(question, text);
    for (auto _ : state) benchmark::DoNotOptimize(gradeAnswer(question, answer, 8.0));
}
BENCHMARK(BM_GradeTextTenKilobytes);

}  // namespace
