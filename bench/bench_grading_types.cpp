// Grading throughput per question type: one typical typed answer for each of the nine types of the
// generated banks (bench/generated_library.hpp), parsed once with parseAnswerText and graded with
// gradeAnswer in the loop. The label names the type; the argument is the question's index (= type).
#include <benchmark/benchmark.h>

#include <array>

#include "core/bank/bank_loader.hpp"
#include "core/grading/grader.hpp"
#include "generated_library.hpp"

namespace {

// Answer lines for questions 0..8 of generatedBank, in type order, written the way learners type them.
constexpr std::array<const char*, 9> kAnswerLines = {
    "Kyoto",                  // choice
    "1,2",                    // multi: Iturup and Kunashir
    "false",                  // true_false
    "18 billion dollars",     // numeric (unit alias, scale word)
    "May 25-26, 2018",        // date range
    "Shinzo Abbe",            // text, with a typo
    "1 2 3 4",                // ordering
    "1=1;2=2",                // matching
    "USD 18 billion|2017",    // cloze
};

const retain::Bank& typesBank() {
    static const retain::BankLoadResult loaded = retain::loadBankFromString(retain::bench::generatedBank("types", 0, 9), "types.yaml");
    return loaded.bank;
}

void BM_GradeByType(benchmark::State& state) {
    const retain::Bank& bank = typesBank();
    const auto index = static_cast<std::size_t>(state.range(0));
    if (bank.questions.size() != kAnswerLines.size()) {
        state.SkipWithError("the generated bank did not load");
        return;
    }
    const retain::Question& question = bank.questions[index];
    const retain::LearnerAnswer answer = retain::parseAnswerText(question, kAnswerLines[index]);
    state.SetLabel(retain::questionTypeName(question.type()));
    if (retain::gradeAnswer(question, answer, 8.0).verdict == retain::Verdict::Refused) state.SkipWithError("answer refused");
    for (auto _ : state) benchmark::DoNotOptimize(retain::gradeAnswer(question, answer, 8.0));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_GradeByType)->DenseRange(0, 8);

}  // namespace
